package org.caytre.extract;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caytre.internal.DataFiles;
import org.caytre.model.DateMention;
import org.caytre.model.Span;

/**
 * "Một ngày trước đó, Ngoại trưởng Mỹ đã điện đàm …": a sentence opened by days or weeks counted before or after "đó"
 * is dated from the last day the text gave before it, not from the publication.
 */
final class RelativeDays {
    private static final Pattern OPENER = ClausePhrases.get("relative-days");
    private static final Map<String, Integer> WORDS = new HashMap<>();
    static {
        for (String[] row : DataFiles.table("/annotate/number-words.tsv")) WORDS.put(row[0], Integer.parseInt(row[1]));
    }

    private RelativeDays() {}

    /** The day the sentence's opener counts to, or null when it opens with no such count or no day was given before it. */
    static String of(String text, List<DateMention> dates, Span sentence) {
        Matcher m = OPENER.matcher(text).region(sentence.start(), sentence.end());
        if (!m.lookingAt()) return null;
        String n = m.group(1).toLowerCase(java.util.Locale.ROOT);
        Integer count = n.chars().allMatch(Character::isDigit) ? Integer.valueOf(n) : WORDS.get(n);
        if (count == null) return null;
        int days = count * (m.group(2).equalsIgnoreCase("tuần") ? 7 : 1);
        boolean before = m.group(3).equalsIgnoreCase("trước");
        String anchor = null;
        for (DateMention d : dates) {
            if (d.span().end() > sentence.start()) break;
            String[] ends = d.value().split("/");
            String day = before ? ends[0] : ends[ends.length - 1];
            if (day.length() == 10) anchor = day;
        }
        if (anchor == null) return null;
        try {
            LocalDate a = LocalDate.parse(anchor);
            return (before ? a.minusDays(days) : a.plusDays(days)).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
