package org.caytre.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.caytre.kb.Dossier;
import org.caytre.kb.KnowledgeBase;
import org.caytre.kb.Store;
import org.caytre.search.EntityIds;
import org.caytre.kb.ledger.LedgerJson;
import org.caytre.kb.ledger.Step;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code caytre country ISO3}: one country's dossier. */
@Command(name = "country", description = "One country's dossier: partnership history, events by year and type, figures, documents that name it.")
final class CountryCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions storeOptions;

    @Parameters(index = "0", paramLabel = "COUNTRY", description = "ISO 3166 alpha-3 code or any name (Nhật Bản, Japan)") String country;
    @Option(names = "--all", description = "every event, not only the corroborated or confident ones (the default)") boolean all;
    @Option(names = "--json", description = "{\"country\", \"history\", \"events_by_year\", \"events\", \"figures\", \"documents\"}") boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        String iso;
        try {
            iso = EntityIds.country(country);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("caytre country: " + e.getMessage());
            return 2;
        }
        try (Store store = storeOptions.open()) {
            Dossier d = Dossier.of(store, iso, org.caytre.kb.Page.ALL, all);
            if (json) {
                out.println(LedgerJson.write(d.toJson()));
            } else {
                out.printf("== %s%n-- partnership history%n", d.country());
                for (Step s : d.history())
                    out.printf("  %-36s %s → %s  (%s%s)%s%n", s.level(), s.since(), s.until() == null ? "now" : s.until(), s.provenance(),
                            s.doc() == null ? "" : ", " + s.doc(), s.name() == null ? "" : "  \"" + s.name() + "\"");
                ClaimLines.print(out, d.conflicts());
                out.println("-- events by year");
                for (Map.Entry<String, Map<String, Integer>> y : d.eventsByYear().entrySet()) out.printf("  %s  %s%n", y.getKey(), y.getValue());
                out.printf("-- %d events (%s; %d more not corroborated or confident, --all shows them), %d figures%n", d.events().size(),
                        d.allEvents() ? "all" : "corroborated or confident", d.eventsHidden(), d.figures().size());
                for (KnowledgeBase.StatisticView f : d.figures())
                    out.printf("  %s = %s %s (%s) %s%n", f.indicator(), f.value(), f.unit() == null ? "" : f.unit(), f.period(), f.doc());
                out.printf("-- named in %d documents: %s%n", d.documents().size(), String.join(", ", d.documents()));
            }
            out.flush();
            return 0;
        }
    }
}
