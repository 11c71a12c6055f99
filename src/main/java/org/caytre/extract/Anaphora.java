package org.caytre.extract;

import java.util.regex.Pattern;

/**
 * A trigger that refers back to an event already told ("Tại hội đàm, hai bên …", "Sau Hội đàm", "chuyến thăm này",
 * "Chuyến thăm nhằm …" opening a clause): the mention restates that event. Without a date of its own it is merged into
 * the event it restates, or, when the text told none, dated by the story ({@link MentionSet}). Phrases are in
 * {@code extract/clause-patterns.tsv} ({@code anaphor-before}, {@code anaphor-after}).
 */
final class Anaphora {
    private static final Pattern BEFORE = ClausePhrases.get("anaphor-before"), AFTER = ClausePhrases.get("anaphor-after");

    private Anaphora() {}

    /** Whether the trigger at {@code ts..te} of the clause starting at {@code clauseStart} refers back. */
    static boolean refersBack(String text, int clauseStart, int clauseEnd, int ts, int te) {
        if (AFTER.matcher(text).region(te, clauseEnd).lookingAt() || referredToByPhrase(text, clauseStart, ts)) return true;
        return ts - clauseStart <= 40 && text.substring(clauseStart, ts).isBlank() && Character.isUpperCase(text.charAt(ts));
    }

    /**
     * Whether a phrase before the trigger refers back ("Tại cuộc gặp, …", "Sau hội đàm, …"): the trigger names the event
     * told, and what its sentence goes on to say after the next comma happened at it, on other days.
     */
    static boolean referredToByPhrase(String text, int clauseStart, int ts) {
        // "…, đặc biệt trên tuyến biên giới Việt - Lào, tại hội đàm, hai bên …": the comma-separated part holding the trigger
        int part = Math.max(clauseStart, text.lastIndexOf(',', ts - 1) + 1);
        if (part > clauseStart && ts - part <= 40 && BEFORE.matcher(text.substring(part, ts)).find()) return true;
        return ts - clauseStart <= 40 && BEFORE.matcher(text.substring(clauseStart, ts)).find();
    }
}
