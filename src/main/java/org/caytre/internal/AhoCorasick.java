package org.caytre.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A multi-pattern matcher: every occurrence of every pattern in one linear pass. Built as a trie with failure links,
 * then flattened into a dense automaton: characters map to classes (the distinct characters of the patterns, plus one
 * class for all others) and each state has a full row of next states, so matching costs one array read per
 * character and no failure chasing. Memory is states × classes chars (the gazetteer: ≈ 7,400 × 45; ints past 65,536
 * states). Immutable once built.
 */
public final class AhoCorasick {
    /** An occurrence of pattern {@code pattern} at offsets [start, end). */
    public record Hit(int pattern, int start, int end) {}

    /** Receives occurrences in the order they end (for one end, the longest pattern first). */
    @FunctionalInterface
    public interface HitSink { void hit(int pattern, int start, int end); }

    private final char[] classOf;      // char → class; 0 for characters in no pattern
    private final int classes;
    /** next[state * classes + class]; as chars (half the cache lines) when the states fit in 16 bits, else null. */
    private final char[] next16;
    private final int[] next;          // the same table as ints, when next16 is null
    private final int[][] out;         // per state: patterns ending there, longest first
    private final int[] lengths;
    private final int states;

    public AhoCorasick(List<String> patterns) { this(patterns, false); }

    /**
     * An automaton over lower-case patterns that reads each character of the text as {@link Character#toLowerCase(char)}
     * of it, so that text need not be lower-cased (a copy) first.
     */
    public static AhoCorasick ignoringCase(List<String> lowerCasePatterns) { return new AhoCorasick(lowerCasePatterns, true); }

    private AhoCorasick(List<String> patterns, boolean ignoreCase) {
        lengths = patterns.stream().mapToInt(String::length).toArray();
        List<Map<Character, Integer>> trie = new ArrayList<>();
        List<List<Integer>> outputs = new ArrayList<>();
        trie.add(new HashMap<>());
        outputs.add(new ArrayList<>());
        classOf = new char[Character.MAX_VALUE + 1];
        int distinct = 0;
        for (int p = 0; p < patterns.size(); p++) {
            int node = 0;
            for (char c : patterns.get(p).toCharArray()) {
                if (classOf[c] == 0) classOf[c] = (char) ++distinct;
                Integer n = trie.get(node).get(c);
                if (n == null) {
                    n = trie.size();
                    trie.add(new HashMap<>());
                    outputs.add(new ArrayList<>());
                    trie.get(node).put(c, n);
                }
                node = n;
            }
            outputs.get(node).add(p);
        }
        if (distinct >= Character.MAX_VALUE) throw new IllegalArgumentException("too many distinct characters");
        if (ignoreCase)
            for (int c = 0; c <= Character.MAX_VALUE; c++)
                if (classOf[c] == 0) classOf[c] = classOf[Character.toLowerCase((char) c)];
        classes = distinct + 1;
        states = trie.size();
        // states numbered breadth first: the shallow states, where matching spends its time, share a few cache lines
        int[] order = new int[states], id = new int[states];
        for (int head = 0, tail = 1; head < tail; head++)
            for (Map.Entry<Character, Integer> e : sorted(trie.get(order[head]))) order[tail++] = e.getValue();
        for (int i = 0; i < states; i++) id[order[i]] = i;
        int[] table = new int[Math.multiplyExact(states, classes)];
        int[] fail = new int[states];                      // by new number
        // breadth first: a state's failure target is shallower, so its row is complete when the state is filled in
        for (int node = 0; node < states; node++) {
            if (node > 0) System.arraycopy(table, fail[node] * classes, table, node * classes, classes);
            List<Map.Entry<Character, Integer>> edges = sorted(trie.get(order[node]));
            for (Map.Entry<Character, Integer> e : edges) {
                int k = classOf[e.getKey()], child = id[e.getValue()];
                if (node > 0) {
                    fail[child] = table[fail[node] * classes + k];    // read before this row's own edges are set
                    outputs.get(order[child]).addAll(outputs.get(order[fail[child]]));
                }
            }
            for (Map.Entry<Character, Integer> e : edges) table[node * classes + classOf[e.getKey()]] = id[e.getValue()];
        }
        if (states <= Character.MAX_VALUE + 1) {
            next16 = new char[table.length];
            for (int i = 0; i < table.length; i++) next16[i] = (char) table[i];
            next = null;
        } else {
            next16 = null;
            next = table;
        }
        out = new int[states][];
        for (int i = 0; i < states; i++) out[i] = outputs.get(order[i]).stream().mapToInt(Integer::intValue).distinct().toArray();
    }

    private static List<Map.Entry<Character, Integer>> sorted(Map<Character, Integer> edges) {
        List<Map.Entry<Character, Integer>> list = new ArrayList<>(edges.entrySet());
        list.sort(Map.Entry.comparingByKey());
        return list;
    }

    /** Every occurrence in {@code text[from, to)}, offsets in {@code text}, to {@code sink}; allocates nothing. */
    public void scan(CharSequence text, int from, int to, HitSink sink) {
        int node = 0, c = classes;
        if (next16 != null) {
            char[] table = next16;
            for (int i = from; i < to; i++) {
                node = table[node * c + classOf[text.charAt(i)]];
                int[] o = out[node];
                for (int p : o) sink.hit(p, i + 1 - lengths[p], i + 1);
            }
            return;
        }
        for (int i = from; i < to; i++) {
            node = next[node * c + classOf[text.charAt(i)]];
            int[] o = out[node];
            for (int p : o) sink.hit(p, i + 1 - lengths[p], i + 1);
        }
    }

    public List<Hit> find(String key) {
        List<Hit> hits = new ArrayList<>();
        scan(key, 0, key.length(), (p, s, e) -> hits.add(new Hit(p, s, e)));
        return hits;
    }

    @Override public String toString() { return "AhoCorasick[" + states + " states, " + lengths.length + " patterns]"; }
}
