package org.caytre.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.caytre.kb.Ledgers;
import org.caytre.kb.Store;
import org.caytre.kb.ledger.LedgerJson;
import org.caytre.kb.ledger.Partner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code caytre partners --as-of D}: Vietnam's partnership frameworks in force on a date, with provenance. */
@Command(name = "partners", description = "Vietnam's partners by framework level on a date, from the documents and the reference table.")
final class PartnersCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions storeOptions;

    @Option(names = "--as-of", required = true, paramLabel = "D", description = "ISO date (YYYY-MM-DD)") LocalDate asOf;
    @Option(names = "--json", description = "{\"as_of\", \"partners\": [{country, level, since, provenance, evidence, doc}]}") boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = storeOptions.open()) {
            List<Partner> partners = new Ledgers(store).ledger().asOf(asOf);
            if (json) {
                out.println(LedgerJson.write(LedgerJson.partners(asOf, partners)));
            } else {
                out.printf("Vietnam's partners on %s%n", asOf);
                for (Partner p : partners)
                    out.printf("  %-4s %-36s since %-10s %-9s %s%n", p.country(), p.level(), p.since(), p.provenance(),
                            p.doc() == null ? Texts.clip(p.evidence(), 70) : p.doc() + ": " + Texts.clip(p.evidence(), 70));
                out.printf("%d partners%n", partners.size());
            }
            out.flush();
            return 0;
        }
    }
}
