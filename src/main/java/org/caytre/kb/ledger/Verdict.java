package org.caytre.kb.ledger;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The check of one count a document states against the ledger. {@code about} is the level counted (or
 * DIPLOMATIC_RELATIONS); {@code counting} is {@code inclusive} when a "strategic" count includes the
 * comprehensive strategic partners, {@code exclusive} otherwise; {@code asOf} the date the count speaks of.
 * {@code verdict} is {@code agree}, {@code disagree} or {@code unverifiable} (then {@code reason} says why).
 * Both sides' sources: the stated figure's {@code doc} and {@code evidence}, and the {@code derived} partners with
 * their own provenance. On a disagreement {@code heldUntil} is the last earlier day on which the ledger's count
 * equalled the stated one (a text written before a recent upgrade), or null.
 */
public record Verdict(String doc, String evidence, int stated, String about, String counting, LocalDate asOf,
                      String verdict, Integer derivedCount, List<Partner> derived, LocalDate heldUntil, String reason) {
    public static final String AGREE = "agree";
    public static final String DISAGREE = "disagree";
    public static final String UNVERIFIABLE = "unverifiable";

    public Verdict {
        derived = List.copyOf(derived);
    }

    /**
     * {@code {"doc", "evidence", "stated", "about", "counting", "as_of", "verdict", "derived_count",
     * "derived": [{"country", "level", "since", "provenance", "evidence", "doc"}], "held_until", "reason"}}.
     */
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("doc", doc);
        m.put("evidence", evidence);
        m.put("stated", stated);
        m.put("about", about);
        m.put("counting", counting);
        m.put("as_of", asOf == null ? null : asOf.toString());
        m.put("verdict", verdict);
        m.put("derived_count", derivedCount);
        m.put("derived", derived.stream().map(p -> {
            Map<String, Object> j = p.toJson();
            j.remove("sources");   // the partner's preferred source is enough beside a count
            return j;
        }).toList());
        m.put("held_until", heldUntil == null ? null : heldUntil.toString());
        m.put("reason", reason);
        return m;
    }
}
