package org.caytre.annotate;

import java.util.ArrayList;
import java.util.List;
import org.caytre.model.DateMention;
import org.caytre.model.QuantityMention;
import org.caytre.model.Span;
import org.caytre.text.Chars;

/**
 * Figures in Vietnamese notation with their multiplier, unit and hedge: {@code 5,64%} → 5.64 %,
 * {@code 79.000 công dân} → 79000 citizens, {@code khoảng 15,7 tỷ USD} → 1.57e10 USD (approximation "khoảng"),
 * {@code 20 nghìn tỷ USD} → 2e13. Not quantities: dates (pass the date spans), years, ordinals and labels
 * ({@code lần thứ 4}, {@code Khóa 75}, {@code AIPA 41}), document numbers ({@code 34-NQ/TW}) and names ({@code G20}).
 * Word lists are data: {@code annotate/units.tsv}, {@code multipliers.tsv}, {@code hedges.txt}, {@code ordinal-cues.txt}.
 */
public final class QuantityRecognizer {
    private final Lexicon units = new Lexicon("/annotate/units.tsv");
    private final Lexicon multipliers = new Lexicon("/annotate/multipliers.tsv");
    private final Lexicon hedges = new Lexicon("/annotate/hedges.txt");
    private final Lexicon ordinals = new Lexicon("/annotate/ordinal-cues.txt");
    private final Lexicon ranks = new Lexicon("/annotate/rank-cues.txt");
    private final Lexicon negatives = new Lexicon("/annotate/negative-words.txt");
    private final Lexicon numberWords = new Lexicon("/annotate/number-words.tsv");
    private final Lexicon notUnits = new Lexicon("/annotate/not-units.txt");
    private final Lexicon gluedUnits = new Lexicon("/annotate/glued-units.txt");
    private final Lexicon countsBefore = counted("count-before"), countsAfter = counted("count-after"), both = counted("both-after");
    /** Units a number word does not count: "hai nước" and "hai bên" are the two parties, not a figure. */
    private static final java.util.Set<String> NOT_COUNTED_IN_WORDS = java.util.Set.of("countries", "partners");
    /** Units a label may carry ("Quý 1 năm 2020"): after an ordinal cue they make no figure. */
    private static final java.util.Set<String> DURATION_UNITS = java.util.Set.of("years", "months", "days", "times");

    public List<QuantityMention> find(CharSequence t, int start, int end, List<DateMention> dates) {
        List<QuantityMention> out = digits(t, start, end, dates);
        List<QuantityMention> words = words(t, start, end);
        if (words.isEmpty()) return out;
        out.addAll(words);
        out.sort(java.util.Comparator.comparingInt(q -> q.span().start()));
        return out;
    }

    /** "ba văn kiện", "gần một tỷ USD", "hai nhóm": a number word with a multiplier or a counted unit after it. */
    private List<QuantityMention> words(CharSequence t, int start, int end) {
        List<QuantityMention> out = new ArrayList<>();
        for (int i = start; i < end; i++) {
            if (i > start && Chars.isLetterOrDigit(t.charAt(i - 1))) continue;
            String[] w = numberWords.at(t, i, end, true);
            if (w == null) continue;
            double value = Double.parseDouble(w[1]);
            int afterWord = i + w[0].length();
            double[] scaled = {value};
            int p = multiply(t, afterWord, end, scaled);
            value = scaled[0];
            boolean multiplied = p > afterWord;
            int q = skipSpaces(t, p, end);
            String[] unit = unit(t, q, end);
            if (unit != null && !multiplied && NOT_COUNTED_IN_WORDS.contains(unit[1])) unit = null;
            if (!multiplied && unit == null) continue;
            if (unit != null) p = q + unit[0].length();
            String[] hedge = hedges.before(t, i, start, true);
            if (!multiplied && both.at(t, skipSpaces(t, p, end), end, false) != null) continue;   // "hai người đều …"
            if (value == 1 && !multiplied && hedge == null && !countedOne(t, i, p, start, end)) continue;  // an article
            out.add(new QuantityMention(new Span(i, p), t.subSequence(i, p).toString(), value, unit == null ? null : unit[1],
                    hedge == null ? null : hedge[0].toLowerCase()));
            i = p;
        }
        return out;
    }

    private List<QuantityMention> digits(CharSequence t, int start, int end, List<DateMention> dates) {
        List<QuantityMention> out = new ArrayList<>();
        int i = start;
        while (i < end) {
            if (!Chars.isDigit(t.charAt(i))) { i++; continue; }
            int numStart = i;
            boolean negative = i > start && t.charAt(i - 1) == '-' && (i - 1 == start || " (".indexOf(t.charAt(i - 2)) >= 0);
            char before = i > start ? t.charAt(i - 1) : ' ';
            int numEnd = numberEnd(t, i, end);
            i = numEnd;
            if (!negative && (Chars.isLetterOrDigit(before) || "/.,-_:".indexOf(before) >= 0)) continue;
            if (insideDate(dates, numStart)) continue;
            int phone = NumberShapes.phoneEnd(t, numStart, numEnd, start, end);
            if (phone > 0) { i = phone; continue; }                                   // "+84 981 84 84 84"
            if (NumberShapes.afterPlus(t, numStart, numEnd, start, end) || NumberShapes.clockTime(t, numEnd, end)
                    || NumberShapes.noteMarker(t, numStart, numEnd, start, end)
                    || NumberShapes.firstDayOfRange(t, numStart, numEnd, end, dates)) continue;
            boolean rank = ranks.before(t, numStart, start, false) != null;          // "đứng thứ 4", "xếp thứ 9/25"
            if (rank) {
                double v = parse(t.subSequence(numStart, numEnd).toString());
                int e = numEnd;
                if (e + 1 < end && t.charAt(e) == '/' && Chars.isDigit(t.charAt(e + 1))) e = numberEnd(t, e + 1, end);
                out.add(new QuantityMention(new Span(numStart, e), t.subSequence(numStart, e).toString(), v, "rank", null));
                i = e;
                continue;
            }
            boolean glued = gluedUnit(t, numEnd, end);                                  // "250m3/giây", "27,39m"
            if (!glued && numEnd < end && (Chars.isLetter(t.charAt(numEnd)) || t.charAt(numEnd) == '/'
                    || t.charAt(numEnd) == '-' && numEnd + 1 < end && Chars.isLetterOrDigit(t.charAt(numEnd + 1))
                    || t.charAt(numEnd) == '.' && numEnd + 1 < end && Chars.isDigit(t.charAt(numEnd + 1)))) continue;  // "4.0"
            if (afterAcronym(t, numStart, start)) continue;
            if (documentNumberAfter(t, numEnd, end)) continue;                        // "875 -CV/BTGTU"
            if (!negative && negatives.before(t, numStart, start, true) != null) negative = true;   // "âm 35 USD"
            double value = parse(t.subSequence(numStart, numEnd).toString());
            double[] scaled = {value};
            int p = multiply(t, numEnd, end, scaled);
            value = scaled[0];
            boolean multiplied = p > numEnd;
            int q = glued || t.charAt(Math.min(p, end - 1)) == '%' ? p : skipSpaces(t, p, end);
            String[] unit = unit(t, q, end);
            if (unit != null) p = q + unit[0].length();
            // "Khóa 75", "tháng 3", "Quân đoàn 4" are labels; "khẩn cấp 1 triệu USD" is a figure all the same
            if ((ordinals.before(t, numStart, start, false) != null || coordinatedLabel(t, numStart, start)) && !multiplied
                    && !lowEndOfRange(t, p, end)
                    && (unit == null || DURATION_UNITS.contains(unit[1]))) continue;
            boolean labelled = unit != null || p > numEnd;
            if (!labelled && isYear(value, numStart, numEnd, t)) continue;
            if (!labelled && isListLabel(t, numStart, numEnd, start, end)) continue;
            boolean minusSign = numStart > start && t.charAt(numStart - 1) == '-';
            String[] hedge = hedges.before(t, minusSign ? numStart - 1 : numStart, start, true);
            int s = minusSign ? numStart - 1 : numStart;
            out.add(new QuantityMention(new Span(s, p), t.subSequence(s, p).toString(), negative ? -value : value,
                    unit == null ? null : unit[1], hedge == null ? null : hedge[0].toLowerCase()));
            i = p;
        }
        return out;
    }

    /**
     * The unit written at {@code q}: not a word that merely begins like one ("đồng chí", "thư ký"), and not the
     * "lần" of "lần thứ 33" ("Expo 2024 lần thứ 33" counts no times).
     */
    private String[] unit(CharSequence t, int q, int end) {
        if (q >= end || notUnits.at(t, q, end, false) != null) return null;
        String[] unit = units.at(t, q, end, false);
        if (unit == null) return null;
        int after = skipSpaces(t, q + unit[0].length(), end);
        boolean ordinal = after + 3 <= end && "thứ".contentEquals(t.subSequence(after, after + 3))
                && (after + 3 == end || !Chars.isLetter(t.charAt(after + 3)));
        return ordinal ? null : unit;
    }

    /** "các Điều 41 và 42", "Khóa 11, 12": a number coordinated with a labelled one is a label too. */
    private boolean coordinatedLabel(CharSequence t, int numStart, int start) {
        int p = numStart;
        while (p > start && t.charAt(p - 1) == ' ') p--;
        if (p >= start + 2 && t.subSequence(p - 2, p).toString().equals("và") && (p - 2 == start || t.charAt(p - 3) == ' ')) p -= 2;
        else if (p > start && t.charAt(p - 1) == ',') p--;                 // not "mỗi ngày 30 - 40": a range of values
        else return false;
        while (p > start && t.charAt(p - 1) == ' ') p--;
        int digitsEnd = p;
        while (p > start && Chars.isDigit(t.charAt(p - 1))) p--;
        return p < digitsEnd && ordinals.before(t, p, start, false) != null;
    }

    /** "mỗi ngày 30 - 40 chuyến bay": the low end of a range of values, whatever word stands before it. */
    private static boolean lowEndOfRange(CharSequence t, int p, int end) {
        int q = skipSpaces(t, p, end);
        if (q >= end || t.charAt(q) != '-' && t.charAt(q) != '–') return false;
        q = skipSpaces(t, q + 1, end);
        return q < end && Chars.isDigit(t.charAt(q));
    }

    /** A unit written against the number and ending there: "250m3/giây", "12,5m", not "1m65" nor "4G". */
    private boolean gluedUnit(CharSequence t, int e, int end) {
        String[] u = e < end ? gluedUnits.at(t, e, end, false) : null;
        int after = u == null ? -1 : e + u[0].length();
        return u != null && (after == end || !Chars.isLetterOrDigit(t.charAt(after)));
    }

    /** "chỉ một phiếu", "thêm một nước", "một nước duy nhất": "một" counting, not an article. */
    private boolean countedOne(CharSequence t, int i, int afterUnit, int start, int end) {
        return countsBefore.before(t, i, start, true) != null || countsAfter.at(t, skipSpaces(t, afterUnit, end), end, false) != null;
    }

    private static Lexicon counted(String role) {
        return new Lexicon("/annotate/counted-words.tsv", role);
    }

    /** Multipliers after a number, possibly chained ("20 nghìn tỷ"), applied to {@code value[0]}; the end of the last. */
    private int multiply(CharSequence t, int p, int end, double[] value) {
        while (true) {
            int q = skipSpaces(t, p, end);
            String[] mul = multipliers.at(t, q, end, false);
            if (mul == null) return p;
            value[0] = exactProduct(value[0], mul[1]);   // 8,3 tỷ is 8300000000, not 8300000000.000001
            p = q + mul[0].length();
        }
    }

    private static double exactProduct(double value, String factor) {
        return new java.math.BigDecimal(Double.toString(value)).multiply(new java.math.BigDecimal(factor)).doubleValue();
    }

    /** End of "79.000", "5,64", "1.234.567,8" or a plain digit run. */
    private static int numberEnd(CharSequence t, int i, int end) {
        int p = i;
        while (p < end && Chars.isDigit(t.charAt(p))) p++;
        while (p < end && t.charAt(p) == '.' && digits(t, p + 1, 3, end)
                && (p + 4 >= end || !Chars.isDigit(t.charAt(p + 4)))) p += 4;
        if (p + 1 < end && t.charAt(p) == ',' && Chars.isDigit(t.charAt(p + 1))) {
            p++;
            while (p < end && Chars.isDigit(t.charAt(p))) p++;
        }
        return p;
    }

    private static boolean digits(CharSequence t, int from, int n, int end) {
        if (from + n > end) return false;
        for (int k = from; k < from + n; k++) if (!Chars.isDigit(t.charAt(k))) return false;
        return true;
    }

    /** "1.234,5" → 1234.5; digits of any script count as their value ("᥍" is 3), as Character.isDigit finds them. */
    static double parse(String s) {
        StringBuilder ascii = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') continue;
            ascii.append(c == ',' ? '.' : Chars.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : c);
        }
        return Double.parseDouble(ascii.toString());
    }

    private static boolean documentNumberAfter(CharSequence t, int e, int end) {
        int p = e;
        while (p < end && t.charAt(p) == ' ') p++;
        return p + 1 < end && p > e && t.charAt(p) == '-' && Chars.isUpperCase(t.charAt(p + 1));
    }

    private static boolean insideDate(List<DateMention> dates, int offset) {
        for (DateMention d : dates) if (d.span().contains(offset)) return true;
        return false;
    }

    /** "AIPA 41", "ASEAN 36", "COP 26": a number naming an edition, right after an acronym. */
    private static boolean afterAcronym(CharSequence t, int i, int start) {
        int j = i - 1;
        if (j <= start || t.charAt(j) != ' ') return false;
        int w = j;
        while (w > start && Chars.isLetter(t.charAt(w - 1))) w--;
        if (j - w < 2) return false;
        for (int k = w; k < j; k++) if (!Chars.isUpperCase(t.charAt(k))) return false;
        return true;
    }

    private static boolean isYear(double v, int s, int e, CharSequence t) {
        return e - s == 4 && v >= 1000 && v <= 2100;   // a bare four-digit number with no unit is a year
    }

    /** "1. …", "(2) …" opening a sentence or list item. */
    private static boolean isListLabel(CharSequence t, int s, int e, int start, int end) {
        boolean opens = s == start || s > start && (t.charAt(s - 1) == '(' && (s - 1 == start || t.charAt(s - 2) == ' '));
        boolean closes = e < end && (t.charAt(e) == '.' || t.charAt(e) == ')');
        return opens && closes;
    }

    private static int skipSpaces(CharSequence t, int p, int end) {
        while (p < end && t.charAt(p) == ' ') p++;
        return p;
    }
}
