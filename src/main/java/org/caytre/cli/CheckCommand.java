package org.caytre.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.caytre.kb.Ledgers;
import org.caytre.kb.Store;
import org.caytre.kb.ledger.LedgerJson;
import org.caytre.kb.ledger.PartnershipLedger;
import org.caytre.kb.ledger.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code caytre check}: the counts of partners the documents state, against what the knowledge base derives. */
@Command(name = "check", description = "Check the partner counts the documents state against the knowledge base: agree, disagree or unverifiable.")
final class CheckCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions storeOptions;

    @Option(names = "--json", description = "{\"checks\": [{doc, evidence, stated, about, counting, as_of, verdict, derived_count, derived, held_until, reason}], \"conflicting_claims\": [{id, partner, level, since, kind, doc, outlet, evidence, status, outlets, ledger_level}]}") boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = storeOptions.open()) {
            Ledgers ledgers = new Ledgers(store);
            PartnershipLedger ledger = ledgers.ledger();
            List<Verdict> verdicts = ledgers.check(ledger);
            if (json) {
                out.println(LedgerJson.write(LedgerJson.checks(verdicts, ledger.conflicts())));
            } else {
                for (Verdict v : verdicts) {
                    out.printf("%-12s %4d %-24s as of %s (%s)  derived %s%s%n", v.verdict(), v.stated(), v.about(), v.asOf(), v.doc(),
                            v.derivedCount() == null ? "-" : v.derivedCount(),
                            v.heldUntil() != null ? ", held until " + v.heldUntil() : v.reason() != null ? "; " + v.reason() : "");
                    out.printf("    %s%n", Texts.clip(v.evidence(), 150));
                }
                out.printf("%d stated counts checked%n", verdicts.size());
                ClaimLines.print(out, ledger.conflicts());
            }
            out.flush();
            return 0;
        }
    }
}
