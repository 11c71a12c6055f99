package org.caytre.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caytre.kb.DocumentCatalog;
import org.caytre.search.BatchSearch;
import org.caytre.search.SearchRequest;
import org.caytre.search.SearchResult;

/**
 * {@code /api/v1/search}: the options and the JSON of {@code caytre search --json}, plus {@code outlet} and {@code kind}
 * (the documents' origin, as the documents list filters it, turned into the set of documents searched); and
 * {@code /api/v1/search/batch}, the engine of {@code caytre search --batch}.
 */
final class SearchController {
    static final int MAX_LIMIT = 100;
    /** Most entries one batch search takes. */
    static final int MAX_ENTRIES = 500;

    private final Backend backend;

    SearchController(Backend backend) { this.backend = backend; }

    void search(Context ctx) throws SQLException {
        String q = Params.text(ctx, "q");
        int limit = Params.integer(ctx, "limit", SearchRequest.DEFAULT_LIMIT, 1, MAX_LIMIT);
        SearchRequest request = request(ctx, backend, q, limit, Params.integer(ctx, "offset", 0, 0, SearchRequest.MAX_DEPTH - limit));
        ctx.json(json(backend.index().search(request)));
    }

    /**
     * The search a query asks for: {@code q} and the filters country, type, from, to, doc, outlet, kind and
     * include_withdrawn; a 400 when
     * there is neither a query nor a filter.
     */
    static SearchRequest request(Context ctx, Backend backend, String q, int limit, int offset) throws SQLException {
        String outlet = Params.text(ctx, "outlet"), kind = Params.text(ctx, "kind");
        List<String> docs = new DocumentCatalog(backend.store()).searchScope(Params.text(ctx, "doc"), outlet, kind);
        // withdrawn documents stay readable and cited, but searches leave them out unless include_withdrawn=true
        SearchRequest request = new SearchRequest(q, limit, Params.text(ctx, "country"), Params.upper(ctx, "type"),
                Params.isoDate(ctx, "from"), Params.isoDate(ctx, "to"), offset, docs,
                Params.flag(ctx, "include_withdrawn", false) ? List.of() : new org.caytre.kb.Withdrawals(backend.store()).ids())
                .withArea(KnowledgeController.area(ctx) == null ? null : KnowledgeController.area(ctx).code());
        if (q == null && request.country() == null && request.eventType() == null && request.from() == null && request.to() == null
                && request.docs().isEmpty() && outlet == null && kind == null && request.area() == null)
            throw ApiException.badParameter("give a query q or a filter (country, type, from, to, doc, outlet, kind, area)");
        return request;
    }

    /**
     * {@code POST /api/v1/search/batch}: a JSON body {@code {"entries": ["Nhật Bản", …]}} (or {@code "text"}, one entry a
     * line, # comments) searched one by one with the query's filters; {@code {"rows": [...]}}, or with
     * {@code format=csv} the CSV of {@code caytre search --batch --csv}.
     */
    void batch(Context ctx) throws SQLException, IOException {
        List<String> entries = entries(ctx.bodyAsClass(Map.class));
        SearchRequest filters = request(ctx, backend, "", 1, 0);
        List<BatchSearch.Row> rows = BatchSearch.run(backend.index(), entries, filters);
        String format = Params.text(ctx, "format");
        if ("csv".equals(format)) {
            StringWriter w = new StringWriter();
            BatchSearch.csv(rows, w);
            ctx.contentType("text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=\"caytre-batch.csv\"").result(w.toString());
            return;
        }
        if (format != null && !format.equals("json")) throw ApiException.badParameter("format must be json or csv, not '" + format + "'");
        List<Map<String, Object>> out = new ArrayList<>();
        for (BatchSearch.Row r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("entry", r.entry());
            m.put("passages", r.passages());
            m.put("documents", r.documents());
            m.put("top_documents", r.topDocuments());
            m.put("best_passage", r.passage());
            m.put("snippet", r.snippet());
            out.add(m);
        }
        ctx.json(Map.of("rows", out));
    }

    private static List<String> entries(Map<?, ?> body) {
        List<String> out = new ArrayList<>();
        Object given = body == null ? null : body.get("entries") != null ? body.get("entries") : body.get("text");
        if (given instanceof List<?> list) for (Object o : list) out.add(String.valueOf(o));
        else if (given instanceof String text) out.addAll(List.of(text.split("\r?\n")));
        else throw ApiException.badParameter("send a JSON body {\"entries\": [\"name\", …]} or {\"text\": \"one entry a line\"}");
        List<String> kept = out.stream().map(String::strip).filter(e -> !e.isEmpty() && !e.startsWith("#")).distinct().toList();
        if (kept.isEmpty()) throw ApiException.badParameter("entries: no entries (one name or query per line)");
        if (kept.size() > MAX_ENTRIES) throw ApiException.badParameter("entries: " + kept.size() + " entries; at most " + MAX_ENTRIES + " at a time");
        return kept;
    }

    static Map<String, Object> json(SearchResult r) { return r.toJson(); }
}
