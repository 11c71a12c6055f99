package org.caytre.structure;

import org.caytre.internal.DataFiles;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.caytre.model.Span;
import org.caytre.text.Chars;

/**
 * Splits a paragraph into sentences in one pass. A sentence ends at {@code . ! ? …} outside parentheses, followed
 * by white space and a capital, a digit-led enumeration "(2)" or an opening quote. Kept intact: numbers
 * ({@code 5,64%}, {@code 79.000}), abbreviations ({@code structure/abbreviations.txt}, initials like "V."),
 * parenthesised dates {@code (08/5)}, and quotations, whose inner full stops end a sentence only with the quote.
 */
public final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = new HashSet<>(DataFiles.lines("/structure/abbreviations.txt"));

    public List<Span> split(CharSequence text, int start, int end) {
        List<Span> out = new ArrayList<>();
        int sentenceStart = start, parens = 0, quotes = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '(' -> parens++;
                case ')' -> parens = Math.max(0, parens - 1);
                case '“' -> quotes++;
                case '”' -> quotes = Math.max(0, quotes - 1);
                default -> { }
            }
            if (c != '.' && c != '!' && c != '?' && c != '…') continue;
            if (parens > 0) continue;
            if (c == '.' && (isNumberDot(text, i, end) || isAbbreviation(text, start, i))) continue;
            int j = i + 1;
            while (j < end && ".!?…\"”’)".indexOf(text.charAt(j)) >= 0) {
                if (text.charAt(j) == '”') quotes = Math.max(0, quotes - 1);
                j++;
            }
            if (quotes > 0) continue;
            if (j < end && !Character.isWhitespace(text.charAt(j))) continue;
            int k = j;
            while (k < end && Character.isWhitespace(text.charAt(k))) k++;
            if (k < end && !startsSentence(text, k, end)) continue;
            addTrimmed(out, text, sentenceStart, j);
            sentenceStart = k;
            i = k - 1;
        }
        addTrimmed(out, text, sentenceStart, end);
        return out;
    }

    private static boolean startsSentence(CharSequence t, int k, int end) {
        char c = t.charAt(k);
        if (Chars.isUpperCase(c) || Chars.isDigit(c) || c == '“' || c == '"' || c == '-' || c == '–') return true;
        return c == '(' && k + 1 < end && (Chars.isDigit(t.charAt(k + 1)) || Chars.isUpperCase(t.charAt(k + 1)));
    }

    private static boolean isNumberDot(CharSequence t, int i, int end) {
        return i > 0 && i + 1 < end && Chars.isDigit(t.charAt(i - 1)) && Chars.isDigit(t.charAt(i + 1));
    }

    /** The word before the period is a known abbreviation or a single capital initial ("V. Putin"). */
    private static boolean isAbbreviation(CharSequence t, int start, int i) {
        int w = i;
        while (w > start && !Character.isWhitespace(t.charAt(w - 1)) && t.charAt(w - 1) != '(') w--;
        if (i - w > 8) return false;                                // no abbreviation is that long
        String word = t.subSequence(w, i).toString();
        if (word.length() == 1 && Chars.isUpperCase(word.charAt(0))) return true;
        return ABBREVIATIONS.contains(word);
    }

    private static void addTrimmed(List<Span> out, CharSequence t, int s, int e) {
        while (s < e && Character.isWhitespace(t.charAt(s))) s++;
        while (e > s && Character.isWhitespace(t.charAt(e - 1))) e--;
        if (e > s) out.add(new Span(s, e));
    }
}
