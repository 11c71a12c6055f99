package org.caytre.annotate;

import java.util.List;
import org.caytre.model.DateMention;
import org.caytre.text.Chars;

/**
 * Digits whose shape says they are no figure: telephone numbers ("+84 981 84 84 84"), clock times ("22:21", "24’"), a
 * number after a plus that names or offsets something ("GMT+7", "ASEAN +3"), note markers ("…”(3)", "[4]") and the
 * first day of a range of dates ("từ 14 đến 16-4", "ngày 21 và 22/7").
 */
final class NumberShapes {
    /** A telephone number has at least this many groups of digits separated by single spaces (or starts with '+'). */
    private static final int PHONE_GROUPS = 3, MAX_DAY = 31, MAX_MARKER_DIGITS = 3;
    private static final List<String> RANGE_LINKS = List.of("đến", "tới", "và", "-", "–", ",");

    private NumberShapes() {}

    /** End of the telephone number starting at {@code s} (number ends at {@code e}), or -1 when it is none. */
    static int phoneEnd(CharSequence t, int s, int e, int start, int end) {
        int groups = 1, p = e;
        while (p + 1 < end && t.charAt(p) == ' ' && Chars.isDigit(t.charAt(p + 1))) {
            int q = p + 1;
            while (q < end && Chars.isDigit(t.charAt(q))) q++;
            if (q < end && (Chars.isLetter(t.charAt(q)) || t.charAt(q) == '%')) break;   // "… 84 3 nước": a count
            groups++;
            p = q;
        }
        boolean dialled = plusBefore(t, s, start) && !nameBeforePlus(t, s, start);
        return groups >= PHONE_GROUPS || dialled && groups >= 2 ? p : -1;
    }

    /** "GMT+7", "ASEAN+3", "ASEAN +3", "(+1, 2)": a plus right before the number, a percentage aside. */
    static boolean afterPlus(CharSequence t, int s, int e, int start, int end) {
        return plusBefore(t, s, start) && !(e < end && t.charAt(e) == '%');
    }

    /** "22:21", "09:03": hours and minutes; "24’", "45+1'": the minute of a match. */
    static boolean clockTime(CharSequence t, int e, int end) {
        int m = e;                                              // "45+2’": stoppage time
        if (m + 1 < end && t.charAt(m) == '+' && Chars.isDigit(t.charAt(m + 1))) for (m++; m < end && Chars.isDigit(t.charAt(m)); ) m++;
        if (m < end && (t.charAt(m) == '’' || t.charAt(m) == '\'')) return true;
        return e + 2 < end && t.charAt(e) == ':' && Chars.isDigit(t.charAt(e + 1)) && Chars.isDigit(t.charAt(e + 2));
    }

    /** "…”(3)", "ông(2)", "[4]": a note's number in brackets, glued to the word or quote before it. */
    static boolean noteMarker(CharSequence t, int s, int e, int start, int end) {
        if (e - s > MAX_MARKER_DIGITS || s - 1 < start || e >= end) return false;
        char open = t.charAt(s - 1), close = t.charAt(e);
        if (open == '[' && close == ']') return true;
        return open == '(' && close == ')' && s - 2 >= start && !Character.isWhitespace(t.charAt(s - 2)) && t.charAt(s - 2) != '(';
    }

    /** "từ 14 đến 16-4", "18 - 19/11", "hai ngày 21 và 22/7": a day number followed by a link and a date. */
    static boolean firstDayOfRange(CharSequence t, int s, int e, int end, List<DateMention> dates) {
        if (e - s > 2 || QuantityRecognizer.parse(t.subSequence(s, e).toString()) > MAX_DAY) return false;
        int p = skipSpaces(t, e, end);
        for (String link : RANGE_LINKS) {
            if (!startsWith(t, p, end, link)) continue;
            int q = skipSpaces(t, p + link.length(), end);
            for (DateMention d : dates) if (d.span().start() == q && Chars.isDigit(t.charAt(q))) return true;
        }
        return false;
    }

    private static boolean plusBefore(CharSequence t, int s, int start) {
        int p = s - 1;
        if (p > start && t.charAt(p) == ' ') p--;
        return p >= start && t.charAt(p) == '+';
    }

    /** "GMT+7", "ASEAN +3": letters right before the plus (or before one space and the plus). */
    private static boolean nameBeforePlus(CharSequence t, int s, int start) {
        int p = s - 1;
        if (t.charAt(p) == ' ') p--;
        p--;                                                    // the plus
        if (p >= start && t.charAt(p) == ' ') p--;
        return p >= start && Chars.isLetterOrDigit(t.charAt(p));
    }

    private static boolean startsWith(CharSequence t, int p, int end, String w) {
        if (p + w.length() > end) return false;
        for (int k = 0; k < w.length(); k++) if (t.charAt(p + k) != w.charAt(k)) return false;
        return p + w.length() == end || !Chars.isLetter(t.charAt(p + w.length())) || !Chars.isLetter(w.charAt(0));
    }

    private static int skipSpaces(CharSequence t, int p, int end) {
        while (p < end && t.charAt(p) == ' ') p++;
        return p;
    }
}
