package org.caytre.text;

import com.ibm.icu.text.Normalizer2;

/**
 * The folding key for matching and search: lower case, Vietnamese diacritics removed (đ → d), hyphens and runs of
 * white space → one space, curly quotes straightened. "Cam-pu-chia" and "cam pu chia" fold alike; "Hà Nội" → "ha noi".
 * A precomputed table makes it one array lookup per character.
 */
public final class Fold {
    private static final char[] TABLE = buildTable();

    private Fold() {}

    /** The folded form of one character; ' ' for white space and hyphens. */
    public static char fold(char c) { return c < TABLE.length ? TABLE[c] : Character.toLowerCase(c); }

    /** The folded key of a string. */
    public static String key(CharSequence s) { return fold(s, 0, s.length()).key(); }

    /**
     * Folds {@code s[start, end)}, collapsing spaces; {@code offsets[i]} is the offset in {@code s} of key char i,
     * with one extra entry for the end.
     */
    public static Folded fold(CharSequence s, int start, int end) {
        char[] b = new char[end - start];
        int n = 0;
        int[] offsets = new int[end - start + 1];
        for (int i = start; i < end; i++) {
            char f = fold(s.charAt(i));
            if (f == ' ' && (n == 0 || b[n - 1] == ' ')) continue;
            offsets[n] = i;
            b[n++] = f;
        }
        offsets[n] = end;
        return new Folded(new String(b, 0, n), offsets);
    }

    /** A folded key and the map from key offsets back to the source. */
    public record Folded(String key, int[] offsets) {
        public int sourceOffset(int keyOffset) { return offsets[keyOffset]; }
    }

    private static char[] buildTable() {
        Normalizer2 nfd = Normalizer2.getNFDInstance();
        char[] t = new char[0x2100];
        for (char c = 0; c < t.length; c++) {
            String d = nfd.normalize(String.valueOf(c));
            char base = d.charAt(0);
            t[c] = Character.isLetter(base) ? Character.toLowerCase(base) : c;
            if (Character.getType(c) == Character.NON_SPACING_MARK) t[c] = c;
        }
        t['đ'] = 'd';
        t['Đ'] = 'd';
        for (char c : "-‐‑‒–—\t\n\r\f\u000B\u00A0\u2009\u200A\u202F ".toCharArray()) t[c] = ' ';
        t['‘'] = '\'';
        t['’'] = '\'';
        t['“'] = '"';
        t['”'] = '"';
        return t;
    }
}
