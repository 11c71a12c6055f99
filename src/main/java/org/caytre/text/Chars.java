package org.caytre.text;

/**
 * {@link Character}'s tests and lower case for one {@code char}, read from tables for the characters Vietnamese text
 * is written in (below U+2000: Latin with its extensions, đ, ơ, ư and the precomposed letters of U+1Exx): the
 * recognisers ask them at every character, and {@code Character} walks a two-level table and a switch each time.
 * The tables are filled from {@code Character} itself, so every answer is {@code Character}'s; characters past the
 * tables are asked of it directly.
 */
public final class Chars {
    private static final int TABLED = 0x2000;
    private static final byte LETTER = 1, DIGIT = 2, UPPER = 4, LOWER = 8, WHITESPACE = 16;
    private static final byte[] FLAGS = new byte[TABLED];
    private static final char[] LOWER_CASE = new char[TABLED];
    static {
        for (int i = 0; i < TABLED; i++) {
            char c = (char) i;
            FLAGS[i] = (byte) ((Character.isLetter(c) ? LETTER : 0) | (Character.isDigit(c) ? DIGIT : 0)
                    | (Character.isUpperCase(c) ? UPPER : 0) | (Character.isLowerCase(c) ? LOWER : 0)
                    | (Character.isWhitespace(c) ? WHITESPACE : 0));
            LOWER_CASE[i] = Character.toLowerCase(c);
        }
    }

    private Chars() {}

    public static boolean isLetter(char c) { return c < TABLED ? (FLAGS[c] & LETTER) != 0 : Character.isLetter(c); }

    public static boolean isDigit(char c) { return c < TABLED ? (FLAGS[c] & DIGIT) != 0 : Character.isDigit(c); }

    public static boolean isLetterOrDigit(char c) { return c < TABLED ? (FLAGS[c] & (LETTER | DIGIT)) != 0 : Character.isLetterOrDigit(c); }

    public static boolean isUpperCase(char c) { return c < TABLED ? (FLAGS[c] & UPPER) != 0 : Character.isUpperCase(c); }

    public static boolean isLowerCase(char c) { return c < TABLED ? (FLAGS[c] & LOWER) != 0 : Character.isLowerCase(c); }

    public static boolean isWhitespace(char c) { return c < TABLED ? (FLAGS[c] & WHITESPACE) != 0 : Character.isWhitespace(c); }

    public static char toLowerCase(char c) { return c < TABLED ? LOWER_CASE[c] : Character.toLowerCase(c); }
}
