package org.caytre.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caytre.model.DateMention;
import org.caytre.model.DateMention.Precision;
import org.caytre.model.Span;

/**
 * Days, weeks, months and years named relative to the publication date ({@code deictic-dates.tsv}): "hôm kia",
 * "ngày mai", "trưa nay", "tuần trước", "tháng tới", "năm ngoái", "sang năm". Without a publication date, none: a
 * review's "năm nay" is its own year, which the reference year already gives, and nothing is invented. Not after a
 * count ("ba năm trước", "những năm tới") nor before "đó" ("năm sau đó" counts from the story, see RelativeYears), nor
 * before the date it stands for in brackets ("Ngày mai (12/11)").
 */
final class DeicticDates {
    private static final Pattern PHRASES = Pattern.compile("(?<![\\p{L}\\p{N}])(?:"
            + "(?<daypart>(?:" + DateWords.alternation("daypart") + ")(?: hôm)? )(?<rel>" + DateWords.deicticPhrases(true) + ")"
            + "|(?<phrase>" + DateWords.deicticPhrases(false) + ")"
            + ")(?![\\p{L}\\p{N}])(?!\\s*(?:19|20)\\d\\d)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern COUNT_BEFORE = Pattern.compile("(?:\\d|(?<![\\p{L}])(?:" + DateWords.alternation("count") + "))\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CONTINUED = Pattern.compile("^\\s(?:" + DateWords.alternation("continues") + ")(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern STORY_AFTER = Pattern.compile("^\\s+(?:" + DateWords.alternation("story") + ")(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "Ngày mai (12/11)", "rạng sáng nay (ngày 18/1)": the date in brackets states the day; it is read instead. */
    private static final Pattern STATED_AFTER = Pattern.compile("^\\s*\\((?:ngày |thứ \\p{L}+,? )?\\d", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern YEAR_AFTER = Pattern.compile("\\s+(" + DateWords.deicticYears() + ")(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DASHED = Pattern.compile("\\d{1,2}-\\d{1,2}");
    private static final Pattern WRITTEN_YEAR = Pattern.compile("(?:19|20)\\d\\d|/\\d\\d(?!\\d)");
    /** The last words of the phrases ("qua", "tới", "năm" …), lower case as they are written after the first word. */
    private static final Pattern LAST_WORD = Pattern.compile(DateWords.deicticLastLetters() + "(?<![\\p{L}])(?:" + DateWords.deicticLastWords() + ")(?![\\p{L}])");
    /** The longest phrase before its last word ("rạng sáng hôm "). */
    private static final int LONGEST = 24;

    private DeicticDates() {}

    static List<DateMention> find(CharSequence text, int start, int end, DateAnchor anchor) {
        if (anchor.publication() == null) return List.of();
        List<DateMention> out = new ArrayList<>();
        // the phrases end in a few words: find those, then read the phrase in a short window before each
        Matcher last = LAST_WORD.matcher(text).region(start, end);
        Matcher m = PHRASES.matcher(text);
        m.useTransparentBounds(true);
        int searched = start;
        while (last.find()) {
            m.region(Math.max(searched, last.start() - LONGEST), last.end());
            while (m.find()) {
                searched = m.end();
                DateMention d = mention(text, start, end, m, anchor);
                if (d != null) out.add(d);
            }
        }
        return out;
    }

    private static DateMention mention(CharSequence text, int start, int end, Matcher m, DateAnchor anchor) {
        String phrase = m.group("phrase") != null ? m.group("phrase") : m.group("rel");
        int from = m.group("phrase") != null ? m.start() : m.start("rel");
        if (m.group("phrase") != null && countedBefore(text, start, from)) return null;
        CharSequence after = text.subSequence(m.end(), Math.min(end, m.end() + 12));
        if (STORY_AFTER.matcher(after).find() || STATED_AFTER.matcher(after).find() || CONTINUED.matcher(after).find()) return null;
        DateWords.Deictic d = DateWords.deictic(phrase);
        String value = switch (d.unit()) {
            case "DAY" -> anchor.shiftedDays(d.offset());
            case "WEEK" -> anchor.shiftedWeeks(d.offset());
            case "MONTH" -> anchor.shiftedMonths(d.offset());
            default -> String.valueOf(anchor.shiftedYear(d.offset()));
        };
        return value == null ? null : new DateMention(new Span(m.start(), m.end()), m.group(), value, precision(value));
    }

    /**
     * A day or month written without its year and followed by a year named relative to the publication ("ngày 6/4
     * năm ngoái", "tháng 5 năm trước") is one date in that year.
     */
    static List<DateMention> withDeicticYears(CharSequence text, int end, List<DateMention> dates, DateAnchor anchor) {
        if (anchor.publication() == null || dates.isEmpty()) return dates;
        List<DateMention> out = new ArrayList<>(dates.size());
        boolean changed = false;
        for (int i = 0; i < dates.size(); i++) {
            DateMention d = dates.get(i), joined = joined(text, end, d, anchor);
            out.add(joined == null ? d : joined);
            if (joined == null) continue;
            changed = true;
            while (i + 1 < dates.size() && dates.get(i + 1).span().start() < joined.span().end()) i++;   // the year phrase itself
        }
        return changed ? out : dates;
    }

    private static DateMention joined(CharSequence text, int end, DateMention d, DateAnchor anchor) {
        if (d.precision() != Precision.DAY && d.precision() != Precision.MONTH || WRITTEN_YEAR.matcher(d.text()).find()
                || DASHED.matcher(d.text()).matches()) return null;                    // "từ 5-6 năm nay" counts years
        Matcher y = YEAR_AFTER.matcher(text).region(d.span().end(), end);
        if (!y.lookingAt()) return null;
        String value = inYear(d.value(), anchor.shiftedYear(DateWords.deictic(y.group(1)).offset()));
        if (value == null) return null;
        Span span = new Span(d.span().start(), y.end());
        return new DateMention(span, text.subSequence(span.start(), span.end()).toString(), value, d.precision());
    }

    /** Each end of an ISO date or range moved into {@code year}, or null when a day does not exist there (29/2). */
    private static String inYear(String iso, int year) {
        StringBuilder b = new StringBuilder();
        for (String part : iso.split("/")) {
            String moved = year + part.substring(4);
            try {
                if (moved.length() >= 10) java.time.LocalDate.parse(moved);
            } catch (java.time.DateTimeException e) {
                return null;
            }
            if (b.length() > 0) b.append('/');
            b.append(moved);
        }
        return b.toString();
    }

    private static boolean countedBefore(CharSequence text, int start, int at) {
        return COUNT_BEFORE.matcher(text.subSequence(Math.max(start, at - 8), at)).find();
    }

    static Precision precision(String iso) {
        String start = iso.indexOf('/') > 0 ? iso.substring(0, iso.indexOf('/')) : iso;
        return start.length() >= 10 ? Precision.DAY : start.length() == 7 ? Precision.MONTH : Precision.YEAR;
    }
}
