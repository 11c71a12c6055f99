package org.caytre.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.caytre.kb.Ledgers;
import org.caytre.kb.Store;
import org.caytre.kb.ledger.LedgerJson;
import org.caytre.kb.ledger.Partner;
import org.caytre.kb.ledger.PartnershipLedger;
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
    @Option(names = "--json", description = "{\"as_of\", \"partners\": [{country, level, since, provenance, evidence, doc, sources, name, partner_kind}], \"tally\": {date, comprehensive_strategic, strategic, comprehensive, total, special, organisations}}") boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = storeOptions.open()) {
            PartnershipLedger ledger = new Ledgers(store).ledger();
            List<Partner> partners = ledger.asOf(asOf);
            if (json) {
                Map<String, Object> m = LedgerJson.partners(asOf, partners);
                m.put("tally", ledger.tally(asOf).toJson());
                out.println(LedgerJson.write(m));
            } else {
                out.printf("Vietnam's partners on %s%n", asOf);
                for (Partner p : partners)
                    out.printf("  %-6s %-36s since %-10s %-9s %s%s%n", p.country(), p.level(), p.since(), p.provenance(),
                            p.name() == null ? "" : "\"" + p.name() + "\" ",
                            p.doc() == null ? Texts.clip(p.evidence(), 70) : p.doc() + ": " + Texts.clip(p.evidence(), 70));
                PartnershipLedger.Tally t = ledger.tally(asOf);
                out.printf("%d partners: %d countries comprehensive strategic, %d strategic, %d comprehensive (%d in all), %d special;"
                        + " %d organisation(s)%n", partners.size(), t.comprehensiveStrategic(), t.strategic(), t.comprehensive(), t.total(),
                        t.special(), t.organisations());
            }
            out.flush();
            return 0;
        }
    }
}
