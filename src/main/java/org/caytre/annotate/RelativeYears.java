package org.caytre.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caytre.internal.DataFiles;
import org.caytre.model.DateMention;
import org.caytre.model.Span;
import org.caytre.text.Chars;

/**
 * Years counted from the last year the text gave ("Năm 2001, hai nước thiết lập … 11 năm sau, hai nước trở thành …"
 * → 2012; "hai năm trước đó" → 2 years before), and days or weeks counted before or after "đó" from the last day it
 * gave ("Ngày 5/8 … Một ngày trước đó, …" → 4/8): discourse dates, read only when an earlier date gives the year or day.
 */
final class RelativeYears {
    private static final Map<String, Integer> WORDS = new HashMap<>();
    static {
        for (String[] row : DataFiles.table("/annotate/number-words.tsv")) WORDS.put(row[0], Integer.parseInt(row[1]));
    }
    private static final Pattern RELATIVE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\d{1,2}|" + String.join("|", WORDS.keySet()) + ") năm (sau|trước)(?: đó)?(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern RELATIVE_DAYS = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\d{1,2}|" + String.join("|", WORDS.keySet()) + ") (ngày|tuần) (sau|trước) đó(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private RelativeYears() {}

    /** The sentence's dates, with its relative years added where {@code before} (earlier dates, in text order) give a year. */
    static List<DateMention> resolve(String text, Span sentence, List<DateMention> found, List<DateMention> before) {
        return days(text, sentence, years(text, sentence, found, before), before);
    }

    private static List<DateMention> days(String text, Span sentence, List<DateMention> found, List<DateMention> before) {
        if (!mentions(text, sentence, " đó") || !countsFromThat(text, sentence.start(), sentence.end())) return found;   // most sentences
        Matcher m = RELATIVE_DAYS.matcher(text).region(sentence.start(), sentence.end());
        if (!m.find()) return found;
        List<DateMention> out = new ArrayList<>(found);
        do {
            boolean after = m.group(3).equalsIgnoreCase("sau");
            String last = lastDay(before, found, m.start(), after);
            if (last == null) continue;
            String n = m.group(1).toLowerCase(java.util.Locale.ROOT);
            int count = Chars.isDigit(n.charAt(0)) ? Integer.parseInt(n) : WORDS.get(n);
            long shift = (long) count * (m.group(2).equalsIgnoreCase("tuần") ? 7 : 1);
            java.time.LocalDate day = java.time.LocalDate.parse(last);
            String value = (after ? day.plusDays(shift) : day.minusDays(shift)).toString();
            out.add(new DateMention(new Span(m.start(), m.end()), m.group(), value, DateMention.Precision.DAY));
        } while (m.find());
        out.sort(java.util.Comparator.comparingInt(d -> d.span().start()));
        return out;
    }

    /** The last day the text gave before {@code at} (a range's first day when counting back, its last when forward). */
    private static String lastDay(List<DateMention> before, List<DateMention> sentence, int at, boolean forward) {
        String best = null;
        for (DateMention d : before) best = dayOf(d, forward, best);
        for (DateMention d : sentence) if (d.span().start() < at) best = dayOf(d, forward, best);
        return best;
    }

    private static String dayOf(DateMention d, boolean forward, String otherwise) {
        String[] ends = d.value().split("/");
        String day = forward ? ends[ends.length - 1] : ends[0];
        return day.length() == 10 && Chars.isDigit(day.charAt(0)) ? day : otherwise;
    }

    private static List<DateMention> years(String text, Span sentence, List<DateMention> found, List<DateMention> before) {
        if (!mentions(text, sentence, "năm sau") && !mentions(text, sentence, "năm trước")) return found;   // most sentences
        Matcher m = RELATIVE.matcher(text).region(sentence.start(), sentence.end());
        if (!m.find()) return found;
        List<DateMention> out = new ArrayList<>(found);
        do {
            Integer last = lastYear(before, found, m.start());
            if (last == null) continue;
            String n = m.group(1).toLowerCase(java.util.Locale.ROOT);
            int years = Chars.isDigit(n.charAt(0)) ? Integer.parseInt(n) : WORDS.get(n);
            int year = m.group(2).equalsIgnoreCase("sau") ? last + years : last - years;
            out.add(new DateMention(new Span(m.start(), m.end()), m.group(), String.valueOf(year), DateMention.Precision.YEAR));
        } while (m.find());
        out.sort(java.util.Comparator.comparingInt(d -> d.span().start()));
        return out;
    }

    /**
     * Whether {@code text[from, to)} holds "sau đó" or "trước đó" in any case, as every match of {@link #RELATIVE_DAYS}
     * does: "trong đó", "đó là" pass the test of " đó", and the pattern would be tried at every position.
     */
    private static boolean countsFromThat(String text, int from, int to) {
        for (int i = from; i + 2 <= to; i++) {
            char c = text.charAt(i);
            if (c != 'đ' && c != 'Đ' || !text.regionMatches(true, i, "đó", 0, 2)) continue;
            if (i - 4 >= from && text.regionMatches(true, i - 4, "sau ", 0, 4)
                    || i - 6 >= from && text.regionMatches(true, i - 6, "trước ", 0, 6)) return true;
        }
        return false;
    }

    private static boolean mentions(String text, Span sentence, String words) {
        return text.indexOf(words, sentence.start(), sentence.end()) >= 0;
    }

    private static Integer lastYear(List<DateMention> before, List<DateMention> sentence, int at) {
        DateMention best = null;
        for (DateMention d : sentence) if (d.span().start() < at) best = d;
        if (best == null && !before.isEmpty()) best = before.get(before.size() - 1);
        if (best == null) return null;
        String v = best.isRange() ? best.value().substring(best.value().indexOf('/') + 1) : best.value();
        return v.length() >= 4 && Chars.isDigit(v.charAt(0)) ? Integer.valueOf(v.substring(0, 4)) : null;
    }
}
