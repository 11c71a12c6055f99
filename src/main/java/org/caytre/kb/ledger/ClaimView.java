package org.caytre.kb.ledger;

import java.util.Map;

/**
 * A claim as the ledger weighed it: {@code status} (see {@link PartnershipLedger}), the number of independent
 * {@code outlets} that report the same partner at the same level, and {@code ledgerLevel} the level the ledger gives
 * the partner on the claim's date (null when none), so a conflict shows both sides.
 */
public record ClaimView(Claim claim, String status, int outlets, String ledgerLevel) {
    public static final String IN_FORCE = "in_force", CORROBORATED = "corroborated", SUPPORTING = "supporting",
            UNCONFIRMED = "unconfirmed", REJECTED = "rejected", LOWER_RUNG = "lower_rung";

    /** A claim the ledger's answer does not follow: a single report of another level, or a later lower rung. */
    public boolean conflicting() { return status.equals(UNCONFIRMED) || status.equals(LOWER_RUNG); }

    /** The claim's fields plus {@code "status", "outlets", "ledger_level"}. */
    public Map<String, Object> toJson() {
        Map<String, Object> m = claim.toJson();
        m.put("status", status);
        m.put("outlets", outlets);
        m.put("ledger_level", ledgerLevel);
        return m;
    }
}
