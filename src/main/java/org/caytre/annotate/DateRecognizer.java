package org.caytre.annotate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caytre.model.DateMention;
import org.caytre.model.DateMention.Precision;
import org.caytre.model.Span;

/**
 * Dates and periods in Vietnamese text, normalised to ISO at their precision: {@code 29/9/2020} → 2020-09-29,
 * {@code tháng 12/2020} → 2020-12, {@code tháng 4} → 2020-04 in the reference year, {@code quý I/2021} → 2021-Q1, {@code 6 tháng đầu năm 2021} → 2021-H1,
 * {@code 29-30/10/2020} → 2020-10-29/2020-10-30, {@code 2023-2025} → 2023/2025.
 *
 * <p>Year of a bare day/month such as "(08/5)": (1) a year written right after it ("21/4 năm 2019"); else (2) the year
 * of a sentence that opens with "Năm 2019," / "Trong năm 2019"; else (3) the document's reference year.
 */
public final class DateRecognizer {
    private static final String D = "(\\d{1,2})", M = "(\\d{1,2})", Y = "((?:19|20)\\d\\d)";
    private static final String NOT_BEFORE = "(?<![\\p{L}\\p{N}/.,-])", NOT_AFTER = "(?![\\p{L}\\p{N}]|/\\d|-\\p{L}|[.,]\\d)";
    // the leading look-ahead lets the matcher skip most positions at once
    private static final Pattern DATES = Pattern.compile("(?=[\\d(nNtTqQ])" + NOT_BEFORE + "(?:"
            + "(?<r1>" + D + "\\s?[-–]\\s?" + D + "/" + M + "/" + Y + ")"                 // 29-30/10/2020
            + "|(?<r2>" + D + "/" + M + "\\s?[-–]\\s?" + D + "/" + M + "/" + Y + ")"      // 30/10-01/11/2022
            + "|(?<full>" + D + "[/.-]" + M + "[/.-]" + Y + ")"                           // 29/9/2020, 15-11-2024
            + "|(?<iso>" + Y + "-(\\d{2})-(\\d{2}))"                                        // 2024-11-15
            + "|(?<words>ngày " + D + " tháng " + M + " năm " + Y + ")"
            + "|(?<quarter>[Qq]uý (I{1,3}|IV)(?:(?:/| năm )" + Y + ")?)"
            + "|(?<half>(\\d{1,2}) tháng (đầu|cuối) năm(?: " + Y + ")?)"
            + "|(?<monthYear>(?:[Tt]háng )?" + M + "(?:/| năm )" + Y + ")"                   // tháng 12/2020, (01/2023)
            + "|(?<monthYearDash>\\(" + M + "-" + Y + "\\))"                                  // (4-2025)
            + "|(?<years>" + Y + "\\s?[-–]\\s?" + Y + ")"                                    // 2023-2025
            + "|(?<dayRange>" + D + "\\s?[-–]\\s?" + D + "/" + M + "(?: năm " + Y + ")?)"     // 12-13/12
            + "|(?<dayMonth>" + D + "/" + M + "(?: năm " + Y + ")?)"                          // (08/5), 21/4 năm 2019
            + "|(?<year>(?:[Nn]ăm |\\()" + Y + "(?=\\)|(?![\\p{N}])))"                         // năm 2020, (2022)
            + "|(?<monthOnly>[Tt]háng (\\d{1,2}))"                                          // trong tháng 4
            + "|(?<fromTo>[Tt]ừ ngày " + D + "(?:/" + M + ")? đến (?:ngày )?" + D + "/" + M + "/" + Y + ")"   // từ ngày 14 đến 16/8/2023
            + ")" + NOT_AFTER);
    // "(08/5), (12/6) năm 2021": the year written after a list of bare dates belongs to all of them
    private static final Pattern TRAILING_YEAR = Pattern.compile(
            "\\)?(?:\\s*[,;]?\\s*(?:và\\s*)?\\(?\\d{1,2}/\\d{1,2}\\)?)*\\)?\\s*năm ((?:19|20)\\d\\d)(?!\\d)");
    private static final Pattern OPENING_YEAR = Pattern.compile("^(?:[Tt]rong )?[Nn]ăm ((?:19|20)\\d\\d)");

    public List<DateMention> find(CharSequence text, int start, int end, int referenceYear) {
        List<DateMention> out = new ArrayList<>();
        if (!hasDigit(text, start, end)) return out;
        Matcher opening = OPENING_YEAR.matcher(text).region(start, end);
        int localYear = opening.lookingAt() ? Integer.parseInt(opening.group(1)) : referenceYear;
        Matcher m = DATES.matcher(text).region(start, end);
        m.useTransparentBounds(true);
        while (m.find()) {
            DateMention d = toMention(text, m, localYear);
            if (d != null) out.add(d);
        }
        return out;
    }

    private static DateMention toMention(CharSequence text, Matcher m, int localYear) {
        try {
            String value;
            Precision p;
            if (m.group("r1") != null) {
                int y = num(m, 5), mo = num(m, 4);
                value = day(y, mo, num(m, 2)) + "/" + day(y, mo, num(m, 3));
                p = Precision.DAY;
            } else if (m.group("r2") != null) {
                int y = num(m, 11);
                value = day(y, num(m, 8), num(m, 7)) + "/" + day(y, num(m, 10), num(m, 9));
                p = Precision.DAY;
            } else if (m.group("full") != null) {
                value = day(num(m, 15), num(m, 14), num(m, 13));
                p = Precision.DAY;
            } else if (m.group("iso") != null) {
                value = day(num(m, 17), num(m, 18), num(m, 19));
                p = Precision.DAY;
            } else if (m.group("words") != null) {
                value = day(num(m, 23), num(m, 22), num(m, 21));
                p = Precision.DAY;
            } else if (m.group("quarter") != null) {
                int q = switch (m.group(25)) { case "I" -> 1; case "II" -> 2; case "III" -> 3; default -> 4; };
                value = (m.group(26) != null ? m.group(26) : String.valueOf(localYear)) + "-Q" + q;
                p = Precision.QUARTER;
            } else if (m.group("half") != null) {
                int months = num(m, 28);
                String y = m.group(30) != null ? m.group(30) : String.valueOf(localYear);
                boolean first = m.group(29).equals("đầu");
                if (months == 6) { value = y + (first ? "-H1" : "-H2"); p = Precision.HALF; }
                else if (months >= 1 && months <= 12) {
                    value = first ? y + "-01/" + y + String.format("-%02d", months) : y + String.format("-%02d", 13 - months) + "/" + y + "-12";
                    p = Precision.MONTH;
                } else return null;
            } else if (m.group("monthYear") != null) {
                if (m.group().contains(" năm ") && !m.group().toLowerCase().startsWith("tháng")) return null;   // "3 năm 2021"
                int mo = num(m, 32);
                if (mo < 1 || mo > 12) return null;
                value = m.group(33) + String.format("-%02d", mo);
                p = Precision.MONTH;
            } else if (m.group("monthYearDash") != null) {
                int mo = num(m, 35);
                if (mo < 1 || mo > 12) return null;
                value = m.group(36) + String.format("-%02d", mo);
                p = Precision.MONTH;
            } else if (m.group("years") != null) {
                int a = num(m, 38), b = num(m, 39);
                if (b <= a) return null;
                value = a + "/" + b;
                p = Precision.YEAR;
            } else if (m.group("dayRange") != null) {
                int y = m.group(44) != null ? num(m, 44) : trailingYear(text, m.end(), localYear), mo = num(m, 43);
                value = day(y, mo, num(m, 41)) + "/" + day(y, mo, num(m, 42));
                p = Precision.DAY;
            } else if (m.group("dayMonth") != null) {
                if (m.group(48) == null && num(m, 46) < num(m, 47) && !datePrefix(text, m.start())) return null;   // "1/3" is a fraction
                int y = m.group(48) != null ? num(m, 48) : trailingYear(text, m.end(), localYear);
                value = day(y, num(m, 47), num(m, 46));
                p = Precision.DAY;
            } else if (m.group("fromTo") != null) {
                int y = num(m, 58), toMonth = num(m, 57);
                int fromMonth = m.group(55) != null ? num(m, 55) : toMonth;
                value = day(y, fromMonth, num(m, 54)) + "/" + day(y, toMonth, num(m, 56));
                p = Precision.DAY;
            } else if (m.group("year") != null) {
                value = m.group(50);
                p = Precision.YEAR;
            } else {
                int mo = num(m, 52);
                if (mo < 1 || mo > 12) return null;
                value = localYear + String.format("-%02d", mo);
                p = Precision.MONTH;
            }
            return new DateMention(new Span(m.start(), m.end()), m.group(), value, p);
        } catch (DateTimeException e) {
            return null;                                    // 32/13 and the like: not a date
        }
    }

    private static boolean hasDigit(CharSequence t, int start, int end) {
        for (int i = start; i < end; i++) if (Character.isDigit(t.charAt(i))) return true;
        return false;
    }

    private static int trailingYear(CharSequence text, int from, int otherwise) {
        Matcher t = TRAILING_YEAR.matcher(text).region(from, Math.min(text.length(), from + 80));
        return t.lookingAt() ? Integer.parseInt(t.group(1)) : otherwise;
    }

    private static boolean datePrefix(CharSequence t, int start) {
        String before = t.subSequence(Math.max(0, start - 6), start).toString();
        return before.endsWith("(") || before.endsWith("ngày ") || before.endsWith("từ ") || before.endsWith("đến ")
                || before.endsWith(", ") || before.endsWith("và ");
    }

    private static int num(Matcher m, int group) { return Integer.parseInt(m.group(group)); }

    private static String day(int y, int m, int d) { return LocalDate.of(y, m, d).toString(); }
}
