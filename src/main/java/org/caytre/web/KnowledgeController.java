package org.caytre.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.caytre.classify.Area;
import org.caytre.kb.AreaYears;
import org.caytre.kb.DocumentDetails;
import org.caytre.kb.Dossier;
import org.caytre.kb.Exporter;
import org.caytre.kb.KnowledgeBase;
import org.caytre.kb.ledger.LedgerJson;
import org.caytre.kb.Page;
import org.caytre.search.EntityLabels;
import java.util.List;

/** Entities, country dossiers, events, statistics, partners, the check report and exports: the kb's answers as JSON. */
final class KnowledgeController {
    private final Backend backend;

    KnowledgeController(Backend backend) { this.backend = backend; }

    /**
     * {@code {"id", "type", "names", "mentions", "documents", "documents_total", "label": [vi, en], "country", "events",
     * "events_total", "offices", "people"}}: one page of the documents naming it and of the events it takes part in (a
     * person: the events whose mentions name them); {@code country} is a person's, from the gazetteer; {@code offices} the
     * titles a person is named with, {@code people} those whose title names an organisation or country ({@link
     * org.caytre.kb.EntityRoles}).
     */
    void entity(Context ctx) throws SQLException {
        String id = ctx.pathParam("id");
        Page page = Params.page(ctx, DOSSIER_PAGE, MAX_PAGE);
        var e = new DocumentDetails(backend.store()).entity(id, page).orElseThrow(() -> ApiException.notFound("no entity " + id));
        Page.Paged<KnowledgeBase.EventView> events = new KnowledgeBase(backend.store())
                .events(new KnowledgeBase.EventFilter(id, null, null, null), page, "-date");
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("id", e.id());
        m.put("type", e.type());
        m.put("names", e.names());
        m.put("mentions", e.mentions());
        m.put("documents", e.documents());
        m.put("documents_total", e.documentsTotal());
        m.put("label", EntityLabels.standard().getOrDefault(id, List.of(e.names().isEmpty() ? id : e.names().get(0))));
        m.put("country", id.startsWith("PER:") ? EntityLabels.country(id) : null);
        m.put("events", events.items());
        m.put("events_total", events.total());
        var roles = new org.caytre.kb.EntityRoles(backend.store());
        m.put("offices", id.startsWith("PER:") ? roles(roles.offices(id)) : List.of());
        m.put("people", id.startsWith("PER:") ? List.of() : roles(roles.people(id, EntityLabels.people(id))));
        ctx.json(m);
    }

    /** {@code [{"person", "title", "mentions", "documents", "first", "last", "doc"}]}. */
    private static List<Map<String, Object>> roles(List<org.caytre.kb.EntityRoles.Role> roles) {
        List<Map<String, Object>> out = new java.util.ArrayList<>();
        for (var r : roles) {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("person", r.person());
            m.put("title", r.title());
            m.put("mentions", r.mentions());
            m.put("documents", r.documents());
            m.put("first", r.first());
            m.put("last", r.last());
            m.put("doc", r.doc());
            out.add(m);
        }
        return out;
    }

    /** One merged event with every mention, whatever its review status. */
    void event(Context ctx) throws SQLException {
        String id = ctx.pathParam("id");
        ctx.json(new KnowledgeBase(backend.store()).event(id).orElseThrow(() -> ApiException.notFound("no event " + id)));
    }

    /** {@code {"counts": [{"type", "month", "count"}]}}: the events a filter keeps, counted by type and month in the store. */
    void eventCounts(Context ctx) throws SQLException {
        var filter = eventFilter(ctx);
        ctx.json(Map.of("counts", new KnowledgeBase(backend.store()).eventCounts(filter)));
    }

    /** The events' filter of the query: participant, type, dates, and the corroboration and review bounds. */
    static KnowledgeBase.EventFilter eventFilter(Context ctx) {
        Integer minOutlets = Params.text(ctx, "min_outlets") == null ? null : Params.integer(ctx, "min_outlets", 0, 0, 1000);
        return new KnowledgeBase.EventFilter(Params.entity(ctx, "country"), Params.upper(ctx, "type"), Params.isoDate(ctx, "from"),
                Params.isoDate(ctx, "to"), Params.fraction(ctx, "min_confidence"), minOutlets, Params.flag(ctx, "confident", false),
                Params.flag(ctx, "include_rejected", false)).classified(area(ctx), Params.flag(ctx, "foreign", false));
    }

    /** The {@code area} parameter: an area code of {@link Area}, or null; anything else is a 400 naming the known codes. */
    static Area area(Context ctx) {
        String code = Params.text(ctx, "area");
        if (code == null) return null;
        try {
            return Area.parse(code);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("area: " + e.getMessage());
        }
    }

    /**
     * {@code {"areas": [{"area", "label": [vi, en], "years": [{"year", "events", "statistics", "event_share"}]}]}}: how
     * many events and figures each area of work has per year, and its share of the year's events that have an area.
     */
    void areaYears(Context ctx) throws SQLException {
        ctx.json(new AreaYears(backend.store()).count(Params.flag(ctx, "foreign", true)).toJson());
    }

    /** {@code {"names": {id: [vi, en]}}}: how the UI writes organisation, agreement and person ids. */
    void names(Context ctx) {
        ctx.header("Cache-Control", "max-age=3600");
        ctx.json(Map.of("names", EntityLabels.standard()));
    }

    void country(Context ctx) throws SQLException {
        String iso = Params.countryByName(ctx.pathParam("iso"), "iso");
        Dossier d = Dossier.of(backend.store(), iso, Params.page(ctx, DOSSIER_PAGE, MAX_PAGE), Params.flag(ctx, "all", false),
                Params.flag(ctx, "foreign", false));
        if (d.history().isEmpty() && d.eventsTotal() + d.eventsHidden() == 0 && d.documentsTotal() == 0 && d.figuresTotal() == 0)
            throw ApiException.notFound("nothing is known about country " + iso);
        ctx.json(d.toJson());
    }

    static final int DOSSIER_PAGE = 50, EVENTS_PAGE = 100, STATISTICS_PAGE = 100, MAX_PAGE = 1000;

    /** {@code {"events": [...], "total", "offset", "limit"}}, the events of caytre events --json one page at a time; country is
     *  any name or id of a country, organisation or person. */
    void events(Context ctx) throws SQLException {
        var filter = eventFilter(ctx);
        ctx.json(new KnowledgeBase(backend.store()).events(filter, Params.page(ctx, EVENTS_PAGE, MAX_PAGE),
                eventSort(ctx)).toJson("events"));
    }

    /** {@code {"statistics": [...], "total", "offset", "limit"}}; subject is any name or id. */
    void statistics(Context ctx) throws SQLException {
        ctx.json(new KnowledgeBase(backend.store()).statistics(statisticFilter(ctx), Params.page(ctx, STATISTICS_PAGE, MAX_PAGE),
                statisticSort(ctx)).toJson("statistics"));
    }

    static KnowledgeBase.StatisticFilter statisticFilter(Context ctx) {
        return new KnowledgeBase.StatisticFilter(Params.text(ctx, "indicator"), Params.entity(ctx, "subject"), Params.text(ctx, "doc"))
                .classified(area(ctx), Params.flag(ctx, "foreign", false));
    }

    static String statisticSort(Context ctx) { return Params.sort(ctx, "indicator", "period", "-period", "-value"); }

    static String eventSort(Context ctx) { return Params.sort(ctx, "date", "-date", "mentions"); }

    /** {@code {"indicators": [{"indicator", "count", "unit"}]}}: counted by the store, most stated first. */
    void indicators(Context ctx) throws SQLException {
        ctx.json(Map.of("indicators", new KnowledgeBase(backend.store()).indicators(Params.entity(ctx, "subject"))));
    }

    /** {@code {"first", "last"}}: the earliest and latest dated event (nulls when none is dated). */
    void span(Context ctx) throws SQLException {
        KnowledgeBase.DateSpan s = new KnowledgeBase(backend.store()).dateSpan();
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("first", s == null ? null : s.first());
        m.put("last", s == null ? null : s.last());
        ctx.json(m);
    }

    void partners(Context ctx) throws SQLException {
        LocalDate asOf = Params.day(ctx, "as_of", LocalDate.now());
        var ledger = backend.ledger(Params.flag(ctx, "foreign", false));
        Map<String, Object> m = LedgerJson.partners(asOf, ledger.asOf(asOf));
        m.put("tally", ledger.tally(asOf).toJson());
        ctx.json(m);
    }

    void check(Context ctx) throws SQLException {
        ctx.json(backend.checks());
    }

    /** The file {@code caytre export} writes, as a download. */
    void export(Context ctx) throws SQLException, IOException {
        String name = Params.text(ctx, "format");
        if (name == null) throw ApiException.badParameter("format is required: jsonl, csv or graphml");
        Exporter.Format format;
        try {
            format = Exporter.Format.valueOf(name.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("format must be jsonl, csv or graphml, not '" + name + "'");
        }
        Path file = Files.createTempFile("caytre-export", "." + format);
        try {
            new Exporter(new KnowledgeBase(backend.store()), backend.ledger(), EntityLabels::label).write(format, file);
            ctx.contentType(switch (format) {
                case jsonl -> "application/x-ndjson; charset=utf-8";
                case csv -> "text/csv; charset=utf-8";
                case graphml -> "application/graphml+xml; charset=utf-8";
            });
            ctx.header("Content-Disposition", "attachment; filename=\"caytre." + format + "\"");
            try (InputStream in = Files.newInputStream(file)) {
                ctx.result(in.readAllBytes());
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
