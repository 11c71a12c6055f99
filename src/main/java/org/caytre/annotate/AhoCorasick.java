package org.caytre.annotate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A multi-pattern matcher over folded keys: every occurrence of every pattern in one linear pass.
 * Built once; immutable and thread-safe afterwards.
 */
final class AhoCorasick {
    /** An occurrence of pattern {@code pattern} at key offsets [start, end). */
    record Hit(int pattern, int start, int end) {}

    private final List<Map<Character, Integer>> next = new ArrayList<>();
    private int[] fail;
    private int[][] out;
    private final int[] lengths;

    AhoCorasick(List<String> patterns) {
        lengths = patterns.stream().mapToInt(String::length).toArray();
        next.add(new HashMap<>());
        List<List<Integer>> outputs = new ArrayList<>();
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
        fail = new int[next.size()];
        ArrayDeque<Integer> queue = new ArrayDeque<>(next.get(0).values());
        while (!queue.isEmpty()) {
            int node = queue.poll();
            for (var e : next.get(node).entrySet()) {
                int child = e.getValue();
                int f = fail[node];
                while (f != 0 && !next.get(f).containsKey(e.getKey())) f = fail[f];
                Integer t = next.get(f).get(e.getKey());
                fail[child] = (t != null && t != child) ? t : 0;
                outputs.get(child).addAll(outputs.get(fail[child]));
                queue.add(child);
            }
        }
        out = new int[outputs.size()][];
        for (int i = 0; i < out.length; i++) out[i] = outputs.get(i).stream().mapToInt(Integer::intValue).distinct().toArray();
    }

    List<Hit> find(String key) {
        List<Hit> hits = new ArrayList<>();
        int node = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            Integer n;
            while ((n = next.get(node).get(c)) == null && node != 0) node = fail[node];
            node = n == null ? 0 : n;
            for (int p : out[node]) hits.add(new Hit(p, i + 1 - lengths[p], i + 1));
        }
        return hits;
    }

    @Override public String toString() { return "AhoCorasick[" + next.size() + " states, " + Arrays.stream(lengths).count() + " patterns]"; }
}
