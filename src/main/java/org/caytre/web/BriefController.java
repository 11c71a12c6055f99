package org.caytre.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.sql.SQLException;
import org.caytre.brief.Brief;
import org.caytre.brief.BriefBuilder;
import org.caytre.brief.BriefFormat;

/**
 * {@code GET /api/v1/brief}: the brief {@code caytre brief} writes, as a download — Markdown (its charts inlined as
 * SVG data), DOCX or PDF — for a country, an area of work, or a country within an area, over a span of years.
 */
final class BriefController {
    private final Backend backend;

    BriefController(Backend backend) { this.backend = backend; }

    void brief(Context ctx) throws SQLException, IOException {
        BriefBuilder.Request request;
        BriefFormat format;
        try {
            format = BriefFormat.of(Params.text(ctx, "format") == null ? "md" : Params.text(ctx, "format"));
            String lang = Params.text(ctx, "lang");
            request = BriefBuilder.Request.parse(Params.text(ctx, "country"), Params.text(ctx, "area"), year(ctx, "from"), year(ctx, "to"),
                    lang == null ? "vi" : lang, Params.flag(ctx, "all", false));
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter(e.getMessage().replace("--", ""));
        }
        Brief brief = BriefBuilder.build(backend.store(), request);
        byte[] body = format == BriefFormat.MD ? brief.toMarkdown(true).getBytes(java.nio.charset.StandardCharsets.UTF_8) : format.render(brief);
        ctx.contentType(format.mediaType());
        ctx.header("Content-Disposition", "attachment; filename=\"caytre-brief-" + request.stem() + "." + format.extension() + "\"");
        ctx.result(body);
    }

    private static int year(Context ctx, String name) {
        String v = Params.text(ctx, name);
        if (v == null || !v.matches("\\d{4}")) throw new IllegalArgumentException(name + " must be a year (YYYY)" + (v == null ? "" : ", not '" + v + "'"));
        return Integer.parseInt(v);
    }
}
