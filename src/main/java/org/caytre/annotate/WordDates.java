package org.caytre.annotate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caytre.model.DateMention;
import org.caytre.model.DateMention.Precision;
import org.caytre.model.Span;
import org.caytre.text.Chars;

/**
 * Dates written with "tháng" and words: "Ngày 15 tháng 5" (a day, also without its year), "mồng 5 tháng Giêng",
 * "rằm tháng Giêng", "mùng 3 Tết", "ngày đầu tiên/cuối cùng của tháng 3", "tháng Mười Hai năm 2019" (one date, a
 * month), "tháng ba".
 *
 * <p>Lunar dates: a month named Giêng or Chạp, a day "… Tết", or a date followed by "âm lịch"/"(AL)" is a date of the
 * Vietnamese lunar calendar, converted to its solar day ({@link LunarCalendar}) in the lunar year written with it, else
 * the one the anchor puts nearest the publication; a lunar month alone ("suốt tháng Giêng") becomes the range of its
 * solar days. A lunar date is never read as the solar date of the same numbers.
 */
final class WordDates {
    private static final String MONTH = "(?:\\d{1,2}|" + DateWords.monthNames() + ")", YEAR = "(?:19|20)\\d\\d";
    private static final String WRITTEN_YEAR = "(?:(?:/| năm | của năm )(?<%s>" + YEAR + "))?";
    private static final Pattern DATES = Pattern.compile(DateWords.startingWith(List.of("daypart", "weekday", "day", "full-moon"), "tháng")
            + "(?<![\\p{L}\\p{N}])(?:"
            + "(?<edge>ngày (?<which>đầu tiên|cuối cùng) (?:của )?tháng (?<em>" + MONTH + ")" + WRITTEN_YEAR.formatted("ey") + ")"
            + "|(?:(?<lead>" + DateWords.alternation("daypart") + "|" + DateWords.alternation("weekday") + "),? )?"
            + "(?:(?<dw>" + DateWords.alternation("day") + ") )?(?<dn>\\d{1,2}) tháng (?<dm>" + MONTH + ")" + WRITTEN_YEAR.formatted("dy")
            + "|(?<full>(?:" + DateWords.alternation("full-moon") + ") tháng (?<fm>" + MONTH + ")" + WRITTEN_YEAR.formatted("fy") + ")"
            + "|(?<tet>(?:" + DateWords.alternation("day") + ") (?<td>\\d{1,2}) (?:" + DateWords.alternation("new-year") + "))"
            + "|(?<word>tháng (?<wm>" + DateWords.monthNames() + ")" + WRITTEN_YEAR.formatted("wy") + ")"
            + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A year the recognizer does not read ("Tháng giêng năm 191"): no date rather than the anchor's year. */
    private static final Pattern OTHER_YEAR = Pattern.compile("^ (?:của )?năm \\d");
    private static final Pattern LUNAR_AFTER = Pattern.compile("^\\s*(?:" + DateWords.alternation("lunar") + ")(?![\\p{L}])");

    private WordDates() {}

    static List<DateMention> find(CharSequence text, int start, int end, DateAnchor anchor) {
        if (!mayContain(text, start, end)) return List.of();
        List<DateMention> out = new ArrayList<>();
        Matcher m = DATES.matcher(text).region(start, end);
        m.useTransparentBounds(true);
        while (m.find()) {
            try {
                DateMention d = mention(text, m, anchor);
                if (d != null) out.add(d);
            } catch (DateTimeException e) {
                // "ngày 31 tháng 2": not a date
            }
        }
        return out;
    }

    private static DateMention mention(CharSequence text, Matcher m, DateAnchor a) {
        if (OTHER_YEAR.matcher(text.subSequence(m.end(), Math.min(text.length(), m.end() + 7))).find()) return null;  // "năm 191"
        boolean marked = lunarMarked(text, m.end());
        int from = m.start();
        String value;
        if (m.group("edge") != null) {
            Month mo = month(m.group("em"), marked);
            if (mo == null) return null;
            boolean first = m.group("which").equalsIgnoreCase("đầu tiên");
            value = mo.lunar ? lunarEdge(year(m, "ey"), mo.number, first, a) : solarEdge(year(m, "ey"), mo.number, first, a);
        } else if (m.group("dn") != null) {
            if (m.group("lead") == null && m.group("dw") == null) return null;   // "trong 15 tháng 5 dự án": a count
            Month mo = month(m.group("dm"), marked);
            if (mo == null) return null;
            from = m.group("dw") != null ? m.start("dw") : m.start("dn");
            value = day(year(m, "dy"), mo, Integer.parseInt(m.group("dn")), a);
        } else if (m.group("full") != null) {
            Month mo = month(m.group("fm"), true);                               // the full moon is a lunar day
            value = mo == null ? null : day(year(m, "fy"), mo, 15, a);
        } else if (m.group("tet") != null) {                                    // "mùng 3 Tết"; "23 Tết" is before it
            int day = Integer.parseInt(m.group("td"));
            value = lunarDay(null, day >= 15 ? 12 : 1, day, a);
        } else {
            Month mo = month(m.group("wm"), marked);
            if (mo == null) return null;
            Integer y = year(m, "wy");
            value = mo.lunar ? lunarMonth(y, mo.number, a) : solarMonth(y, mo.number, a);
        }
        if (value == null) return null;
        return new DateMention(new Span(from, m.end()), text.subSequence(from, m.end()).toString(), value, DeicticDates.precision(value));
    }

    /** A month by number or name; lunar when named so or when the text says "âm lịch". */
    private record Month(int number, boolean lunar) {}

    private static Month month(String written, boolean marked) {
        if (Chars.isDigit(written.charAt(0))) {
            int n = Integer.parseInt(written);
            return n >= 1 && n <= 12 ? new Month(n, marked) : null;
        }
        DateWords.Month w = DateWords.month(written);
        return w == null ? null : new Month(w.number(), w.lunar() || marked);
    }

    private static String day(Integer y, Month mo, int day, DateAnchor a) {
        if (mo.lunar) return lunarDay(y, mo.number, day, a);
        Integer year = y != null ? y : a.yearOf(mo.number, day);
        return year == null ? null : LocalDate.of(year, mo.number, day).toString();
    }

    /** A lunar day in the lunar year written, else the one nearest the publication; null when no year is known. */
    static String lunarDay(Integer written, int month, int day, DateAnchor a) {
        Integer y = written != null ? written : a.yearNear(year -> LunarCalendar.solar(year, month, day));
        LocalDate d = y == null ? null : LunarCalendar.solar(y, month, day);
        return d == null ? null : d.toString();
    }

    private static String lunarMonth(Integer written, int month, DateAnchor a) {
        Integer y = written != null ? written : a.yearNear(year -> LunarCalendar.solar(year, month, 1));
        return y == null ? null : LunarCalendar.solar(y, month, 1) + "/" + LunarCalendar.solar(y, month, LunarCalendar.length(y, month));
    }

    private static String lunarEdge(Integer written, int month, boolean first, DateAnchor a) {
        Integer y = written != null ? written : a.yearNear(year -> LunarCalendar.solar(year, month, 1));
        return y == null ? null : LunarCalendar.solar(y, month, first ? 1 : LunarCalendar.length(y, month)).toString();
    }

    private static String solarMonth(Integer written, int month, DateAnchor a) {
        Integer y = written != null ? written : a.yearOfMonth(month);
        return y == null ? null : YearMonth.of(y, month).toString();
    }

    private static String solarEdge(Integer written, int month, boolean first, DateAnchor a) {
        Integer y = written != null ? written : a.yearOfMonth(month);
        if (y == null) return null;
        YearMonth ym = YearMonth.of(y, month);
        return (first ? ym.atDay(1) : ym.atEndOfMonth()).toString();
    }

    private static Integer year(Matcher m, String group) {
        return m.group(group) == null ? null : Integer.valueOf(m.group(group));
    }

    /** Whether "âm lịch", "(AL)" … follows {@code at}. */
    static boolean lunarMarked(CharSequence text, int at) {
        return LUNAR_AFTER.matcher(text.subSequence(at, Math.min(text.length(), at + 12))).find();
    }

    private static boolean mayContain(CharSequence t, int start, int end) {
        for (int i = start; i + 3 < end; i++) {
            char c = t.charAt(i);
            if ((c == 'h' || c == 'H') && i > start && (t.charAt(i - 1) == 't' || t.charAt(i - 1) == 'T') && t.charAt(i + 1) == 'á') return true;  // tháng
            if (c == 'T' && t.charAt(i + 1) == 'ế' && t.charAt(i + 2) == 't') return true;                                                  // Tết
        }
        return false;
    }
}
