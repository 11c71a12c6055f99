package org.caytre.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.caytre.kb.KnowledgeBase;
import org.caytre.kb.KnowledgeBase.DocumentView;
import org.caytre.kb.DocumentCatalog;
import org.caytre.kb.Page;
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

    @Option(names = "--from", paramLabel = "D", description = "dated on or after D (YYYY, YYYY-MM, YYYY-MM-DD)") String from;
    @Option(names = "--to", paramLabel = "D", description = "dated on or before D") String to;
    @Option(names = "--outlet", paramLabel = "O", description = "from this outlet (JSONL source or url host)") String outlet;
    @Option(names = "--kind", paramLabel = "K", description = "of this kind (báo cáo, công văn, news, pdf …)") String kind;
    @Option(names = "--sort", paramLabel = "S", defaultValue = "id", description = "id (default), date, -date, title, -ingested") String sort;
    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "documents to skip") int offset;
    @Option(names = "--limit", paramLabel = "N", description = "at most N documents (default all)") Integer limit;
    @Option(names = "--json", description = "{\"documents\": [{id, source, title, date, dateSource, contentHash, ingestedAt, …}]}") boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!java.util.List.of("id", "date", "-date", "title", "-ingested").contains(sort) || offset < 0 || (limit != null && limit < 1)) {
            spec.commandLine().getErr().println("caytre documents: --sort must be id, date, -date, title or -ingested; --offset ≥ 0; --limit ≥ 1");
            return 2;
        }
        Page page = limit == null && offset == 0 ? Page.ALL : new Page(offset, limit == null ? Integer.MAX_VALUE - offset : limit);
        try (Store store = storeOptions.open()) {
            Page.Paged<DocumentView> found = new DocumentCatalog(store).list(new DocumentCatalog.Filter(from, to, outlet, kind, null), page, sort);
            List<DocumentView> docs = found.items();
            if (json) {
                out.println(new ObjectMapper().writeValueAsString(page.all() ? Map.of("documents", docs) : found.toJson("documents")));
            } else {
                for (DocumentView d : docs)
                    out.printf("%-32s %-10s %4d passages %4d events %4d statistics  %s%n", d.id(), d.date() == null ? "?" : d.date(),
                            d.passages(), d.events(), d.statistics(), Texts.clip(d.title(), 80));
                out.printf(page.all() ? "%d documents%n" : "%d of %d documents%n", docs.size(), found.total());
            }
            out.flush();
            return 0;
        }
    }
}
