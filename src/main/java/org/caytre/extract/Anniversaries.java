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

    /** Cardinals 1–10 written as words ({@code annotate/number-words.tsv}). */
    private static final java.util.Map<String, Integer> UNITS = units();

    private static java.util.Map<String, Integer> units() {
        java.util.Map<String, Integer> out = new java.util.HashMap<>();
        for (String[] row : org.caytre.internal.DataFiles.table("/annotate/number-words.tsv")) out.put(row[0], (int) Double.parseDouble(row[1]));
        return java.util.Map.copyOf(out);
    }

    /** "một" 1, "mười lăm" 15, "hai mươi" 20, "bảy mươi" 70: a unit, "mười" + a unit, or a unit + "mươi"; else null. */
    static Integer words(String n) {
        if (UNITS.containsKey(n)) return UNITS.get(n);
        String[] w = n.split(" ");
        if (w.length != 2) return null;
        if (w[0].equals("mười") && (UNITS.containsKey(w[1]) || w[1].equals("lăm"))) return 10 + (w[1].equals("lăm") ? 5 : UNITS.get(w[1]));
        if (w[1].equals("mươi") && UNITS.containsKey(w[0])) return 10 * UNITS.get(w[0]);
        return null;
    }

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
        Integer spelled = words(n);
        int years = spelled != null ? spelled : Integer.parseInt(n);
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
