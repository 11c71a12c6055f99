package org.caytre.structure;

import java.util.Arrays;

/**
 * Builds the normalised text while remembering, for every character, the source offset it came from
 * (Lucene's OffsetAttribute idea), so that any span can be quoted verbatim from the source later.
 * Runs of white space collapse to one space.
 */
final class MappedText {
    private final String source;
    private final StringBuilder text;
    private int[] map;

    MappedText(String source) {
        this.source = source;
        this.text = new StringBuilder(source.length());   // the normalised text is never much longer than the source
        this.map = new int[source.length() + 16];
    }

    int length() { return text.length(); }

    boolean endsWithSpace() { return text.length() > 0 && text.charAt(text.length() - 1) == ' '; }

    char last() { return text.length() == 0 ? '\n' : text.charAt(text.length() - 1); }

    /** Appends source[from, to), collapsing white space and skipping {@code skip} ranges (sorted [start,end) pairs). */
    void appendSource(int from, int to, int[] skip) {
        int k = 0;
        int i = from;
        while (i < to) {
            while (k + 1 < skip.length && skip[k + 1] <= i) k += 2;
            int limit = k + 1 < skip.length ? Math.min(to, skip[k]) : to;
            if (i >= limit) { i = skip[k + 1]; continue; }   // inside a skipped range
            char c = source.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                if (text.length() > 0 && !endsWithSpace() && last() != '\n') put(' ', i);
                i++;
                continue;
            }
            int run = i + 1;                                  // copy a run of visible characters at once
            while (run < limit && !Character.isWhitespace(source.charAt(run)) && source.charAt(run) != '\u00A0') run++;
            ensure(text.length() + run - i);
            for (int j = i, t = text.length(); j < run; j++, t++) map[t] = j;
            text.append(source, i, run);
            i = run;
        }
    }

    private void ensure(int capacity) {
        if (capacity > map.length) map = Arrays.copyOf(map, Math.max(capacity, map.length * 2));
    }

    /** Appends characters that have no source of their own (separators), mapped to {@code sourceOffset}. */
    void appendSeparator(String s, int sourceOffset) {
        for (int i = 0; i < s.length(); i++) put(s.charAt(i), sourceOffset);
    }

    void trimTrailingSpace() {
        while (endsWithSpace()) text.setLength(text.length() - 1);
    }

    private void put(char c, int sourceOffset) {
        if (text.length() == map.length) map = Arrays.copyOf(map, map.length * 2);
        map[text.length()] = sourceOffset;
        text.append(c);
    }

    int sourceOf(int textOffset) { return map[textOffset]; }

    String text() { return text.toString(); }

    /** The offset map with one extra entry for the end of text. */
    int[] offsets() {
        int[] out = Arrays.copyOf(map, text.length() + 1);
        out[text.length()] = text.length() == 0 ? 0 : Math.min(source.length(), map[text.length() - 1] + 1);
        return out;
    }
}
