package org.caytre.structure;

/** Superscript digits, the form readers give to explicit footnote references ({@code <sup>12</sup>} → "¹²"). */
final class Superscripts {
    private static final String DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private Superscripts() {}

    static int digit(char c) { return DIGITS.indexOf(c); }

    static boolean isDigit(char c) { return c == '¹' || c == '²' || c == '³' || (c >= '⁰' && c <= '⁹' && c != '\u2071'); }

    /** End of the run of superscript digits starting at {@code from}. */
    static int runEnd(CharSequence s, int from, int to) {
        int i = from;
        while (i < to && isDigit(s.charAt(i))) i++;
        return i;
    }

    static int value(CharSequence s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) v = v * 10 + digit(s.charAt(i));
        return v;
    }
}
