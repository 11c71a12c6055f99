package org.caytre.ingest;

/** Writes footnote references the formats mark explicitly as superscript digits, the convention of {@link RawText}. */
final class Superscript {
    private static final String DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private Superscript() {}

    /** Digits become superscript digits; other characters of a numeric superscript are dropped; a superscript without digits ("th") is kept. */
    static String digits(String s) {
        if (s.chars().noneMatch(Character::isDigit)) return s;
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') b.append(DIGITS.charAt(c - '0'));
        }
        return b.toString();
    }
}
