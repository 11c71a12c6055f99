package org.caytre.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Speeds up a regular expression that {@code find()} tries at every position of a long text: the characters a match
 * can start with are read off the pattern, and a look-ahead for them is put in front ({@code (?=[…])(?:pattern)}),
 * so the engine leaves most positions after one character test instead of trying every alternative there. The new
 * pattern matches exactly what the old one matches, with the same groups.
 *
 * <p>Only a plain subset of the syntax is read (literals, classes, groups, alternatives, quantifiers, look-arounds,
 * inline flags); a pattern that may match the empty string, that may start with any character ({@code .}, {@code \p{L}},
 * a negated class) or that uses anything else is returned unchanged.
 */
public final class LeadingChars {
    private LeadingChars() {}

    /** {@code p}, or an equivalent pattern that rejects impossible start positions at once. */
    public static Pattern prefiltered(Pattern p) {
        Set<Character> first = engineSkipsAlready(p) ? null : PatternPrefixes.firstChars(p);
        if (first == null) return p;
        return Pattern.compile("(?=" + charClass(first) + ")(?:" + p.pattern() + ")", p.flags());
    }

    /**
     * What {@code p.matcher(text).find()} finds, in turn, over the whole of {@code text}: the pattern is tried only at
     * the characters a match can start with, found by a plain loop (the regex engine costs tens of nanoseconds at
     * every position it tries). Each try sees the text around it as the whole-text search does (transparent,
     * non-anchoring bounds).
     */
    public static Finder finder(Pattern p, CharSequence text) { return search(p).finder(text); }

    /**
     * {@link #finder} with the start characters read off the pattern once: reading them (and filling the table of
     * 65,536 characters) costs more than searching a news article, so a pattern searched in every document keeps one.
     */
    public static Search search(Pattern p) {
        if (p.pattern().contains("\\G")) return new Search(p, null, null);
        List<String> prefixes = PatternPrefixes.of(p);
        return new Search(p, startTable(PatternPrefixes.firstChars(p)), prefixes == null ? null : new AhoCorasick(prefixes));
    }

    /** {@link #search} of {@code p}, made once per pattern and kept: for patterns held by rules rather than by a class. */
    public static Search searchOf(Pattern p) { return SEARCHES.computeIfAbsent(p, LeadingChars::search); }

    private static final java.util.Map<Pattern, Search> SEARCHES = new java.util.concurrent.ConcurrentHashMap<>();

    /** A pattern and the characters its matches can start with; immutable, shared between threads. */
    public static final class Search {
        private final Pattern pattern;
        private final java.util.BitSet starts;                               // null: the plain search
        /** The strings every match starts with ({@link PatternPrefixes}), when known: tries only where one occurs. */
        private final AhoCorasick prefixes;

        private Search(Pattern pattern, java.util.BitSet starts, AhoCorasick prefixes) {
            this.pattern = pattern;
            this.starts = starts;
            this.prefixes = prefixes;
        }

        public Finder finder(CharSequence text) {
            return new Finder(pattern.matcher(text), text, starts, prefixes == null ? null : tries(text, 0, text.length()), 0);
        }

        /** Where a match of the pattern can start in {@code text[from, to)}, shifted by {@code -from}, ascending, once each. */
        private int[] tries(CharSequence text, int from, int to) {
            AhoCorasick.Hits hits = prefixes.scan(text, from, to, new AhoCorasick.Hits());
            int[] at = new int[hits.size()];
            for (int h = 0; h < at.length; h++) at[h] = hits.start(h) - from;
            Arrays.sort(at);
            int n = 0;
            for (int i = 0; i < at.length; i++) if (n == 0 || at[i] != at[n - 1]) at[n++] = at[i];
            return n == at.length ? at : Arrays.copyOf(at, n);
        }

        /**
         * The matches {@code pattern.matcher(text).region(from, to)} finds in turn (opaque, anchoring bounds), over a
         * window on the region; read their offsets in {@code text} with {@link Finder#start()} and {@link Finder#end()}.
         */
        public Finder finderIn(CharSequence text, int from, int to) {
            Window w = new Window(text, from, to);
            return new Finder(pattern.matcher(w), w, starts, prefixes == null ? null : tries(text, from, to), from);
        }

        /**
         * What {@code pattern.matcher(text).region(from, to).useTransparentBounds(true).useAnchoringBounds(false).find()}
         * says: a match within the region, its look-arounds reading the text beyond; tried only where a match can start.
         */
        public boolean findAround(CharSequence text, int from, int to) {
            Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            if (prefixes == null) return m.region(from, to).find();
            for (int i : tries(text, from, to)) if (m.region(from + i, to).lookingAt()) return true;
            return false;
        }

        /**
         * What {@code pattern.matcher(text).region(from, to).find()} says (opaque, anchoring bounds), the pattern tried
         * only where a match can start: over a window on the region, so that look-arounds see what the region shows.
         */
        public boolean findIn(CharSequence text, int from, int to) {
            if (prefixes != null) {
                int[] tries = tries(text, from, to);
                if (tries.length == 0) return false;
                Matcher m = pattern.matcher(new Window(text, from, to)).useTransparentBounds(true).useAnchoringBounds(false);
                for (int i : tries) if (m.region(i, to - from).lookingAt()) return true;
                return false;
            }
            if (starts == null) return pattern.matcher(text).region(from, to).find();
            Matcher m = null;
            for (int i = from; i < to; i++) {
                if (!starts.get(text.charAt(i))) continue;
                if (m == null) m = pattern.matcher(new Window(text, from, to)).useTransparentBounds(true).useAnchoringBounds(false);
                if (m.region(i - from, to - from).lookingAt()) return true;
            }
            return false;
        }
    }

    /** Several patterns searched in one pass over a region: which comes first, in their order, with a match there. */
    public static Several several(List<Pattern> patterns) { return new Several(patterns); }

    /** Patterns and the strings each one's matches start with, in one automaton; immutable, shared between threads. */
    public static final class Several {
        private final List<Pattern> patterns;
        private final Search[] alone;                                       // a pattern whose strings are not known
        private final AhoCorasick prefixes;                                 // the strings of all the others
        private final int[] ownerOf;                                        // string → pattern

        private Several(List<Pattern> patterns) {
            this.patterns = List.copyOf(patterns);
            alone = new Search[patterns.size()];
            List<String> all = new java.util.ArrayList<>();
            List<Integer> owner = new java.util.ArrayList<>();
            for (int k = 0; k < patterns.size(); k++) {
                Pattern p = patterns.get(k);
                List<String> strings = p.pattern().contains("\\G") ? null : PatternPrefixes.of(p);
                if (strings == null) { alone[k] = search(p); continue; }
                for (String s : strings) { all.add(s); owner.add(k); }
            }
            prefixes = all.isEmpty() ? null : new AhoCorasick(all);
            ownerOf = owner.stream().mapToInt(Integer::intValue).toArray();
        }

        /**
         * The first pattern, in their order and not {@code skipped}, of which {@code pattern.matcher(text).region(from,
         * to).find()} finds a match (opaque, anchoring bounds, as {@link Search#findIn}); -1 when none does.
         */
        public int first(CharSequence text, int from, int to, java.util.function.IntPredicate skipped) {
            AhoCorasick.Hits hits = prefixes == null ? new AhoCorasick.Hits() : prefixes.scan(text, from, to, new AhoCorasick.Hits());
            Window window = null;
            for (int k = 0; k < patterns.size(); k++) {
                if (skipped.test(k)) continue;
                if (alone[k] != null) {
                    if (alone[k].findIn(text, from, to)) return k;
                    continue;
                }
                Matcher m = null;
                for (int h = 0; h < hits.size(); h++) {
                    if (ownerOf[hits.pattern(h)] != k) continue;
                    if (window == null) window = new Window(text, from, to);
                    if (m == null) m = patterns.get(k).matcher(window).useTransparentBounds(true).useAnchoringBounds(false);
                    if (m.region(hits.start(h) - from, to - from).lookingAt()) return k;
                }
            }
            return -1;
        }
    }

    /** {@code text[from, to)} as a sequence of its own, without a copy. */
    private record Window(CharSequence text, int from, int to) implements CharSequence {
        @Override public int length() { return to - from; }
        @Override public char charAt(int index) {
            if (index < 0 || index >= to - from) throw new IndexOutOfBoundsException(index);
            return text.charAt(from + index);
        }
        @Override public CharSequence subSequence(int start, int end) { return text.subSequence(from + start, from + end); }
        @Override public String toString() { return text.subSequence(from, to).toString(); }
    }

    /** A test that a pattern cannot match in a span because no character there can start a match. */
    public static Starts starts(Pattern p) {
        return new Starts(startTable(PatternPrefixes.firstChars(p)));
    }

    public static final class Starts {
        private final java.util.BitSet table;                               // null: every character may start one

        private Starts(java.util.BitSet table) { this.table = table; }

        /** False only when {@code text[from, to)} holds no character a match can start with. */
        public boolean anyIn(CharSequence text, int from, int to) {
            if (table == null) return true;
            for (int i = from; i < to; i++) if (table.get(text.charAt(i))) return true;
            return false;
        }
    }

    /** A search over a whole text; {@link #matcher()} holds the last match. */
    public static final class Finder {
        private final Matcher m;
        private final CharSequence text;
        private final java.util.BitSet starts;                               // null: the plain search
        private final int[] tries;                                           // where a match can start; null: read starts
        private final int offset;                                            // of the searched sequence in the caller's text
        private int next, nextTry;

        private Finder(Matcher m, CharSequence text, java.util.BitSet starts, int[] tries, int offset) {
            this.m = m;
            this.text = text;
            this.starts = starts;
            this.tries = tries;
            this.offset = offset;
            if (starts != null || tries != null) m.useTransparentBounds(true).useAnchoringBounds(false);
        }

        public boolean find() {
            if (tries != null) {
                int n = text.length();
                while (nextTry < tries.length) {
                    int i = tries[nextTry++];
                    if (i < next || !m.region(i, n).lookingAt()) continue;
                    next = Math.max(m.end(), i + 1);
                    return true;
                }
                next = n;
                return false;
            }
            if (starts == null) return m.find();
            int n = text.length();
            for (int i = next; i < n; i++) {
                if (!starts.get(text.charAt(i)) || !m.region(i, n).lookingAt()) continue;
                next = Math.max(m.end(), i + 1);
                return true;
            }
            next = n;
            return false;
        }

        /** The matcher of the last match; its offsets are the window's for a {@link Search#finderIn} finder. */
        public Matcher matcher() { return m; }

        /** Where the last match starts and ends in the caller's text. */
        public int start() { return offset + m.start(); }

        public int end() { return offset + m.end(); }
    }

    /** A table of {@code first} (each case the engine could take is in it already); null for null. */
    private static java.util.BitSet startTable(Set<Character> first) {
        if (first == null) return null;
        java.util.BitSet table = new java.util.BitSet(Character.MAX_VALUE + 1);
        for (char c : first) table.set(c);
        return table;
    }

    /**
     * The engine's own shortcuts, which a look-ahead in front would turn off: a pattern anchored at its start is tried
     * at one position only, and one that starts with four or more literal characters is searched by Boyer–Moore.
     */
    private static boolean engineSkipsAlready(Pattern p) {
        String s = p.pattern();
        boolean caseless = (p.flags() & Pattern.CASE_INSENSITIVE) != 0;
        while (s.startsWith("(?") && s.indexOf(')') > 2 && s.substring(2, s.indexOf(')')).matches("[idmsuxU-]+")) {
            String flags = s.substring(2, s.indexOf(')'));
            caseless |= flags.contains("i") && !flags.startsWith("-");
            s = s.substring(s.indexOf(')') + 1);
        }
        if (s.startsWith("^") || s.startsWith("\\A") || s.startsWith("\\G")) return true;
        if (caseless || s.length() < 4 || topLevelAlternatives(s)) return false;
        for (int i = 0; i < 4; i++) if ("\\[](){}.*+?^$|".indexOf(s.charAt(i)) >= 0) return false;
        return s.length() == 4 || "*+?{".indexOf(s.charAt(4)) < 0;     // a quantifier would take the fourth away
    }

    private static boolean topLevelAlternatives(String s) {
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                int end = s.startsWith("\\Q", i) ? s.indexOf("\\E", i + 2) : -1;
                i = s.startsWith("\\Q", i) ? (end < 0 ? s.length() : end + 1) : i + 1;
                continue;
            }
            if (inClass) { if (c == ']') inClass = false; continue; }
            if (c == '[') inClass = true;
            else if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == '|' && depth == 0) return true;
        }
        return false;
    }

    private static String charClass(Set<Character> chars) {
        StringBuilder b = new StringBuilder("[");
        for (char c : chars) b.append("\\x{").append(Integer.toHexString(c)).append('}');
        return b.append(']').toString();
    }
}
