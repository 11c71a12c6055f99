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
    private static final Pattern ANNIVERSARY = ClausePhrases.get("anniversary"), CELEBRATION_YEAR = ClausePhrases.get("celebration-year");

    /**
     * What anniversaries celebrate: relations, frameworks, and the signing of a treaty when the anniversary names it
     * ("kỷ niệm 25 năm ký Hiệp ước Biên giới": the pattern ends right before the trigger), and joining an organisation
     * ("kỷ niệm 40 năm Việt Nam gia nhập LHQ").
     */
    private static final java.util.Set<String> CELEBRATED = java.util.Set.of("DIPLOMATIC_RELATIONS", "PARTNERSHIP", "AGREEMENT",
            "MULTILATERAL_ROLE");

    /** Cardinals written as words ("kỷ niệm một năm", "mười lăm năm"). */
    private static final java.util.Map<String, Integer> WORDS = java.util.Map.ofEntries(java.util.Map.entry("một", 1),
            java.util.Map.entry("hai", 2), java.util.Map.entry("ba", 3), java.util.Map.entry("bốn", 4), java.util.Map.entry("năm", 5),
            java.util.Map.entry("sáu", 6), java.util.Map.entry("bảy", 7), java.util.Map.entry("tám", 8), java.util.Map.entry("chín", 9),
            java.util.Map.entry("mười", 10), java.util.Map.entry("mười lăm", 15), java.util.Map.entry("hai mươi", 20),
            java.util.Map.entry("ba mươi", 30), java.util.Map.entry("bốn mươi", 40), java.util.Map.entry("năm mươi", 50),
            java.util.Map.entry("sáu mươi", 60), java.util.Map.entry("bảy mươi", 70));

    private Anniversaries() {}

    static boolean celebrates(String type) { return CELEBRATED.contains(type); }

    /** Whether the trigger itself opens with the anniversary ("kỷ niệm một năm quan hệ Đối tác …"). */
    static boolean opens(String text, int ts, int te) {
        return text.regionMatches(true, ts, "kỷ niệm", 0, 7) && te - ts > 8;
    }

    static boolean recalls(String text, int clauseStart, int trigger) {
        return matcher(text, clauseStart, trigger).find();
    }

    /** The recalled event's date: a period written after the trigger ("(1950-2020)") gives its start, else year − N. */
    static String date(String text, int clauseStart, int trigger, List<DateMention> dates, Integer year) {
        Matcher m = matcher(text, clauseStart, trigger);
        if (!m.find()) return null;
        String n = m.group(1).toLowerCase(java.util.Locale.ROOT);
        int years = WORDS.containsKey(n) ? WORDS.get(n) : Integer.parseInt(n);
        Matcher celebrated = CELEBRATION_YEAR.matcher(text).region(trigger, Math.min(text.length(), trigger + 160));
        if (celebrated.lookingAt()) year = Integer.parseInt(celebrated.group(1));      // "kỷ niệm 30 năm … vào năm 2025"
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
