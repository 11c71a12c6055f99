package org.caytre.search;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A list of names or queries searched one by one with the same filters: per entry how many passages and documents
 * match, the documents with most matches and the best passage. {@code caytre search --batch} and the desk's batch
 * search both run this; the CSV is the one both write.
 *
 * <pre>{@code BatchSearch.run(index, List.of("Nhật Bản", "ASEAN"), SearchRequest.of("").withDates("2023", null)) }</pre>
 */
public final class BatchSearch {
    public static final int TOP_DOCUMENTS = 3;

    /** One entry's result; {@code snippet} marks the matches with « ». */
    public record Row(String entry, long passages, int documents, List<String> topDocuments, String passage, String snippet) {}

    private BatchSearch() {}

    /** Each entry searched with the filters of {@code filters} (its query, limit and offset are not used). */
    public static List<Row> run(PassageIndex index, List<String> entries, SearchRequest filters) {
        List<Row> rows = new ArrayList<>();
        for (String entry : entries) {
            SearchResult r = index.searchTogether(new SearchRequest(entry, 1, filters.country(), filters.eventType(), filters.from(), filters.to(),
                    0, filters.docs(), filters.excluded()));
            SearchResult.Hit best = r.hits().isEmpty() ? null : r.hits().get(0);
            rows.add(new Row(entry, r.total(), r.distinct("documents"),
                    r.facets().getOrDefault("documents", Map.of()).keySet().stream().limit(TOP_DOCUMENTS).toList(),
                    best == null ? "" : best.passageId(), best == null ? "" : best.snippet().replace("<b>", "«").replace("</b>", "»")));
        }
        return rows;
    }

    /** The CSV (UTF-8 with a byte-order mark, RFC 4180): entry, passages, documents, top_documents, best_passage, snippet. */
    public static void csv(List<Row> rows, Writer w) throws IOException {
        w.write('\uFEFF');
        org.caytre.kb.Exporter.csvRow(w, "entry", "passages", "documents", "top_documents", "best_passage", "snippet");
        for (Row r : rows)
            org.caytre.kb.Exporter.csvRow(w, r.entry(), String.valueOf(r.passages()), String.valueOf(r.documents()),
                    String.join(" ", r.topDocuments()), r.passage(), r.snippet());
    }
}
