package org.caytre.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.caytre.kb.KnowledgeBase;
import org.caytre.kb.KnowledgeBase.DocumentView;
import org.caytre.kb.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code caytre documents}: what the knowledge base holds, one line per document. */
@Command(name = "documents", description = "List the documents of the knowledge base: id, date, title, counts of passages, events and statistics.")
final class DocumentsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions storeOptions;

    @Option(names = "--json", description = "{\"documents\": [{id, source, title, date, dateSource, contentHash, ingestedAt, …}]}") boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = storeOptions.open()) {
            List<DocumentView> docs = new KnowledgeBase(store).documents();
            if (json) {
                out.println(new ObjectMapper().writeValueAsString(Map.of("documents", docs)));
            } else {
                for (DocumentView d : docs)
                    out.printf("%-32s %-10s %4d passages %4d events %4d statistics  %s%n", d.id(), d.date() == null ? "?" : d.date(),
                            d.passages(), d.events(), d.statistics(), Texts.clip(d.title(), 80));
                out.printf("%d documents%n", docs.size());
            }
            out.flush();
            return 0;
        }
    }
}
