package org.caytre.classify;

import java.util.List;
import java.util.Locale;
import org.caytre.internal.AhoCorasick;
import org.caytre.internal.DataFiles;
import org.caytre.text.Chars;

/**
 * Weighted phrases of several classes, matched in one Aho-Corasick pass as whole words (case-insensitive); a phrase
 * counts once per text, so a passage that repeats "hai nước" is not twice as bilateral.
 */
final class CueLexicon {
    private final AhoCorasick automaton;
    private final int[] classOf;
    private final double[] weight;
    private final int classes;

    private CueLexicon(List<String> phrases, int[] classOf, double[] weight, int classes) {
        this.automaton = new AhoCorasick(phrases);
        this.classOf = classOf;
        this.weight = weight;
        this.classes = classes;
    }

    /** A lexicon of {@code weight <TAB> phrase} rows: class 0 sums the positive weights, class 1 the negative ones. */
    static CueLexicon weighted(String resource) {
        List<String[]> rows = DataFiles.table(resource);
        String[] phrases = new String[rows.size()];
        int[] c = new int[rows.size()];
        double[] w = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            w[i] = number(rows.get(i)[0], resource);
            c[i] = w[i] < 0 ? 1 : 0;
            phrases[i] = phrase(rows.get(i), 1, resource);
        }
        return new CueLexicon(List.of(phrases), c, w, 2);
    }

    /** A lexicon of {@code area <TAB> weight <TAB> phrase} rows: one class per {@link Area}, by ordinal. */
    static CueLexicon byArea(String resource) {
        List<String[]> rows = DataFiles.table(resource);
        String[] phrases = new String[rows.size()];
        int[] c = new int[rows.size()];
        double[] w = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            Area a = Area.of(r[0]);
            if (a == null || r.length < 3) throw new IllegalStateException(resource + ": line " + (i + 1) + " of entries: expected area, weight, phrase");
            c[i] = a.ordinal();
            w[i] = number(r[1], resource);
            phrases[i] = phrase(r, 2, resource);
        }
        return new CueLexicon(List.of(phrases), c, w, Area.values().length);
    }

    private static double number(String s, String resource) {
        try {
            return Double.parseDouble(s.strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(resource + ": not a weight: '" + s + "'");
        }
    }

    private static String phrase(String[] row, int column, String resource) {
        if (row.length <= column || row[column].isBlank()) throw new IllegalStateException(resource + ": a row without a phrase");
        return row[column].strip().toLowerCase(Locale.ROOT);
    }

    /** Sum of the weights of the distinct phrases found in {@code lower} between {@code from} and {@code to}, per class. */
    double[] score(String lower, int from, int to) {
        double[] out = new double[classes];
        if (to <= from) return out;
        java.util.BitSet seen = new java.util.BitSet(weight.length);
        // the span's edges count as word edges, as if it were cut out of the text
        AhoCorasick.Hits hits = automaton.scanWordStarts(lower, from, to, new AhoCorasick.Hits());
        for (int h = 0; h < hits.size(); h++) {
            int p = hits.pattern(h);
            if (seen.get(p) || !wholeWord(lower, hits.start(h), hits.end(h), from, to)) continue;
            seen.set(p);
            out[classOf[p]] += weight[p];
        }
        return out;
    }

    /**
     * {@link #score(String, int, int)} of every span of {@code sorted} (ordered by start, not overlapping) in one pass of
     * the automaton over {@code lower}: a hit counts for the span that holds it whole.
     */
    double[][] score(String lower, List<org.caytre.model.Span> sorted) {
        double[][] out = new double[sorted.size()][classes];
        if (sorted.isEmpty()) return out;
        int[] starts = new int[sorted.size()], ends = new int[sorted.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = sorted.get(i).start();
            ends[i] = sorted.get(i).end();
            if (i > 0 && starts[i] < ends[i - 1]) {   // not in text order: one span at a time
                for (int k = 0; k < out.length; k++) out[k] = score(lower, sorted.get(k).start(), sorted.get(k).end());
                return out;
            }
        }
        // hits come in the order they end, so the hits a span holds whole come span after span: one set of the
        // phrases seen, cleared when the span changes
        java.util.BitSet seen = new java.util.BitSet(weight.length);
        int current = -1;
        AhoCorasick.Hits hits = automaton.scanWordStarts(lower, 0, lower.length(), new AhoCorasick.Hits());
        for (int h = 0; h < hits.size(); h++) {
            int p = hits.pattern(h), s = hits.start(h), e = hits.end(h);
            int i = java.util.Arrays.binarySearch(starts, s);
            if (i < 0) i = -i - 2;
            if (i < 0 || e > ends[i] || !wholeWord(lower, s, e, 0, lower.length())) continue;
            if (i != current) { seen.clear(); current = i; }
            if (seen.get(p)) continue;
            seen.set(p);
            out[i][classOf[p]] += weight[p];
        }
        return out;
    }

    double[] score(String text) {
        return text == null ? new double[classes] : score(text.toLowerCase(Locale.ROOT), 0, text.length());
    }

    /** Whether {@code s[start, end)} stands as whole words in {@code s[from, to)}. */
    private static boolean wholeWord(String s, int start, int end, int from, int to) {
        return (start == from || !Chars.isLetterOrDigit(s.charAt(start - 1)))
                && (end >= to || !Chars.isLetterOrDigit(s.charAt(end)));
    }
}
