package org.caytre.text;

import java.util.Locale;

/**
 * A document's text in lower case ({@link Locale#ROOT}), computed once per document and thread: the relevance
 * classifier and the extractor's topic cues ({@code Topicality}) all read it for the same document.
 */
public final class LowerCase {
    private record Last(String text, String lower) {}

    private static final ThreadLocal<Last> LAST = new ThreadLocal<>();

    private LowerCase() {}

    /** {@code text.toLowerCase(Locale.ROOT)}, the same string again when asked for the same text object twice in a row. */
    public static String of(String text) {
        Last last = LAST.get();
        if (last != null && last.text() == text) return last.lower();
        String lower = text.toLowerCase(Locale.ROOT);
        LAST.set(new Last(text, lower));
        return lower;
    }
}
