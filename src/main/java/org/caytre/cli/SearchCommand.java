package org.caytre.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.caytre.search.PassageIndex;
import org.caytre.search.SearchRequest;
import org.caytre.search.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code caytre search QUERY}: ranked passages of the data directory's index, as a listing or JSON. */
@Command(name = "search", description = "Find passages: words with or without diacritics, any name of a country or organisation, "
        + "\"phrases\", -excluded words; filters by country, event type and document date.")
final class SearchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @picocli.CommandLine.Mixin StoreOptions storeOptions = new StoreOptions();

    @Option(names = "--json", description = "{\"total\", \"hits\": [...], \"facets\": {...}}") boolean json;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "passages to return (default 10)") int limit;

    @Option(names = "--country", paramLabel = "X", description = "only passages naming this country or entity (id or any name)") String country;

    @Option(names = "--type", paramLabel = "T", description = "only passages with an event of this type (VISIT, AID, …)") String type;

    @Option(names = "--from", paramLabel = "D", description = "documents dated on or after D (YYYY, YYYY-MM, YYYY-MM-DD)") String from;

    @Option(names = "--to", paramLabel = "D", description = "documents dated on or before D") String to;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "passages to skip (the next page)") int offset;

    @Option(names = "--doc", paramLabel = "ID", description = "only passages of this document") String doc;

    @Option(names = "--outlet", paramLabel = "O", description = "only documents of this outlet (as caytre documents names it)") String outlet;

    @Option(names = "--kind", paramLabel = "K", description = "only documents of this kind (báo cáo, công văn, news, pdf, …)") String kind;

    @Option(names = "--include-withdrawn", description = "also passages of withdrawn documents (their files were deleted from a watched folder)")
    boolean includeWithdrawn;

    @Option(names = "--batch", paramLabel = "FILE", description = "one search per line of FILE (names or queries; # comments), "
            + "each reported with its passages, documents and best passage; the other options filter every one") Path batch;

    @Option(names = "--csv", paramLabel = "OUT", description = "with --batch: write the report as CSV (UTF-8 with BOM) to OUT") Path csv;

    @Parameters(arity = "0..*", paramLabel = "QUERY") List<String> words = new ArrayList<>();

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        String query = String.join(" ", words);
        if (batch != null) return batch(out, err, query);
        if (csv != null) {
            err.println("caytre search: --csv goes with --batch FILE");
            return 2;
        }
        if (query.isBlank() && country == null && type == null && from == null && to == null && doc == null && outlet == null && kind == null) {
            err.println("caytre search: give a query or a filter");
            return 2;
        }
        try {
            org.caytre.search.EntityIds.entity(country);   // an unknown country is a usage error, not "0 passages"
            if (offset < 0 || (long) offset + limit > SearchRequest.MAX_DEPTH)
                throw new IllegalArgumentException("--offset must be 0 or more and --offset + --limit at most " + SearchRequest.MAX_DEPTH);
        } catch (IllegalArgumentException e) {
            err.println("caytre search: " + e.getMessage());
            return 2;
        }
        Path index = storeOptions.indexDir();
        List<String> withdrawn = repair(index, err);
        SearchResult result;
        try (PassageIndex passages = PassageIndex.openReadOnly(index)) {
            result = passages.search(new SearchRequest(query, limit, country, type, from, to, offset, scope(doc),
                    includeWithdrawn ? List.of() : withdrawn));
        } catch (IllegalStateException | IllegalArgumentException | UncheckedIOException e) {
            err.println("caytre search: " + e.getMessage());
            return 1;
        }
        if (json) out.println(new ObjectMapper().writeValueAsString(toJson(result)));
        else listing(out, result);
        return 0;
    }

    private int batch(PrintWriter out, PrintWriter err, String query) {
        if (!query.isBlank()) {
            err.println("caytre search: give either a QUERY or --batch FILE, not both");
            return 2;
        }
        List<String> entries;
        try {
            entries = SearchBatch.entries(batch);
            org.caytre.search.EntityIds.entity(country);
        } catch (IllegalArgumentException e) {
            err.println("caytre search: " + e.getMessage());
            return 2;
        }
        Path index = storeOptions.indexDir();
        List<String> withdrawn = repair(index, err);
        try (PassageIndex passages = PassageIndex.openReadOnly(index)) {
            List<org.caytre.search.BatchSearch.Row> rows = SearchBatch.run(passages, entries, new SearchRequest("", 1, country, type, from, to, 0,
                    scope(null), includeWithdrawn ? List.of() : withdrawn));
            if (csv != null) {
                SearchBatch.csv(rows, csv);
                err.printf("search: %d entries → %s%n", rows.size(), csv);
            } else {
                SearchBatch.table(rows, out);
            }
            out.flush();
            return 0;
        } catch (IllegalStateException | IllegalArgumentException | UncheckedIOException e) {
            err.println("caytre search: " + e.getMessage());
            return 1;
        } catch (java.io.IOException e) {
            err.println("caytre search: " + csv + ": " + e.getMessage());
            return 1;
        }
    }

    /** The documents searched: {@code doc}, narrowed by --outlet and --kind through the store (none: every document). */
    private List<String> scope(String doc) {
        if (outlet == null && kind == null) return doc == null ? List.of() : List.of(doc);
        try (org.caytre.kb.Store store = storeOptions.open()) {
            return new org.caytre.kb.DocumentCatalog(store).searchScope(doc, outlet, kind);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("--outlet/--kind need the store: " + e.getMessage(), e);
        }
    }

    /**
     * After a crash the index may lag the store: repair it first when a store is there and no ingest holds the index.
     * A search never fails for want of a repair. Returns the withdrawn documents' ids (none without a store).
     */
    private List<String> repair(Path index, PrintWriter err) {
        if (storeOptions.db == null && System.getenv("CAYTRE_DB") == null
                && !java.nio.file.Files.exists(index.getParent().resolve("caytre.db"))) return List.of();
        try (org.caytre.kb.Store store = storeOptions.open()) {
            try (PassageIndex writable = PassageIndex.open(index)) {
                var r = org.caytre.search.IndexSync.repair(store, writable);
                if (r.changed()) err.printf("search: index repaired (%d removed, %d rebuilt from the store)%n", r.removed(), r.rebuilt());
            } catch (RuntimeException | java.sql.SQLException e) {
                // locked by a running ingest: search what is indexed
            }
            return new org.caytre.kb.Withdrawals(store).ids();
        } catch (RuntimeException | java.sql.SQLException e) {
            return List.of();   // no store: search what is indexed
        }
    }

    static Map<String, Object> toJson(SearchResult r) { return r.toJson(); }

    private static void listing(PrintWriter out, SearchResult r) {
        out.printf("%d passage%s%s%n", r.total(), r.total() == 1 ? "" : "s",
                r.relaxed() ? " (no passage holds all the words; these hold some of them)" : "");
        int rank = 0;
        for (SearchResult.Hit h : r.hits()) {
            out.printf("%n%d. %s  %.2f%s%s%n", ++rank, h.passageId(), h.score(),
                    h.date() == null ? "" : "  " + h.date(), h.section().isEmpty() ? "" : "  " + h.section());
            out.println("   " + h.snippet().replace("<b>", "«").replace("</b>", "»").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&"));   // the snippet is HTML
        }
    }
}
