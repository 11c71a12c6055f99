package org.caytre.web;

import io.javalin.http.Context;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caytre.kb.DocumentCatalog;
import org.caytre.kb.DocumentDetails;
import org.caytre.kb.DocumentDetails.Detail;
import org.caytre.kb.DocumentDetails.PassageRow;
import org.caytre.kb.KnowledgeBase;
import org.caytre.kb.KnowledgeBase.DocumentView;
import org.caytre.kb.Page;
import org.caytre.search.Passage;

/** {@code /api/v1/documents} and {@code /api/v1/passages}: what the reader shows. */
final class DocumentController {
    private final Backend backend;

    DocumentController(Backend backend) { this.backend = backend; }

    static final int PAGE = 50, MAX_PAGE = 500;

    /**
     * {@code {"documents": [...], "total", "offset", "limit", "facets": {"outlets", "kinds", "years"}}}: one page of the
     * documents a filter keeps (dates, outlet, kind, words of the title), or exactly those listed in {@code ids}.
     */
    void list(Context ctx) throws SQLException {
        DocumentCatalog catalog = new DocumentCatalog(backend.store());
        String ids = Params.text(ctx, "ids");
        var filter = filter(ctx);
        Page.Paged<DocumentView> page = ids != null ? catalog.byIds(List.of(ids.split(",")))
                : catalog.list(filter, Params.page(ctx, PAGE, MAX_PAGE), sort(ctx));
        List<Map<String, Object>> docs = new ArrayList<>();
        for (DocumentView d : page.items()) docs.add(summary(d));
        Map<String, Object> out = new Page.Paged<>(docs, page.total(), page.page()).toJson("documents");
        if (ids == null) out.put("facets", catalog.facets(filter));
        ctx.json(out);
    }

    /** The documents' filter of the query: from, to, outlet, kind, title words. */
    static DocumentCatalog.Filter filter(Context ctx) {
        return new DocumentCatalog.Filter(Params.isoDate(ctx, "from"), Params.isoDate(ctx, "to"), Params.text(ctx, "outlet"),
                Params.text(ctx, "kind"), Params.text(ctx, "title"));
    }

    static String sort(Context ctx) { return Params.sort(ctx, "id", "date", "-date", "title", "-ingested"); }

    /**
     * {@code {"id", "title", "date", …, "metadata", "passages": [{"id", "kind", "number", "section", "section_path",
     * "start", "end", "marker_offset", "text"}], "annotations": {"entities", "events", "statistics", "dates"}}}: every offset is
     * into the document's normalised text, as the passages' {@code start}/{@code end} are.
     */
    void one(Context ctx) throws SQLException {
        String id = ctx.pathParam("id");
        Detail d = new DocumentDetails(backend.store()).document(id).orElseThrow(() -> ApiException.notFound("no document " + id));
        Map<String, String> sections = sectionPaths(id);
        Map<String, Object> out = summary(d.document());
        out.put("metadata", d.metadata());
        out.put("original", originalFile(d.document()) == null ? null : Api.BASE + "/documents/" + pathSegment(id) + "/original");
        List<Map<String, Object>> passages = new ArrayList<>();
        for (PassageRow p : d.passages()) passages.add(passage(p, sections.get(p.id())));
        out.put("passages", passages);
        Map<String, Object> annotations = new LinkedHashMap<>();
        annotations.put("entities", d.entities());
        annotations.put("events", d.events());
        annotations.put("statistics", d.statistics());
        annotations.put("dates", d.dates());
        out.put("annotations", annotations);
        ctx.json(out);
    }

    /**
     * The file a document was read from, as a download; 404 when it came from a corpus record or its file is gone.
     * Only a path the store recorded as a document's source is ever read.
     */
    void original(Context ctx) throws SQLException, java.io.IOException {
        String id = ctx.pathParam("id");
        DocumentView d = new KnowledgeBase(backend.store()).document(id).orElseThrow(() -> ApiException.notFound("no document " + id));
        java.nio.file.Path file = originalFile(d);
        if (file == null)
            throw ApiException.notFound(d.source().startsWith("jsonl:") ? "document " + id + " came from a corpus record: there is no original file"
                    : "the original file of document " + id + " is no longer where it was ingested from");
        String name = file.getFileName().toString();
        ctx.contentType(name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? "application/pdf" : "application/octet-stream");
        ctx.header("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_") + "\"; filename*=UTF-8''" + pathSegment(name));
        ctx.result(java.nio.file.Files.newInputStream(file));
    }

    private static String pathSegment(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The readable file a document's source names, or null (a corpus record, a file gone since). */
    private static java.nio.file.Path originalFile(DocumentView d) {
        if (d.source() == null || d.source().startsWith("jsonl:")) return null;
        try {
            java.nio.file.Path p = java.nio.file.Path.of(d.source());
            return java.nio.file.Files.isRegularFile(p) && java.nio.file.Files.isReadable(p) ? p : null;
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    void passage(Context ctx) throws SQLException {
        String id = ctx.pathParam("id");
        PassageRow p = new DocumentDetails(backend.store()).passage(id).orElseThrow(() -> ApiException.notFound("no passage " + id));
        ctx.json(passage(p, sectionPaths(p.doc()).get(p.id())));
    }

    /** Section titles live in the search index (the store keeps the section id); none when there is no index. */
    private Map<String, String> sectionPaths(String docId) {
        Map<String, String> out = new HashMap<>();
        if (backend.hasIndex()) for (Passage p : backend.index().passages(docId)) out.put(p.id(), p.section());
        return out;
    }

    static Map<String, Object> summary(DocumentView d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("title", d.title());
        m.put("date", d.date());
        m.put("date_source", d.dateSource());
        m.put("ingested_at", d.ingestedAt());
        m.put("passages_count", d.passages());
        m.put("events_count", d.events());
        m.put("statistics_count", d.statistics());
        m.put("outlet", d.outlet());
        m.put("kind", d.kind());
        m.put("relevance", d.relevance());
        return m;
    }

    private static Map<String, Object> passage(PassageRow p, String sectionPath) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("doc", p.doc());
        m.put("kind", p.kind());
        m.put("number", p.ordinal());
        m.put("section", p.section());
        m.put("section_path", sectionPath == null ? "" : sectionPath);
        m.put("start", p.start());
        m.put("end", p.end());
        m.put("marker_offset", p.markerOffset());
        m.put("text", p.text());
        m.put("relevance", p.relevance());
        m.put("areas", p.areas());
        return m;
    }
}
