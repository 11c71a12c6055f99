package org.caytre.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A multi-pattern matcher: every occurrence of every pattern in one linear pass. Transitions are stored as sorted
 * char arrays per state (binary search), so matching allocates nothing but its hits. Immutable once built.
 */
public final class AhoCorasick {
    /** An occurrence of pattern {@code pattern} at offsets [start, end). */
    public record Hit(int pattern, int start, int end) {}

    private final char[][] labels;     // per state: sorted transition chars
    private final int[][] targets;     // per state: target state for each label
    private final int[] fail;
    private final int[][] out;
    private final int[] lengths;

    public AhoCorasick(List<String> patterns) {
        lengths = patterns.stream().mapToInt(String::length).toArray();
        List<Map<Character, Integer>> next = new ArrayList<>();
        List<List<Integer>> outputs = new ArrayList<>();
        next.add(new HashMap<>());
        outputs.add(new ArrayList<>());
        for (int p = 0; p < patterns.size(); p++) {
            int node = 0;
            for (char c : patterns.get(p).toCharArray()) {
                Integer n = next.get(node).get(c);
                if (n == null) {
                    n = next.size();
                    next.add(new HashMap<>());
                    outputs.add(new ArrayList<>());
                    next.get(node).put(c, n);
                }
                node = n;
            }
            outputs.get(node).add(p);
        }
        int states = next.size();
        labels = new char[states][];
        targets = new int[states][];
        for (int s = 0; s < states; s++) {
            char[] cs = new char[next.get(s).size()];
            int k = 0;
            for (char c : next.get(s).keySet()) cs[k++] = c;
            Arrays.sort(cs);
            int[] ts = new int[cs.length];
            for (int i = 0; i < cs.length; i++) ts[i] = next.get(s).get(cs[i]);
            labels[s] = cs;
            targets[s] = ts;
        }
        fail = new int[states];
        ArrayDeque<Integer> queue = new ArrayDeque<>(next.get(0).values());
        while (!queue.isEmpty()) {
            int node = queue.poll();
            for (int i = 0; i < labels[node].length; i++) {
                char c = labels[node][i];
                int child = targets[node][i];
                int f = fail[node];
                while (f != 0 && step(f, c) < 0) f = fail[f];
                int t = step(f, c);
                fail[child] = (t >= 0 && t != child) ? t : 0;
                outputs.get(child).addAll(outputs.get(fail[child]));
                queue.add(child);
            }
        }
        out = new int[states][];
        for (int i = 0; i < states; i++) out[i] = outputs.get(i).stream().mapToInt(Integer::intValue).distinct().toArray();
    }

    private int step(int state, char c) {
        int i = Arrays.binarySearch(labels[state], c);
        return i < 0 ? -1 : targets[state][i];
    }

    public List<Hit> find(String key) {
        List<Hit> hits = new ArrayList<>();
        int node = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            int n;
            while ((n = step(node, c)) < 0 && node != 0) node = fail[node];
            node = Math.max(n, 0);
            for (int p : out[node]) hits.add(new Hit(p, i + 1 - lengths[p], i + 1));
        }
        return hits;
    }

    @Override public String toString() { return "AhoCorasick[" + labels.length + " states, " + lengths.length + " patterns]"; }
}
