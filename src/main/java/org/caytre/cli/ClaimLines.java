package org.caytre.cli;

import java.io.PrintWriter;
import java.util.List;
import org.caytre.kb.ledger.ClaimView;

/** Conflicting level claims as text lines: what the claim says, what the ledger says, and the claim's source. */
final class ClaimLines {
    private ClaimLines() {}

    static void print(PrintWriter out, List<ClaimView> conflicts) {
        if (conflicts.isEmpty()) return;
        out.printf("-- %d conflicting claims (not the ledger's level)%n", conflicts.size());
        for (ClaimView v : conflicts) {
            var c = v.claim();
            out.printf("  %-11s %-8s %s %s since %s (ledger: %s) — %s %s%s, %d outlet(s)%n", v.status(), c.id(), c.partner(), c.level(),
                    c.when().text(), v.ledgerLevel() == null ? "none" : v.ledgerLevel(), c.kind(), c.doc() == null ? "reference" : c.doc(),
                    c.outlet() == null ? "" : " (" + c.outlet() + ")", v.outlets());
            out.printf("      %s%n", Texts.clip(c.evidence(), 150));
        }
    }
}
