package org.caytre.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.caytre.kb.Exporter;
import org.caytre.kb.KnowledgeBase;
import org.caytre.kb.Ledgers;
import org.caytre.kb.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code caytre export --format F OUT}: events, statistics and the partner network for other tools. */
@Command(name = "export", description = "Export events, statistics and the partner network: jsonl, csv (UTF-8 with BOM) or graphml (Gephi).")
final class ExportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions storeOptions;

    @Option(names = "--format", required = true, description = "${COMPLETION-CANDIDATES}") Exporter.Format format;
    @Parameters(index = "0", paramLabel = "OUT") Path out;

    @Override
    public Integer call() throws Exception {
        try (Store store = storeOptions.open()) {
            int rows = new Exporter(new KnowledgeBase(store), new Ledgers(store).ledger(), org.caytre.search.EntityLabels::label).write(format, out);
            spec.commandLine().getOut().printf("export: %d %s written to %s%n", rows, format == Exporter.Format.graphml ? "edges" : "rows", out);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
