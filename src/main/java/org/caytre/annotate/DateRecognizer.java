package org.caytre.annotate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caytre.model.DateMention;
import org.caytre.model.DateMention.Precision;
import org.caytre.model.Span;
import org.caytre.text.Chars;

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
    // the leading look-ahead lets the matcher skip most positions at once: every reading starts with a digit, "(", or one of
    // these words (most syllables start with n, t or q, and would otherwise try every reading)
    // a day-month written with a dash ("chiều 5-3", "ngày 17-5") is a date only after a word that announces one
    private static final String DAY_WORD = "(?<=(?iu:" + DateWords.alternation("announces") + "|" + DateWords.alternation("daypart") + "|"
            + DateWords.alternation("weekday") + "|" + DateWords.alternation("dash-only") + "|\\()\\s?)";
    private static final Pattern DATES = Pattern.compile("(?=[\\d(]|ngày |[Nn]ăm |[Tt]háng |[Tt]ừ |[Qq]uý )" + NOT_BEFORE + "(?:"
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
            + "|(?<monthDash>[Tt]háng (?<mdm>\\d{1,2})[-.](?<mdy>(?:19|20)\\d\\d))"                 // tháng 9-2016, tháng 1.2024
            + "|(?<dashDay>(?=\\d{1,2}-\\d)" + DAY_WORD + "(?<dd>\\d{1,2})-(?<dm>\\d{1,2}))"                   // chiều 5-3, ngày 17-5
            + "|(?<shortYear>(?<!số )(?<yd>\\d{1,2})/(?<ym>\\d{1,2})/(?<yy>\\d\\d))"              // 15/6/98: DateAnchor.fullYear
            + ")" + NOT_AFTER);
    // "(08/5), (12/6) năm 2021": the year written after a list of bare dates belongs to all of them
    private static final Pattern TRAILING_YEAR = Pattern.compile(
            "\\)?(?:\\s*[,;]?\\s*(?:và\\s*)?\\(?\\d{1,2}/\\d{1,2}\\)?)*\\)?\\s*năm ((?:19|20)\\d\\d)(?!\\d)");
    private static final Pattern DATE_PREFIX = Pattern.compile("(?:\\(|, |(?<![\\p{L}])(?:" + DateWords.alternation("announces") + "|"
            + DateWords.alternation("daypart") + "|" + DateWords.alternation("weekday") + "),? )$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NAME_BEFORE = Pattern.compile("(?<![\\p{L}])(?:" + DateWords.alternation("name") + ")\\s$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CAPITALISED_BEFORE = Pattern.compile("\\S\\s+\\p{Lu}\\p{L}*\\s$");
    private static final Pattern OPENING_YEAR = Pattern.compile("^(?:[Tt]rong )?[Nn]ăm ((?:19|20)\\d\\d)");

    public List<DateMention> find(CharSequence text, int start, int end, int referenceYear) {
        return find(text, start, end, DateAnchor.year(referenceYear));
    }

    public List<DateMention> find(CharSequence text, int start, int end, DateAnchor anchor) {
        List<DateMention> out = new ArrayList<>();
        if (hasDigit(text, start, end)) {
            Matcher opening = OPENING_YEAR.matcher(text).region(start, end);
            DateAnchor local = opening.lookingAt() ? DateAnchor.year(Integer.parseInt(opening.group(1))) : anchor;
            // what find() would do, but the pattern is tried only where a reading can start: the regex engine costs
            // tens of nanoseconds at every position it tries, and most positions are letters
            Matcher m = datesMatcher(text);
            for (int i = start; i < end; ) {
                if (mayStartDate(text, i) && !afterWordChar(text, i) && m.region(i, end).lookingAt()) {
                    DateMention d = toMention(text, m, local);
                    if (d != null) out.add(d);
                    i = Math.max(m.end(), i + 1);
                } else {
                    i++;
                }
            }
        }
        if (anchor.knowsYear()) out.addAll(WordDates.find(text, start, end, anchor));
        out.addAll(DeicticDates.find(text, start, end, anchor));
        out.removeIf(d -> namePart(text, start, d));
        return DeicticDates.withDeicticYears(text, end, longestFirst(out), anchor);
    }

    /**
     * "Cách mạng Tháng Tám", "đường Cách Mạng Tháng 8" (date-cues.tsv, kind name), "đường Ba Tháng Hai" (a capitalised
     * "Tháng" after a capitalised word inside the sentence): a month in a name, no date.
     */
    private static boolean namePart(CharSequence text, int start, DateMention d) {
        if (!d.text().regionMatches(true, 0, "tháng", 0, 5)) return false;
        return NAME_BEFORE.matcher(text.subSequence(Math.max(start, d.span().start() - 12), d.span().start())).find()
                || d.text().startsWith("Tháng") && CAPITALISED_BEFORE.matcher(text.subSequence(start, d.span().start())).find();
    }

    /** Where two readings overlap ("tháng 5" inside "Ngày 15 tháng 5"), the longer one; in text order. */
    private static List<DateMention> longestFirst(List<DateMention> found) {
        if (found.size() < 2) return found;
        List<DateMention> byLength = new ArrayList<>(found);
        byLength.sort(Comparator.comparingInt((DateMention d) -> d.span().start() - d.span().end()).thenComparingInt(d -> d.span().start()));
        List<DateMention> kept = new ArrayList<>();
        for (DateMention d : byLength) if (kept.stream().noneMatch(k -> k.span().overlaps(d.span()))) kept.add(d);
        kept.sort(Comparator.comparingInt(d -> d.span().start()));
        return kept;
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

    private static DateMention toMention(CharSequence text, Matcher m, DateAnchor anchor) {
        try {
            if (m.group("monthDash") != null) {
                int mo = Integer.parseInt(m.group("mdm"));
                if (mo < 1 || mo > 12) return null;
                return new DateMention(new Span(m.start(), m.end()), m.group(), m.group("mdy") + String.format("-%02d", mo), Precision.MONTH);
            }
            if (m.group("span") != null || m.group("andDays") != null || m.group("dashDay") != null)
                return anchored(m, anchor);
            if (m.group("shortYear") != null) {
                Integer y = anchor.fullYear(Integer.parseInt(m.group("yy")));
                if (y == null) return null;
                return dayMention(text, m, y, Integer.parseInt(m.group("ym")), Integer.parseInt(m.group("yd")), anchor);
            }
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
                return dayMention(text, m, num(m, 15), num(m, 14), num(m, 13), null);
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
                Integer written = m.group(48) != null ? Integer.valueOf(num(m, 48)) : trailingYear(text, m.end(), null);
                return dayMention(text, m, written, num(m, 47), num(m, 46), anchor);
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

    /**
     * A day written in digits; followed by "âm lịch" it is a lunar day, converted ({@code year} null: read against
     * the anchor).
     */
    private static DateMention dayMention(CharSequence text, Matcher m, Integer year, int month, int day, DateAnchor anchor) {
        Integer solarYear = year != null ? year : anchor.yearOf(month, day);
        String value = WordDates.lunarMarked(text, m.end()) ? WordDates.lunarDay(year, month, day, anchor)
                : solarYear == null ? null : day(solarYear, month, day);
        return value == null ? null : new DateMention(new Span(m.start(), m.end()), m.group(), value, Precision.DAY);
    }

    /** One matcher of {@link #DATES} per thread, reset for each sentence: the pattern has some 60 groups to allocate. */
    private static final ThreadLocal<Matcher> DATES_MATCHER = new ThreadLocal<>();

    private static Matcher datesMatcher(CharSequence text) {
        Matcher m = DATES_MATCHER.get();
        if (m == null) DATES_MATCHER.set(m = DATES.matcher(text));
        else m.reset(text);
        return m.useTransparentBounds(true).useAnchoringBounds(true);
    }

    /**
     * Whether {@link #NOT_BEFORE} fails at {@code i} for certain: a letter, a number, '/', '.', ',' or '-' right before
     * (a digit inside a number starts no date). A surrogate is left to the regex, which reads code points.
     */
    private static boolean afterWordChar(CharSequence t, int i) {
        if (i == 0) return false;
        char c = t.charAt(i - 1);
        if (c == '/' || c == '.' || c == ',' || c == '-') return true;
        if (Character.isSurrogate(c)) return false;
        return Chars.isLetter(c) || switch (Character.getType(c)) {
            case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** Whether the look-ahead that opens {@link #DATES} can hold at {@code i}. */
    private static boolean mayStartDate(CharSequence t, int i) {
        char c = t.charAt(i);
        return switch (c) {
            case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '(' -> true;
            // every reading that opens with a word has a digit after it ("năm 2020", "tháng 4", "ngày 5"), but "từ ngày …"
            // and "quý I…": most "năm", "tháng", "từ" in running text ("năm nay", "từ khi") open none
            case 'n' -> startsWith(t, i + 1, "gày ") && digitAt(t, i + 5) || startsWith(t, i + 1, "ăm ") && digitAt(t, i + 4);
            case 'N' -> startsWith(t, i + 1, "ăm ") && digitAt(t, i + 4);
            case 't', 'T' -> startsWith(t, i + 1, "háng ") && digitAt(t, i + 6)
                    || startsWith(t, i + 1, "ừ ") && (digitAt(t, i + 3) || i + 3 < t.length() && t.charAt(i + 3) == 'n');
            case 'q', 'Q' -> startsWith(t, i + 1, "uý ") && i + 4 < t.length() && t.charAt(i + 4) == 'I';
            default -> false;
        };
    }

    /** An ASCII digit at {@code i}: what {@code \d} of {@link #DATES} matches. */
    private static boolean digitAt(CharSequence t, int i) {
        return i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9';
    }

    private static boolean startsWith(CharSequence t, int i, String w) {
        if (i + w.length() > t.length()) return false;
        for (int k = 0; k < w.length(); k++) if (t.charAt(i + k) != w.charAt(k)) return false;
        return true;
    }

    private static boolean hasDigit(CharSequence t, int start, int end) {
        for (int i = start; i < end; i++) if (Chars.isDigit(t.charAt(i))) return true;
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

    /** Whether "(", ", " or a word announcing a date (date-cues.tsv: "ngày", "rạng sáng", "chủ nhật" …) precedes. */
    private static boolean datePrefix(CharSequence t, int start) {
        return DATE_PREFIX.matcher(t.subSequence(Math.max(0, start - 12), start)).find();
    }

    private static int num(Matcher m, int group) { return Integer.parseInt(m.group(group)); }

    private static String day(int y, int m, int d) { return LocalDate.of(y, m, d).toString(); }
}
