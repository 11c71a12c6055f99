package org.caytre.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.caytre.brief.Brief;
import org.caytre.brief.BriefBuilder;
import org.caytre.brief.BriefFormat;
import org.caytre.brief.SearchScope;

/**
 * {@code GET /api/v1/brief}: the brief {@code caytre brief} writes, as a download — Markdown (its charts inlined as
 * SVG data), DOCX or PDF — for a country, an area of work, or a country within an area, over a span of years; or, with
 * {@code q}, for the documents the search with that query and the search route's filters returns.
 */
final class BriefController {
    /** The search route's filters, as a search brief states them. */
    private static final String[] SEARCH_FILTERS = {"country", "type", "from", "to", "doc", "outlet", "kind", "area"};

    private final Backend backend;

    BriefController(Backend backend) { this.backend = backend; }

    void brief(Context ctx) throws SQLException, IOException {
        BriefBuilder.Request request;
        BriefFormat format;
        try {
            format = BriefFormat.of(Params.text(ctx, "format") == null ? "md" : Params.text(ctx, "format"));
            String lang = Params.text(ctx, "lang") == null ? "vi" : Params.text(ctx, "lang");
            boolean all = Params.flag(ctx, "all", false), foreign = Params.flag(ctx, "foreign", true);
            request = ctx.queryParam("q") != null ? BriefBuilder.Request.search(scope(ctx), lang, all, foreign)
                    : BriefBuilder.Request.parse(Params.text(ctx, "country"), Params.text(ctx, "area"), year(ctx, "from"), year(ctx, "to"), lang, all, foreign);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter(e.getMessage().replace("--", ""));
        }
        Brief brief = BriefBuilder.build(backend.store(), request);
        byte[] body = format == BriefFormat.MD ? brief.toMarkdown(true).getBytes(java.nio.charset.StandardCharsets.UTF_8) : format.render(brief);
        ctx.contentType(format.mediaType());
        ctx.header("Content-Disposition", "attachment; filename=\"caytre-brief-" + request.stem() + "." + format.extension() + "\"");
        ctx.result(body);
    }

    /** The documents {@code GET /api/v1/search} would return for the same query and filters, at most max_documents. */
    private SearchScope scope(Context ctx) throws SQLException {
        int cap = Params.integer(ctx, "max_documents", SearchScope.DEFAULT_CAP, 1, SearchScope.MAX_CAP);
        var search = SearchController.request(ctx, backend, Params.text(ctx, "q"), 1, 0);
        Map<String, String> filters = new LinkedHashMap<>();
        for (String name : SEARCH_FILTERS) if (Params.text(ctx, name) != null) filters.put(name, Params.text(ctx, name));
        return SearchScope.of(backend.index(), search, filters, cap, Params.flag(ctx, "matched_only", false));
    }

    private static int year(Context ctx, String name) {
        String v = Params.text(ctx, name);
        if (v == null || !v.matches("\\d{4}")) throw new IllegalArgumentException(name + " must be a year (YYYY)" + (v == null ? "" : ", not '" + v + "'"));
        return Integer.parseInt(v);
    }

}
