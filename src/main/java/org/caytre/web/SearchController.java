package org.caytre.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caytre.search.SearchRequest;
import org.caytre.search.SearchResult;

/** {@code /api/v1/search}: the options and the JSON of {@code caytre search --json}. */
final class SearchController {
    static final int MAX_LIMIT = 100;

    private final Backend backend;

    SearchController(Backend backend) { this.backend = backend; }

    void search(Context ctx) {
        String q = Params.text(ctx, "q");
        int limit = Params.integer(ctx, "limit", SearchRequest.DEFAULT_LIMIT, 1, MAX_LIMIT);
        SearchRequest request = new SearchRequest(q, limit, Params.text(ctx, "country"), Params.upper(ctx, "type"),
                Params.isoDate(ctx, "from"), Params.isoDate(ctx, "to"),
                Params.integer(ctx, "offset", 0, 0, SearchRequest.MAX_DEPTH - limit),
                Params.text(ctx, "doc") == null ? List.of() : List.of(Params.text(ctx, "doc")));
        if (q == null && request.country() == null && request.eventType() == null && request.from() == null && request.to() == null
                && request.docs().isEmpty())
            throw ApiException.badParameter("give a query q or a filter (country, type, from, to, doc)");
        ctx.json(json(backend.index().search(request)));
    }

    static Map<String, Object> json(SearchResult r) { return r.toJson(); }
}
