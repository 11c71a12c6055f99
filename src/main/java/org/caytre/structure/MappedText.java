package org.caytre.structure;

import java.util.Arrays;

/**
 * Builds the normalised text while remembering, for every character, the source offset it came from
 * (Lucene's OffsetAttribute idea), so that any span can be quoted verbatim from the source later.
 * Runs of white space collapse to one space.
 */
final class MappedText {
    private final String source;
    /** The source and the text as char arrays: the copy loop reads and writes them without String's per-char checks. */
    private final char[] src;
    private char[] text;
    private int length;
    private int[] map;

    MappedText(String source) {
        this.source = source;
        this.src = source.toCharArray();
        this.text = new char[source.length() + 16];   // the normalised text is never much longer than the source
        this.map = new int[source.length() + 16];
    }

    int length() { return length; }

    boolean endsWithSpace() { return length > 0 && text[length - 1] == ' '; }

    char last() { return length == 0 ? '\n' : text[length - 1]; }

    char charAt(int offset) {
        if (offset >= length) throw new IndexOutOfBoundsException(offset);
        return text[offset];
    }

    /** Appends source[from, to), collapsing white space and skipping {@code skip} ranges (sorted [start,end) pairs). */
    void appendSource(int from, int to, int[] skip) {
        int k = 0;
        int i = from;
        char[] src = this.src;
        while (i < to) {
            while (k + 1 < skip.length && skip[k + 1] <= i) k += 2;
            int limit = k + 1 < skip.length ? Math.min(to, skip[k]) : to;
            if (i >= limit) { i = skip[k + 1]; continue; }   // inside a skipped range
            char c = src[i];
            if (space(c)) {
                if (length > 0 && !endsWithSpace() && last() != '\n') put(' ', i);
                i++;
                continue;
            }
            int run = i + 1;                                  // copy a run of visible characters at once
            while (run < limit && !space(src[run])) run++;
            ensure(length + run - i);
            for (int j = i, t = length; j < run; j++, t++) map[t] = j;
            System.arraycopy(src, i, text, length, run - i);
            length += run - i;
            i = run;
        }
    }

    private static boolean space(char c) {
        return org.caytre.text.Chars.isWhitespace(c) || c == '\u00A0';
    }

    private void ensure(int capacity) {
        if (capacity > map.length) map = Arrays.copyOf(map, Math.max(capacity, map.length * 2));
        if (capacity > text.length) text = Arrays.copyOf(text, Math.max(capacity, text.length * 2));
    }

    /** Appends characters that have no source of their own (separators), mapped to {@code sourceOffset}. */
    void appendSeparator(String s, int sourceOffset) {
        for (int i = 0; i < s.length(); i++) put(s.charAt(i), sourceOffset);
    }

    void trimTrailingSpace() {
        while (endsWithSpace()) length--;
    }

    private void put(char c, int sourceOffset) {
        ensure(length + 1);
        map[length] = sourceOffset;
        text[length++] = c;
    }

    int sourceOf(int textOffset) { return map[textOffset]; }

    String text() { return new String(text, 0, length); }

    /** The offset map with one extra entry for the end of text. */
    int[] offsets() {
        int[] out = Arrays.copyOf(map, length + 1);
        out[length] = length == 0 ? 0 : Math.min(source.length(), map[length - 1] + 1);
        return out;
    }
}
