package org.caytre.structure;

import org.caytre.internal.DataFiles;
import java.util.List;
import java.util.regex.Pattern;
import org.caytre.text.Chars;

/**
 * Finds a footnote marker with a given number glued to the end of a word in PDF-extracted text:
 * {@code (UNDP)1}, {@code đối tác22;}, {@code Cấp cao21,}, {@code COVID-1923} (COVID-19 + 23), {@code năm 202113}.
 * Because callers ask for the markers in sequence (1, 2, 3…), a number that happens to end a word
 * ({@code G20}, {@code COVID-19}) is taken only when it is the one expected and is not itself a name.
 */
final class MarkerFinder {
    private static final List<Pattern> NAMES =
            DataFiles.patterns("/structure/glued-names.txt", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");   // compiled once: asked at many numbers ending in the digits sought

    /** A marker found at source offsets [start, end). */
    record Found(int number, int start, int end) {}

    private MarkerFinder() {}

    /** First glued occurrence of {@code number} in {@code text[from, to)}, or null. Offsets are into {@code text}. */
    static Found find(String text, int from, int to, int number) {
        String digits = Integer.toString(number);
        int len = digits.length();
        // bounded search: an unbounded indexOf scans the rest of the document for every line (quadratic)
        for (int i = text.indexOf(digits, from, to); i >= 0 && i + len <= to; i = text.indexOf(digits, i + 1, to)) {
            int end = i + len;
            if (end < text.length() && (Chars.isLetterOrDigit(text.charAt(end)))) continue;
            if (i == 0) continue;
            if (acceptsBefore(text, i, end)) return new Found(number, i, end);
        }
        return null;
    }

    private static boolean acceptsBefore(String text, int start, int end) {
        char c = text.charAt(start - 1);
        int tokenStart = start;
        while (tokenStart > 0 && !Character.isWhitespace(text.charAt(tokenStart - 1))) tokenStart--;
        String token = text.substring(tokenStart, end);
        String prefix = text.substring(tokenStart, start);
        if (Chars.isLetter(c) || c == ')' || c == '”' || c == '"' || c == '’' || c == '\'' || c == '%' || c == '…') {
            return !isName(stripLeading(token));
        }
        if (c == '.' || c == ',' || c == ':' || c == ';') {
            return start >= 2 && !Chars.isDigit(text.charAt(start - 2)) && !Character.isWhitespace(text.charAt(start - 2));
        }
        if (Chars.isDigit(c)) {
            String p = stripLeading(prefix);
            if (isName(p) && !isName(stripLeading(token))) return true;          // COVID-19 + 23
            return YEAR.matcher(p).matches();                                    // năm 2021 + 13
        }
        return false;
    }

    private static String stripLeading(String s) {
        int i = 0;
        while (i < s.length() && !Chars.isLetterOrDigit(s.charAt(i))) i++;
        return s.substring(i);
    }

    private static boolean isName(String token) {
        for (Pattern p : NAMES) if (p.matcher(token).matches()) return true;
        return false;
    }
}
