package org.caytre.web;

import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.caytre.kb.DocumentCatalog;
import org.caytre.kb.Exporter;
import org.caytre.kb.KnowledgeBase;
import org.caytre.kb.KnowledgeBase.EventView;
import org.caytre.kb.KnowledgeBase.StatisticView;
import org.caytre.kb.Page;
import org.caytre.search.EntityLabels;
import org.caytre.search.SearchRequest;
import org.caytre.search.SearchResult;

/**
 * {@code GET /api/v1/export/{list}}: what a filtered list of the desk shows — {@code search} results, {@code events},
 * {@code statistics}, {@code documents} — with the same filters and sort as the list's own route, every row rather
 * than one page (at most {@link #MAX_ROWS}; search at most its paging depth), as a download: CSV (UTF-8 with a byte-order
 * mark; ids with their Vietnamese and English names beside them), JSONL (each row as the list's JSON), or for events
 * GraphML (countries as nodes with their names, events counted on the edges). {@code X-Total-Count} says how many rows
 * the filter keeps.
 */
final class ExportController {
    static final int MAX_ROWS = 100_000;
    private static final int BATCH = 1000, SEARCH_PAGE = 1000;
    static final List<String> LISTS = List.of("search", "events", "statistics", "documents");

    private final Backend backend;

    ExportController(Backend backend) { this.backend = backend; }

    void export(Context ctx) throws SQLException, IOException {
        String list = ctx.pathParam("list");
        if (!LISTS.contains(list)) throw ApiException.notFound("no list '" + list + "' to export: " + String.join(", ", LISTS));
        String format = Params.text(ctx, "format");
        format = format == null ? "csv" : format.toLowerCase(Locale.ROOT);
        if (!List.of("csv", "jsonl", "graphml").contains(format))
            throw ApiException.badParameter("format must be csv, jsonl or graphml, not '" + format + "'");
        if (format.equals("graphml") && !list.equals("events"))
            throw ApiException.badParameter("format graphml is the events' network: export events, or everything at /api/v1/export");
        Rows rows = switch (list) {
            case "search" -> search(ctx);
            case "events" -> events(ctx);
            case "statistics" -> statistics(ctx);
            default -> documents(ctx);
        };
        ctx.contentType(switch (format) {
            case "jsonl" -> "application/x-ndjson; charset=utf-8";
            case "graphml" -> "application/graphml+xml; charset=utf-8";
            default -> "text/csv; charset=utf-8";
        });
        ctx.header("Content-Disposition", "attachment; filename=\"caytre-" + list + "." + format + "\"");
        ctx.header("X-Total-Count", String.valueOf(rows.total()));
        try (Writer w = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8))) {
            if (format.equals("graphml")) {
                List<EventView> events = new ArrayList<>();
                rows.each(row -> events.add((EventView) row));
                Exporter.graphml(w, events, null, EntityLabels::label);
                return;
            }
            if (format.equals("csv")) {
                w.write('\uFEFF');   // spreadsheets read the file as UTF-8
                Exporter.csvRow(w, rows.header());
            }
            boolean csv = format.equals("csv");
            rows.each(row -> {
                if (csv) Exporter.csvRow(w, rows.cells(row));
                else {
                    w.write(ctx.jsonMapper().toJsonString(rows.json(row), Object.class));
                    w.write('\n');
                }
            });
        }
    }

    /** The rows a list's filter keeps, read a batch at a time, and how each is written. */
    private interface Rows {
        long total();

        void each(RowSink sink) throws SQLException, IOException;

        String[] header();

        String[] cells(Object row);

        default Object json(Object row) { return row; }
    }

    private interface RowSink {
        void accept(Object row) throws IOException;
    }

    /** Reads the pages of a list until {@code max} rows, starting with the first (already read for its total). */
    private interface PageSource<T> {
        Page.Paged<T> page(Page p) throws SQLException;
    }

    private static <T> void pages(PageSource<T> source, Page.Paged<T> first, long max, RowSink sink) throws SQLException, IOException {
        Page.Paged<T> page = first;
        long done = 0;
        while (true) {
            for (T row : page.items()) {
                if (done++ >= max) return;
                sink.accept(row);
            }
            int next = page.page().offset() + page.page().limit();
            if (page.items().isEmpty() || next >= page.total() || next >= max) return;
            page = source.page(new Page(next, BATCH));
        }
    }

    /** The rows of a kb list read {@link #BATCH} at a time, each written by {@code cells} (CSV) or {@code json}. */
    @SuppressWarnings("unchecked")
    private static <T> Rows paged(PageSource<T> source, String[] header, java.util.function.Function<T, String[]> cells,
                                  java.util.function.Function<T, Object> json) throws SQLException {
        Page.Paged<T> first = source.page(new Page(0, BATCH));
        return new Rows() {
            public long total() { return first.total(); }

            public void each(RowSink sink) throws SQLException, IOException { pages(source, first, MAX_ROWS, sink); }

            public String[] header() { return header; }

            public String[] cells(Object row) { return cells.apply((T) row); }

            public Object json(Object row) { return json.apply((T) row); }
        };
    }

    private Rows documents(Context ctx) throws SQLException {
        DocumentCatalog catalog = new DocumentCatalog(backend.store());
        DocumentCatalog.Filter filter = DocumentController.filter(ctx);
        String sort = DocumentController.sort(ctx);
        return ExportController.<KnowledgeBase.DocumentView>paged(p -> catalog.list(filter, p, sort),
                new String[] {"id", "title", "date", "outlet", "kind", "passages", "events", "statistics", "ingested_at"},
                d -> new String[] {d.id(), d.title(), d.date(), d.outlet(), d.kind(), String.valueOf(d.passages()), String.valueOf(d.events()),
                        String.valueOf(d.statistics()), d.ingestedAt()}, DocumentController::summary);
    }

    private Rows events(Context ctx) throws SQLException {
        KnowledgeBase kb = new KnowledgeBase(backend.store());
        KnowledgeBase.EventFilter filter = KnowledgeController.eventFilter(ctx);
        String sort = KnowledgeController.eventSort(ctx);
        return ExportController.<EventView>paged(p -> kb.events(filter, p, sort),
                new String[] {"id", "type", "date", "participants", "participants_vi", "participants_en", "attrs", "mentions",
                        "documents", "outlets", "confidence", "review_status", "evidence", "doc"},
                e -> {
                    var first = e.mentions().isEmpty() ? null : e.mentions().get(0);
                    return new String[] {e.id(), e.type(), e.date(), String.join(" ", e.participants()), names(e.participants(), 0),
                            names(e.participants(), 1), e.attrs().isEmpty() ? "" : json(ctx, e.attrs()), String.valueOf(e.mentions().size()),
                            String.valueOf(e.corroboration().documents()), String.valueOf(e.corroboration().outlets()),
                            String.valueOf(e.corroboration().confidence()), String.valueOf(e.review().get("status")),
                            first == null ? "" : first.evidence(), first == null ? "" : first.doc()};
                }, e -> e);
    }

    private Rows statistics(Context ctx) throws SQLException {
        KnowledgeBase kb = new KnowledgeBase(backend.store());
        KnowledgeBase.StatisticFilter filter = KnowledgeController.statisticFilter(ctx);
        String sort = KnowledgeController.statisticSort(ctx);
        return ExportController.<StatisticView>paged(p -> kb.statistics(filter, p, sort),
                new String[] {"indicator", "value", "unit", "period", "subject", "subject_vi", "subject_en", "approximate", "evidence", "doc", "offset"},
                s -> {
                    List<String> subject = s.subject() == null ? List.of("", "") : EntityLabels.label(s.subject());
                    return new String[] {s.indicator(), String.valueOf(s.value()), s.unit(), s.period(), s.subject(), subject.get(0), subject.get(1),
                            String.valueOf(s.approximate()), s.evidence(), s.doc(), String.valueOf(s.offset())};
                }, s -> s);
    }

    private Rows search(Context ctx) throws SQLException {
        String q = Params.text(ctx, "q");
        SearchRequest request = SearchController.request(ctx, backend, q, SEARCH_PAGE, 0);
        SearchResult first = backend.index().search(request);
        return new Rows() {
            public long total() { return first.total(); }

            public void each(RowSink sink) throws IOException {
                SearchResult page = first;
                int offset = 0;
                while (true) {
                    for (SearchResult.Hit hit : page.hits()) sink.accept(new RankedHit(++offset, hit));
                    if (page.hits().isEmpty() || offset >= page.total() || offset + request.limit() > SearchRequest.MAX_DEPTH) return;
                    page = backend.index().search(request.withOffset(offset));
                }
            }

            public String[] header() {
                return new String[] {"rank", "passage_id", "doc", "section", "date", "score", "text", "entities", "entities_vi", "entities_en"};
            }

            public String[] cells(Object row) {
                RankedHit r = (RankedHit) row;
                SearchResult.Hit h = r.hit();
                return new String[] {String.valueOf(r.rank()), h.passageId(), h.doc(), h.section(), h.date(), String.valueOf(h.score()),
                        h.text(), String.join(" ", h.entities()), names(h.entities(), 0), names(h.entities(), 1)};
            }

            public Object json(Object row) {
                RankedHit r = (RankedHit) row;
                var m = new java.util.LinkedHashMap<String, Object>();
                m.put("rank", r.rank());
                m.putAll(SearchResult.json(r.hit()));
                return m;
            }
        };
    }

    private record RankedHit(int rank, SearchResult.Hit hit) {}

    /** Ids as names in one language (0 Vietnamese, 1 English), separated by "; ". */
    private static String names(List<String> ids, int language) {
        List<String> out = new ArrayList<>();
        for (String id : ids) out.add(EntityLabels.label(id).get(language));
        return String.join("; ", out);
    }

    private static String json(Context ctx, Object value) { return ctx.jsonMapper().toJsonString(value, Object.class); }
}
