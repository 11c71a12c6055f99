package org.caytre.annotate;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A word list from a data file, longest entries first, with a prefix test at a text position. The tests compare in
 * place and first look at one character (the quantity recognizer asks at every word of every sentence).
 */
final class Lexicon {
    private final List<String[]> rows;
    /** Lower-cased first and last characters of the entries: most positions are answered by one look-up. */
    private final Set<Character> firsts = new HashSet<>(), lasts = new HashSet<>();

    Lexicon(String resource) {
        this(Gazetteer.table(resource));
    }

    /** The rows of a two-column file whose second column is {@code kind}. */
    Lexicon(String resource, String kind) {
        this(Gazetteer.table(resource).stream().filter(r -> r.length > 1 && r[1].equals(kind)).toList());
    }

    private Lexicon(List<String[]> table) {
        rows = table.stream().sorted(Comparator.comparingInt((String[] r) -> r[0].length()).reversed()).toList();
        for (String[] r : rows) {
            firsts.add(Character.toLowerCase(r[0].charAt(0)));
            lasts.add(Character.toLowerCase(r[0].charAt(r[0].length() - 1)));
        }
    }

    /** The row whose first column is written at {@code i} as a whole word (case-sensitive), or null. */
    String[] at(CharSequence t, int i, int end, boolean ignoreCase) {
        if (i >= end || !firsts.contains(Character.toLowerCase(t.charAt(i)))) return null;
        for (String[] r : rows) {
            String w = r[0];
            int e = i + w.length();
            if (e > end || !same(t, i, w, ignoreCase)) continue;
            if (e < end && Character.isLetter(t.charAt(e)) && Character.isLetter(w.charAt(w.length() - 1))) continue;
            return r;
        }
        return null;
    }

    /** The row whose first column ends right before {@code i} (after optional spaces), as a whole word, or null. */
    String[] before(CharSequence t, int i, int start, boolean ignoreCase) {
        int j = i;
        while (j > start && t.charAt(j - 1) == ' ') j--;
        if (j <= start || !lasts.contains(Character.toLowerCase(t.charAt(j - 1)))) return null;
        for (String[] r : rows) {
            String w = r[0];
            int s = j - w.length();
            if (s < start || !same(t, s, w, ignoreCase)) continue;
            if (s > start && Character.isLetter(t.charAt(s - 1))) continue;
            return r;
        }
        return null;
    }

    private static boolean same(CharSequence t, int at, String w, boolean ignoreCase) {
        for (int k = 0; k < w.length(); k++) {
            char a = t.charAt(at + k), b = w.charAt(k);
            if (a != b && !(ignoreCase && Character.toLowerCase(a) == Character.toLowerCase(b))) return false;
        }
        return true;
    }
}
