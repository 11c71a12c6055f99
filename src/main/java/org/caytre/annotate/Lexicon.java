package org.caytre.annotate;

import java.util.Comparator;
import java.util.List;

/** A word list from a data file, longest entries first, with a prefix test at a text position. */
final class Lexicon {
    private final List<String[]> rows;

    Lexicon(String resource) {
        rows = Gazetteer.table(resource).stream()
                .sorted(Comparator.comparingInt((String[] r) -> r[0].length()).reversed()).toList();
    }

    /** The rows of a two-column file whose second column is {@code kind}. */
    Lexicon(String resource, String kind) {
        rows = Gazetteer.table(resource).stream().filter(r -> r.length > 1 && r[1].equals(kind))
                .sorted(Comparator.comparingInt((String[] r) -> r[0].length()).reversed()).toList();
    }

    /** The row whose first column is written at {@code i} as a whole word (case-sensitive), or null. */
    String[] at(CharSequence t, int i, int end, boolean ignoreCase) {
        for (String[] r : rows) {
            String w = r[0];
            int e = i + w.length();
            if (e > end) continue;
            String s = t.subSequence(i, e).toString();
            if (!(ignoreCase ? s.equalsIgnoreCase(w) : s.equals(w))) continue;
            if (e < end && Character.isLetter(t.charAt(e)) && Character.isLetter(w.charAt(w.length() - 1))) continue;
            return r;
        }
        return null;
    }

    /** The row whose first column ends right before {@code i} (after optional spaces), as a whole word, or null. */
    String[] before(CharSequence t, int i, int start, boolean ignoreCase) {
        int j = i;
        while (j > start && t.charAt(j - 1) == ' ') j--;
        for (String[] r : rows) {
            String w = r[0];
            int s = j - w.length();
            if (s < start) continue;
            String got = t.subSequence(s, j).toString();
            if (!(ignoreCase ? got.equalsIgnoreCase(w) : got.equals(w))) continue;
            if (s > start && Character.isLetter(t.charAt(s - 1))) continue;
            return r;
        }
        return null;
    }
}
