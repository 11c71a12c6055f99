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
    // a day-month written with a dash ("chiều 5-3", "ngày 17-5") is a date only after a word that announces one
    private static final String DAY_WORD = "(?<=(?:[Nn]gày|[Ss]áng|[Tt]rưa|[Cc]hiều|[Tt]ối|[Đđ]êm|[Hh]ôm|[Hh]ồi|nay|qua|[Tt]ừ|đến|tới|và|\\()\\s?)";
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
            // (08/5), 21/4 năm 2019; not a count broken by spaces ("số phiếu là 19 2/1 93")
            + "|(?<dayMonth>(?<!\\d\\s)" + D + "/" + M + "(?: năm " + Y + ")?(?!\\s\\d{2}))"
            + "|(?<year>(?:[Nn]ăm |\\()" + Y + "(?=\\)|(?![\\p{N}])))"                         // năm 2020, (2022)
            + "|(?<monthOnly>[Tt]háng (\\d{1,2})(?!-\\d))"                                          // trong tháng 4
            + "|(?<fromTo>[Tt]ừ ngày " + D + "(?:/" + M + ")? đến (?:ngày )?" + D + "/" + M + "/" + Y + ")"   // từ ngày 14 đến 16/8/2023
            // từ ngày 2 đến 4-3, từ 20 tới 21/12, từ ngày 29/5 đến 31/5, 14 đến 16-4
            + "|(?<span>(?:[Tt]ừ (?:ngày )?)?(?<sd>\\d{1,2})(?:[-/](?<sm>\\d{1,2}))? (?:đến|tới) (?:ngày )?(?<ed>\\d{1,2})[-/](?<em>\\d{1,2})(?:[-/](?<ey>(?:19|20)\\d\\d))?)"
            + "|(?<andDays>ngày (?<ad1>\\d{1,2}) và (?<ad2>\\d{1,2})[-/](?<am>\\d{1,2})(?:[-/](?<ay>(?:19|20)\\d\\d))?)"   // hai ngày 16 và 17/1
            + "|(?<monthDash>[Tt]háng (?<mdm>\\d{1,2})-(?<mdy>(?:19|20)\\d\\d))"                 // tháng 9-2016
            + "|(?<dashDay>" + DAY_WORD + "(?<dd>\\d{1,2})-(?<dm>\\d{1,2}))"                   // chiều 5-3, ngày 17-5
            + ")" + NOT_AFTER);
    // dates in words, read against the publication date; a separate expression so that sentences without its cue
    // words ("nay", "qua", "ngoái", "tháng …", "hôm kia") cost nothing
    private static final Pattern RELATIVE = Pattern.compile("(?<![\\p{L}])(?:"
            + "(?<relDay>(?:[Hh]ôm|[Ss]áng|[Tt]rưa|[Cc]hiều|[Tt]ối|[Đđ]êm) (?<rd>nay|qua)|[Hh]ôm kia)"
            + "|(?<relYear>[Nn]ăm (?<ry>nay|ngoái))"
            + "|(?<relMonth>[Tt]háng (?<rm>này|trước))"
            + "|(?<monthWord>[Tt]háng (?<mw>mười một|mười hai|mười|một|hai|ba|tư|sáu|bảy|tám|chín|giêng|chạp))"
            + ")(?![\\p{L}\\p{N}])");
    private static final List<String> RELATIVE_CUES = List.of(" nay", " qua", "ngoái", "háng ", "hôm kia");
    private static final List<String> MONTH_WORDS = List.of("giêng", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín",
            "mười", "mười một", "chạp");
    // "(08/5), (12/6) năm 2021": the year written after a list of bare dates belongs to all of them
    private static final Pattern TRAILING_YEAR = Pattern.compile(
            "\\)?(?:\\s*[,;]?\\s*(?:và\\s*)?\\(?\\d{1,2}/\\d{1,2}\\)?)*\\)?\\s*năm ((?:19|20)\\d\\d)(?!\\d)");
    private static final Pattern OPENING_YEAR = Pattern.compile("^(?:[Tt]rong )?[Nn]ăm ((?:19|20)\\d\\d)");

    public List<DateMention> find(CharSequence text, int start, int end, int referenceYear) {
        return find(text, start, end, DateAnchor.year(referenceYear));
    }

    public List<DateMention> find(CharSequence text, int start, int end, DateAnchor anchor) {
        List<DateMention> out = new ArrayList<>();
        boolean digits = hasDigit(text, start, end), words = anchor.knowsYear() && mayBeRelative(text, start, end);
        if (!digits && !words) return out;
        Matcher opening = OPENING_YEAR.matcher(text).region(start, end);
        DateAnchor local = opening.lookingAt() ? DateAnchor.year(Integer.parseInt(opening.group(1))) : anchor;
        if (digits) {
            Matcher m = DATES.matcher(text).region(start, end);
            m.useTransparentBounds(true);
            while (m.find()) {
                DateMention d = toMention(text, m, local);
                if (d != null) out.add(d);
            }
        }
        if (words) {
            Matcher m = RELATIVE.matcher(text).region(start, end);
            m.useTransparentBounds(true);
            int before = out.size();
            while (m.find()) {
                DateMention d = relative(m, anchor);
                if (d != null && out.subList(0, before).stream().noneMatch(o -> o.span().overlaps(d.span()))) out.add(d);
            }
            if (out.size() > before) out.sort(java.util.Comparator.comparingInt(d -> d.span().start()));
        }
        return out;
    }

    /** Dates written without a year: read against the anchor; null when it knows no year (never invented). */
    private static DateMention anchored(Matcher m, DateAnchor a) {
        String value;
        Precision p = Precision.DAY;
        if (m.group("span") != null) {
            int em = Integer.parseInt(m.group("em")), ed = Integer.parseInt(m.group("ed")), sd = Integer.parseInt(m.group("sd"));
            int sm = m.group("sm") != null ? Integer.parseInt(m.group("sm")) : em;
            Integer y = m.group("ey") != null ? Integer.valueOf(m.group("ey")) : a.yearOf(em, ed);
            if (y == null) return null;
            value = day(y, sm, sd) + "/" + day(y, em, ed);
        } else if (m.group("andDays") != null) {
            int mo = Integer.parseInt(m.group("am")), d2 = Integer.parseInt(m.group("ad2"));
            Integer y = m.group("ay") != null ? Integer.valueOf(m.group("ay")) : a.yearOf(mo, d2);
            if (y == null) return null;
            value = day(y, mo, Integer.parseInt(m.group("ad1"))) + "/" + day(y, mo, d2);
        } else if (m.group("dashDay") != null) {
            int mo = Integer.parseInt(m.group("dm")), d = Integer.parseInt(m.group("dd"));
            Integer y = a.yearOf(mo, d);
            if (y == null) return null;
            value = day(y, mo, d);
        } else {
            return null;
        }
        return new DateMention(new Span(m.start(), m.end()), m.group(), value, p);
    }

    /** Dates in words: "hôm qua", "năm ngoái", "tháng này", "tháng ba" — relative to the publication date. */
    private static DateMention relative(Matcher m, DateAnchor a) {
        String value;
        Precision p;
        if (m.group("relDay") != null) {
            String rd = m.group("rd");
            value = a.shiftedDays(rd == null ? -2 : rd.equals("nay") ? 0 : -1);
            if (value == null) return null;
            p = precision(value);
        } else if (m.group("relYear") != null) {
            Integer y = a.shiftedYear(m.group("ry").equals("nay") ? 0 : -1);
            if (y == null || a.publication() == null) return null;       // "năm nay" of a review: its own year, not news
            value = y.toString();
            p = Precision.YEAR;
        } else if (m.group("relMonth") != null) {
            value = a.shiftedMonths(m.group("rm").equals("này") ? 0 : -1);
            if (value == null) return null;
            p = Precision.MONTH;
        } else {
            int mo = m.group("mw").equals("một") ? 1 : MONTH_WORDS.indexOf(m.group("mw")) + 1;
            Integer y = a.yearOfMonth(mo);
            if (y == null) return null;
            value = y + String.format("-%02d", mo);
            p = Precision.MONTH;
        }
        return new DateMention(new Span(m.start(), m.end()), m.group(), value, p);
    }

    private static Precision precision(String iso) {
        return iso.length() >= 10 ? Precision.DAY : iso.length() == 7 ? Precision.MONTH : Precision.YEAR;
    }

    private static boolean mayBeRelative(CharSequence t, int start, int end) {
        String s = t.subSequence(start, end).toString();
        for (String cue : RELATIVE_CUES) if (s.contains(cue)) return true;
        return false;
    }

    private static DateMention toMention(CharSequence text, Matcher m, DateAnchor anchor) {
        try {
            if (m.group("monthDash") != null) {
                int mo = Integer.parseInt(m.group("mdm"));
                if (mo < 1 || mo > 12) return null;
                return new DateMention(new Span(m.start(), m.end()), m.group(), m.group("mdy") + String.format("-%02d", mo), Precision.MONTH);
            }
            if (m.group("span") != null || m.group("andDays") != null || m.group("dashDay") != null)
                return anchored(m, anchor);
            Integer ly = anchor.referenceYear() != null ? anchor.referenceYear() : anchor.shiftedYear(0);
            if (ly == null && needsYear(m)) return null;
            int localYear = ly == null ? 0 : ly;
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
                int mo = num(m, 43);
                Integer bare = m.group(44) != null ? Integer.valueOf(num(m, 44)) : trailingYear(text, m.end(), anchor.yearOf(mo, num(m, 42)));
                if (bare == null) return null;
                int y = bare;
                value = day(y, mo, num(m, 41)) + "/" + day(y, mo, num(m, 42));
                p = Precision.DAY;
            } else if (m.group("dayMonth") != null) {
                if (m.group(48) == null && num(m, 46) < num(m, 47) && !datePrefix(text, m.start())) return null;   // "1/3" is a fraction
                Integer bare = m.group(48) != null ? Integer.valueOf(num(m, 48)) : trailingYear(text, m.end(), anchor.yearOf(num(m, 47), num(m, 46)));
                if (bare == null) return null;
                int y = bare;
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
                Integer y = anchor.yearOfMonth(mo);
                if (y == null) return null;
                value = y + String.format("-%02d", mo);
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

    /** Quarters and halves without their year need one from the anchor. */
    private static boolean needsYear(Matcher m) {
        return (m.group("quarter") != null && m.group(26) == null) || (m.group("half") != null && m.group(30) == null);
    }

    private static Integer trailingYear(CharSequence text, int from, Integer otherwise) {
        Matcher t = TRAILING_YEAR.matcher(text).region(from, Math.min(text.length(), from + 80));
        return t.lookingAt() ? Integer.valueOf(t.group(1)) : otherwise;
    }

    private static boolean datePrefix(CharSequence t, int start) {
        String before = t.subSequence(Math.max(0, start - 6), start).toString();
        return before.endsWith("(") || before.endsWith("ngày ") || before.endsWith("từ ") || before.endsWith("đến ")
                || before.endsWith(", ") || before.endsWith("và ");
    }

    private static int num(Matcher m, int group) { return Integer.parseInt(m.group(group)); }

    private static String day(int y, int m, int d) { return LocalDate.of(y, m, d).toString(); }
}
