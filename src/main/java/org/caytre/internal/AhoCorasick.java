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
 * character and no failure chasing. In a small automaton (the rules' cue words, a pattern's first characters) a row
 * holds where the next state's row begins (the state times the classes): reading a character is one load and one add on
 * the chain from state to state, no multiply. A large one holds next states as chars, so that its table stays half the
 * size in the cache (the gazetteer: ≈ 7,400 × 45; ints past 32,768 states). Immutable once built.
 */
public final class AhoCorasick {
    /** An occurrence of pattern {@code pattern} at offsets [start, end). */
    public record Hit(int pattern, int start, int end) {}

    /** Receives occurrences in the order they end (for one end, the longest pattern first). */
    @FunctionalInterface
    public interface HitSink { void hit(int pattern, int start, int end); }

    private final char[] classOf;      // char → class; 0 for characters in no pattern
    private final int classes;
    /**
     * next[state * classes + class]: the next state times two, plus one when patterns end there (no look at
     * the outputs for most characters); as chars (half the cache lines) when that fits in 16 bits, else null.
     */
    private final char[] next16;
    private final int[] next;          // the same table as ints, when next16 is null
    /** The table's next states are row offsets (state × classes) instead: the table fits in chars that way. */
    private final boolean rows;
    /** Per state, the patterns ending there, longest first: outPattern[outStart[state] .. outStart[state + 1]). */
    private final int[] outStart, outPattern;
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
        int[][] out = new int[states][];
        for (int i = 0; i < states; i++) out[i] = outputs.get(order[i]).stream().mapToInt(Integer::intValue).distinct().toArray();
        outStart = new int[states + 1];
        for (int i = 0; i < states; i++) outStart[i + 1] = outStart[i] + out[i].length;
        outPattern = new int[outStart[states]];
        for (int i = 0; i < states; i++) System.arraycopy(out[i], 0, outPattern, outStart[i], out[i].length);
        rows = 2L * states * classes <= Character.MAX_VALUE + 1;
        for (int i = 0; i < table.length; i++) table[i] = table[i] * (rows ? classes : 1) * 2 + (out[table[i]].length > 0 ? 1 : 0);
        if (2L * states <= Character.MAX_VALUE + 1) {
            next16 = new char[table.length];
            for (int i = 0; i < table.length; i++) next16[i] = (char) table[i];
            next = null;
        } else {
            if (states > Integer.MAX_VALUE / 2) throw new IllegalArgumentException("too many states");
            next16 = null;
            next = table;
        }
    }

    private static List<Map.Entry<Character, Integer>> sorted(Map<Character, Integer> edges) {
        List<Map.Entry<Character, Integer>> list = new ArrayList<>(edges.entrySet());
        list.sort(Map.Entry.comparingByKey());
        return list;
    }

    /** Every occurrence in {@code text[from, to)}, offsets in {@code text}, to {@code sink}, in the order of {@link Hits}. */
    public void scan(CharSequence text, int from, int to, HitSink sink) {
        Hits hits = scan(text, from, to, new Hits());
        for (int h = 0; h < hits.size(); h++) sink.hit(hits.pattern(h), hits.start(h), hits.end(h));
    }

    /**
     * Every occurrence in {@code text[from, to)}, offsets in {@code text}, added to {@code into} (returned). The span is
     * first copied into a per-thread buffer (a char array reads without String's per-character checks), and occurrences
     * go to primitive arrays: the caller filters them in its own loop, not through a call per occurrence.
     */
    public Hits scan(CharSequence text, int from, int to, Hits into) { return scan(text, from, to, into, false); }

    /**
     * {@link #scan(CharSequence, int, int, Hits)}, keeping only the occurrences that start a word: at {@code from} or
     * after a character that is no letter or digit. Most occurrences of short names are inside words ("anh" in "thanh");
     * dropped as found, they cost no entry and no check by the caller.
     */
    public Hits scanWordStarts(CharSequence text, int from, int to, Hits into) { return scan(text, from, to, into, true); }

    private Hits scan(CharSequence text, int from, int to, Hits into, boolean wordStarts) {
        if (to <= from) return into;
        char[][] holder = BUFFER.get();
        char[] chars = holder[0];
        holder[0] = null;                                   // a nested scan on this thread gets a buffer of its own
        if (chars == null || chars.length < to - from) chars = new char[Math.max(to - from, 4096)];
        try {
            copy(text, from, to, chars);
            collect(chars, to - from, from, into, wordStarts);
        } finally {
            holder[0] = chars;
        }
        return into;
    }

    private static final ThreadLocal<char[][]> BUFFER = ThreadLocal.withInitial(() -> new char[1][]);

    private static void copy(CharSequence text, int from, int to, char[] into) {
        if (text instanceof String s) s.getChars(from, to, into, 0);
        else if (text instanceof StringBuilder b) b.getChars(from, to, into, 0);
        else for (int i = from; i < to; i++) into[i - from] = text.charAt(i);
    }

    /** Every occurrence in {@code chars[0, length)}, at offsets shifted by {@code base}, into {@code hits}. */
    private void collect(char[] chars, int length, int base, Hits hits, boolean wordStarts) {
        if (rows) { collectByRows(chars, length, base, hits, wordStarts); return; }
        int state = 0, c = classes;
        char[] classes = classOf, table16 = next16;
        int[] table = next;
        for (int i = 0; i < length; i++) {
            int v = table16 != null ? table16[state * c + classes[chars[i]]] : table[state * c + classes[chars[i]]];
            state = v >>> 1;
            if ((v & 1) != 0) output(state, chars, i, base, hits, wordStarts);
        }
    }

    /** {@link #collect} over a table of row offsets. */
    private void collectByRows(char[] chars, int length, int base, Hits hits, boolean wordStarts) {
        char[] classes = classOf, table = next16;
        int row = 0;
        for (int i = 0; i < length; i++) {
            int v = table[row + classes[chars[i]]];
            row = v >>> 1;
            if ((v & 1) != 0) output(row / this.classes, chars, i, base, hits, wordStarts);
        }
    }

    /** The patterns ending at {@code chars[i]} in {@code state}. */
    private void output(int state, char[] chars, int i, int base, Hits hits, boolean wordStarts) {
        for (int k = outStart[state], last = outStart[state + 1]; k < last; k++) {
            int p = outPattern[k], start = i + 1 - lengths[p];               // in chars
            if (wordStarts && start > 0 && Character.isLetterOrDigit(chars[start - 1])) continue;
            hits.add(p, base + start, base + i + 1);
        }
    }

    /**
     * Occurrences as primitive arrays, in the order they end (for one end, the longest pattern first). Reusable:
     * {@link #clear()} empties it.
     */
    public static final class Hits {
        private int[] data = new int[3 * 16];
        private int size;

        public int size() { return size; }
        public int pattern(int i) { return data[3 * i]; }
        public int start(int i) { return data[3 * i + 1]; }
        public int end(int i) { return data[3 * i + 2]; }
        public void clear() { size = 0; }

        void add(int pattern, int start, int end) {
            if (3 * size == data.length) data = Arrays.copyOf(data, data.length * 2);
            data[3 * size] = pattern;
            data[3 * size + 1] = start;
            data[3 * size + 2] = end;
            size++;
        }
    }

    public List<Hit> find(String key) {
        List<Hit> hits = new ArrayList<>();
        scan(key, 0, key.length(), (p, s, e) -> hits.add(new Hit(p, s, e)));
        return hits;
    }

    @Override public String toString() { return "AhoCorasick[" + states + " states, " + lengths.length + " patterns]"; }
}
