package org.caytre.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caytre.model.DateMention;

/**
 * An anniversary recalls the event it celebrates: "kỷ niệm 70 năm thiết lập quan hệ ngoại giao (1950-2020)" dates
 * the establishment to 1950, "kỷ niệm 50 năm thiết lập quan hệ" to the document's year minus 50. The event happened,
 * whatever the clause plans for the celebration.
 */
final class Anniversaries {
    private static final Pattern ANNIVERSARY = ClausePhrases.get("anniversary");

    /** Relations are what anniversaries celebrate; a treaty's anniversary is often dated by its celebration instead. */
    private static final java.util.Set<String> CELEBRATED = java.util.Set.of("DIPLOMATIC_RELATIONS", "PARTNERSHIP");

    private Anniversaries() {}

    static boolean celebrates(String type) { return CELEBRATED.contains(type); }

    static boolean recalls(String text, int clauseStart, int trigger) {
        return matcher(text, clauseStart, trigger).find();
    }

    /** The recalled event's date: a period written after the trigger ("(1950-2020)") gives its start, else year − N. */
    static String date(String text, int clauseStart, int trigger, List<DateMention> dates, Integer year) {
        Matcher m = matcher(text, clauseStart, trigger);
        if (!m.find()) return null;
        int years = Integer.parseInt(m.group(1));
        for (DateMention d : dates) {                      // "(1950-2020)": the founding year written with the anniversary
            if (d.span().start() <= trigger || d.span().start() - trigger >= 120) continue;
            int first = Integer.parseInt(d.start().substring(0, 4));
            if (year == null || first <= year - years + 1) return String.valueOf(first);
        }
        return year == null ? null : String.valueOf(year - years);
    }

    private static Matcher matcher(String text, int clauseStart, int trigger) {
        return ANNIVERSARY.matcher(text.substring(Math.max(clauseStart, trigger - 40), trigger));
    }
}
