package org.caytre.annotate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.caytre.text.Chars;

/**
 * A word list from a data file, longest entries first, with a prefix test at a text position. The tests compare in
 * place and only with the entries that start (or end) with the text's character (the quantity recognizer asks at every
 * word of every sentence).
 */
final class Lexicon {
    /**
     * The rows by the lower case of their first (and of their last) character, longest first within each: a row can
     * only be written where the text has that character, so each test looks at the few rows that could match.
     */
    private final char[] firstKeys, lastKeys;
    private final String[][][] byFirst, byLast;
    /**
     * The bucket of each character below {@link #TABLED} (the Latin letters Vietnamese is written with, đ, ơ and ư
     * among them), -1 for none: what the binary search of its lower case finds, read at once.
     */
    private final short[] firstTable, lastTable;
    private static final int TABLED = 0x250;

    Lexicon(String resource) {
        this(Gazetteer.table(resource));
    }

    /** The rows of a two-column file whose second column is {@code kind}. */
    Lexicon(String resource, String kind) {
        this(Gazetteer.table(resource).stream().filter(r -> r.length > 1 && r[1].equals(kind)).toList());
    }

    private Lexicon(List<String[]> table) {
        List<String[]> rows = table.stream().sorted(Comparator.comparingInt((String[] r) -> r[0].length()).reversed()).toList();
        Map<Character, List<String[]>> firsts = new TreeMap<>(), lasts = new TreeMap<>();
        for (String[] r : rows) {
            firsts.computeIfAbsent(Chars.toLowerCase(r[0].charAt(0)), k -> new ArrayList<>()).add(r);
            lasts.computeIfAbsent(Chars.toLowerCase(r[0].charAt(r[0].length() - 1)), k -> new ArrayList<>()).add(r);
        }
        firstKeys = keys(firsts);
        byFirst = firsts.values().stream().map(l -> l.toArray(String[][]::new)).toArray(String[][][]::new);
        lastKeys = keys(lasts);
        byLast = lasts.values().stream().map(l -> l.toArray(String[][]::new)).toArray(String[][][]::new);
        firstTable = table(firstKeys);
        lastTable = table(lastKeys);
    }

    private static short[] table(char[] keys) {
        short[] t = new short[TABLED];
        for (int c = 0; c < TABLED; c++) t[c] = (short) Math.max(-1, Arrays.binarySearch(keys, Chars.toLowerCase((char) c)));
        return t;
    }

    private static int bucket(char c, char[] keys, short[] table) {
        return c < TABLED ? table[c] : Arrays.binarySearch(keys, Chars.toLowerCase(c));
    }

    private static char[] keys(Map<Character, List<String[]>> byChar) {
        char[] keys = new char[byChar.size()];
        int k = 0;
        for (char c : byChar.keySet()) keys[k++] = c;
        return keys;
    }

    /** The row whose first column is written at {@code i} as a whole word (case-sensitive), or null. */
    String[] at(CharSequence t, int i, int end, boolean ignoreCase) {
        if (i >= end) return null;
        int bucket = bucket(t.charAt(i), firstKeys, firstTable);
        if (bucket < 0) return null;
        for (String[] r : byFirst[bucket]) {
            String w = r[0];
            int e = i + w.length();
            if (e > end || !same(t, i, w, ignoreCase)) continue;
            if (e < end && Chars.isLetter(t.charAt(e)) && Chars.isLetter(w.charAt(w.length() - 1))) continue;
            return r;
        }
        return null;
    }

    /** The row whose first column ends right before {@code i} (after optional spaces), as a whole word, or null. */
    String[] before(CharSequence t, int i, int start, boolean ignoreCase) {
        int j = i;
        while (j > start && t.charAt(j - 1) == ' ') j--;
        if (j <= start) return null;
        int bucket = bucket(t.charAt(j - 1), lastKeys, lastTable);
        if (bucket < 0) return null;
        for (String[] r : byLast[bucket]) {
            String w = r[0];
            int s = j - w.length();
            if (s < start || !same(t, s, w, ignoreCase)) continue;
            if (s > start && Chars.isLetter(t.charAt(s - 1))) continue;
            return r;
        }
        return null;
    }

    private static boolean same(CharSequence t, int at, String w, boolean ignoreCase) {
        for (int k = 0; k < w.length(); k++) {
            char a = t.charAt(at + k), b = w.charAt(k);
            if (a != b && !(ignoreCase && Chars.toLowerCase(a) == Chars.toLowerCase(b))) return false;
        }
        return true;
    }
}
