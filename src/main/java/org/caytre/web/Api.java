package org.caytre.web;

import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;
import org.caytre.web.Route.Param;

/**
 * The route table of {@code /api/v1}: the one list {@link WebServer} registers and {@link OpenApi} describes.
 *
 * <pre>{@code for (Route r : Api.routes(backend, config)) config.routes.addHttpHandler(r.method(), r.path(), r.handler()); }</pre>
 */
final class Api {
    static final String BASE = "/api/v1";

    private Api() {}

    private static Param limit(int defaultLimit, int max) {
        return Param.query("limit", "integer", "rows in this page, 1–" + max + " (default " + defaultLimit + ")");
    }

    static List<Route> routes(Backend backend, WebConfig config) {
        var docs = new DocumentController(backend);
        var search = new SearchController(backend);
        var kb = new KnowledgeController(backend);
        var upload = new UploadController(backend, config);
        var alerts = new AlertController(backend, config);
        var status = new StatusController(backend, config);
        Param savedId = Param.path("id", "saved search id (ss-…)");
        Param token = Param.header("Authorization", "Bearer TOKEN, when the server has a write token");
        Param country = Param.query("country", "string", "a participant: ISO 3166 alpha-3 code, ORG:…/PER:… id, or any name (Nhật Bản, Japan)");
        Param type = Param.query("type", "string", "event type: VISIT, PHONE_CALL, AGREEMENT_SIGNED, …");
        Param from = Param.query("from", "string", "on or after this ISO date (YYYY, YYYY-MM or YYYY-MM-DD)");
        Param to = Param.query("to", "string", "on or before this ISO date");
        Param minConfidence = Param.query("min_confidence", "number", "only events at least this confident (0–1)");
        Param minOutlets = Param.query("min_outlets", "integer", "only events reported by at least this many independent outlets");
        Param confident = Param.query("confident", "boolean", "only corroborated or confident events (the timeline's default)");
        Param includeRejected = Param.query("include_rejected", "boolean", "also events an analyst rejected or merged into another");
        Param area = Param.query("area", "string", "an area of work: " + String.join(", ", org.caytre.classify.Area.codes()));
        Param foreign = Param.query("foreign", "boolean", "only what was read from passages about foreign relations");
        Param offset = Param.query("offset", "integer", "rows to skip before this page (default 0); the answer's total says how many there are");
        List<Route> routes = new ArrayList<>(List.of(
                Route.get(BASE + "/documents", "One page of the stored documents with their counts of passages, events and statistics, "
                        + "the total, and counts by outlet, kind and year", docs::list,
                        from, to, Param.query("outlet", "string", "the outlet (JSONL source, or the host of the url)"),
                        Param.query("kind", "string", "document kind: báo cáo, công văn, news, pdf, …"),
                        Param.query("title", "string", "words the title contains"),
                        Param.query("ids", "string", "comma-separated document ids: exactly these (no paging, no facets)"),
                        Param.query("sort", "string", "id (default), date, -date, title, -ingested"), offset,
                        limit(DocumentController.PAGE, DocumentController.MAX_PAGE)).answering(ApiSchemas.documentList()),
                Route.get(BASE + "/documents/{id}", "One document: metadata, passages with section paths and footnote markers, "
                        + "annotations (entity mentions, events, statistics) with offsets", docs::one, Param.path("id", "document id")).answering(ApiSchemas.documentDetail()),
                Route.get(BASE + "/passages/{id}", "One paragraph (DOC:pN) or footnote (DOC:fN)", docs::passage, Param.path("id", "passage id")).answering(ApiSchemas.ref("Passage")),
                Route.get(BASE + "/search", "Ranked passages with snippets and facets, as caytre search --json", search::search,
                        Param.query("q", "string", "words with or without diacritics, \"phrases\", -excluded words"),
                        Param.query("limit", "integer", "passages to return, 1–" + SearchController.MAX_LIMIT + " (default 10)"),
                        Param.query("offset", "integer", "passages to skip (paging; offset + limit ≤ " + org.caytre.search.SearchRequest.MAX_DEPTH + ")"),
                        Param.query("country", "string", "only passages naming this country (id or any name)"), type,
                        Param.query("from", "string", "documents dated on or after (YYYY, YYYY-MM, YYYY-MM-DD)"),
                        Param.query("to", "string", "documents dated on or before"),
                        Param.query("doc", "string", "only passages of this document"),
                        Param.query("outlet", "string", "only documents of this outlet (as the documents list names it)"),
                        Param.query("kind", "string", "only documents of this kind: báo cáo, công văn, news, pdf, …"),
                        Param.query("include_withdrawn", "boolean", "true: also passages of withdrawn documents (left out by default)"), area).answering(ApiSchemas.search()),
                new Route(HandlerType.POST, BASE + "/search/batch", "One search per entry of a list (names or queries) with the "
                        + "query's filters: passages, documents, the documents with most matches and the best passage per entry, as caytre "
                        + "search --batch; a JSON body {entries: [...]} or {text: 'one entry a line'}", List.of(Param.body("entries", "array",
                        "names or queries, at most " + SearchController.MAX_ENTRIES), country, type, from, to,
                        Param.query("outlet", "string", "only documents of this outlet"), Param.query("kind", "string", "only documents of this kind"),
                        Param.query("format", "string", "json (default) or csv")), "application/json", search::batch).status(200)
                        .answering(ApiSchemas.object("rows", ApiSchemas.array(ApiSchemas.BATCH_ROW))),
                Route.get(BASE + "/export/{list}", "Every row of a filtered list (search, events, statistics, documents: the same "
                        + "filters and sort as the list's route) as CSV with names, JSONL, or for events GraphML; X-Total-Count: the rows "
                        + "the filter keeps", new ExportController(backend)::export, Param.path("list", "search, events, statistics or documents"),
                        Param.query("format", "string", "csv (default), jsonl or graphml (events)")).producing("application/octet-stream"),
                Route.get(BASE + "/brief", "A footnoted brief, as caytre brief writes it: a country's (country), an area of work's "
                        + "(area), or a country's within an area, over whole years, or a search's documents (q); every sentence footnoted with document, date and evidence",
                        new BriefController(backend)::brief, Param.query("country", "string", "ISO 3166 alpha-3 code or any name"),
                        Param.query("area", "string", "an area of work: " + String.join(", ", org.caytre.classify.Area.codes())),
                        Param.query("from", "integer", "first year (YYYY)"), Param.query("to", "integer", "last year (YYYY)"),
                        Param.query("format", "string", "md (default; charts inlined as SVG), docx or pdf"),
                        Param.query("lang", "string", "vi (default) or en"),
                        Param.query("all", "boolean", "every event not rejected, not only corroborated or confident ones"),
                        Param.query("foreign", "boolean", "only what was read from passages about foreign relations (default true)"),
                        Param.query("q", "string", "the brief of the documents this search returns; country, area, from, to (ISO dates), type, doc, "
                                + "outlet, kind and include_withdrawn then filter the search as on the search route"),
                        Param.query("max_documents", "integer", "with q: the documents ranked first that the brief uses (default "
                                + org.caytre.brief.SearchScope.DEFAULT_CAP + ", at most " + org.caytre.brief.SearchScope.MAX_CAP + ")"),
                        Param.query("matched_only", "boolean", "with q: only what is read from the passages the search matched, not the whole documents"))
                        .producing("application/octet-stream"),
                Route.get(BASE + "/documents/{id}/original", "The file the document was read from, as a download (404 for a corpus "
                        + "record or a file gone since)", docs::original, Param.path("id", "document id")).producing("application/octet-stream"),
                Route.get(BASE + "/entities/{id}", "One entity: type, names seen, label, mentions, one page of the documents naming it "
                        + "and of its events, with their totals", kb::entity,
                        Param.path("id", "canonical id: ISO alpha-3, ORG:…, AGR:…, PER:…"), offset,
                        limit(KnowledgeController.DOSSIER_PAGE, KnowledgeController.MAX_PAGE)).answering(ApiSchemas.entity()),
                Route.get(BASE + "/countries/{iso}", "A country's dossier: partnership history, events by year and type, one page of "
                        + "events, figures and documents with their totals", kb::country,
                        Param.path("iso", "ISO 3166 alpha-3 code or any name of the country"), offset,
                        limit(KnowledgeController.DOSSIER_PAGE, KnowledgeController.MAX_PAGE),
                        Param.query("all", "boolean", "every event, not only the corroborated or confident ones (the default)"), foreign)
                        .answering(ApiSchemas.dossier()),
                Route.get(BASE + "/events", "One page of merged events with every mention, as caytre events --json, and the total",
                        kb::events, country, type, from, to, minConfidence, minOutlets, confident, includeRejected, area, foreign,
                        Param.query("sort", "string", "date (default), -date, mentions"), offset,
                        limit(KnowledgeController.EVENTS_PAGE, KnowledgeController.MAX_PAGE)).answering(ApiSchemas.page("events", ApiSchemas.ref("Event"))),
                Route.get(BASE + "/events/span", "The earliest and latest dated event: {first, last}", kb::span).answering(ApiSchemas.object("first", ApiSchemas.nullable(ApiSchemas.str()), "last", ApiSchemas.nullable(ApiSchemas.str()))),
                Route.get(BASE + "/events/counts", "The events a filter keeps, counted by type and month: {counts: [{type, month, count}]}",
                        kb::eventCounts, country, type, from, to, minConfidence, minOutlets, confident, includeRejected, area, foreign).answering(ApiSchemas.object("counts", ApiSchemas.array(
                        ApiSchemas.object("type", ApiSchemas.str(), "month", ApiSchemas.str(), "count", ApiSchemas.integer())))),
                Route.get(BASE + "/events/{id}", "One merged event with every mention", kb::event, Param.path("id", "event id (ev-…)")).answering(ApiSchemas.ref("Event")),
                Route.get(BASE + "/areas/years", "Events and figures per area of work per year, and each area's share of the year's events",
                        kb::areaYears, Param.query("foreign", "boolean", "only passages about foreign relations (default true)"))
                        .answering(AreaYearsSchema.SCHEMA),
                Route.get(BASE + "/names", "How organisation, agreement and person ids are written: {names: {id: [vi, en]}}", kb::names)
                        .answering(ApiSchemas.object("names", ApiSchemas.map(ApiSchemas.array(ApiSchemas.str())))),
                Route.get(BASE + "/statistics", "One page of stored statistics with evidence, as caytre stats --json, and the total",
                        kb::statistics, Param.query("indicator", "string", "indicator name"),
                        Param.query("subject", "string", "subject: id or any name"), Param.query("doc", "string", "one document's"),
                        area, foreign, Param.query("sort", "string", "indicator (default), period, -period, -value"), offset,
                        limit(KnowledgeController.STATISTICS_PAGE, KnowledgeController.MAX_PAGE)).answering(ApiSchemas.page("statistics", ApiSchemas.ref("Statistic"))),
                Route.get(BASE + "/statistics/indicators", "Every indicator with its count and most frequent unit, most stated first",
                        kb::indicators, Param.query("subject", "string", "subject: id or any name")).answering(ApiSchemas.object("indicators",
                        ApiSchemas.array(ApiSchemas.object("indicator", ApiSchemas.str(), "count", ApiSchemas.integer(), "unit", ApiSchemas.nullable(ApiSchemas.str()))))),
                Route.get(BASE + "/partners", "Vietnam's partners by framework level on a date, as caytre partners --json", kb::partners,
                        Param.query("as_of", "string", "date YYYY-MM-DD (default today)"), foreign)
                        .answering(ApiSchemas.open(ApiSchemas.object("as_of", ApiSchemas.str(), "partners", ApiSchemas.array(ApiSchemas.anyObject())))),
                Route.get(BASE + "/check", "Stated partner counts checked against the knowledge base, as caytre check --json", kb::check)
                        .answering(ApiSchemas.open(ApiSchemas.object("checks", ApiSchemas.array(ApiSchemas.anyObject())))),
                Route.get(BASE + "/export", "Events, statistics and the partner network as a download", kb::export,
                        Param.required("format", "string", "jsonl, csv or graphml")).producing("application/octet-stream"),
                Route.get(BASE + "/status", "Ingestion status, as caytre status --json: documents per day and source, the last runs, "
                        + "failures with their reasons, feeds (dead ones named)", status::status).answering(StatusController.schema()),
                new Route(HandlerType.POST, BASE + "/status/rerun", "Try the failures again, as caytre status --rerun-failures: the "
                        + "new run's id and counts; 409 while another run is going", List.of(token), "application/json", status::rerun)
                        .status(200).answering(StatusController.rerunSchema()),
                Route.get(BASE + "/saved-searches", "Saved searches, each with how many matching documents arrived since it was last seen",
                        alerts::list).answering(ApiSchemas.object("saved_searches", ApiSchemas.array(
                        ApiSchemas.with(ApiSchemas.SAVED_SEARCH, "new", ApiSchemas.integer())))),
                new Route(HandlerType.POST, BASE + "/saved-searches", "Save a query with its filters: a JSON body {name, q, country, type, "
                        + "from, to, outlet, kind}", List.of(token), "application/json", alerts::create).answering(ApiSchemas.ref("SavedSearch")),
                Route.get(BASE + "/saved-searches/{id}", "One saved search with the matching documents ingested since it was last seen",
                        alerts::one, savedId).answering(ApiSchemas.savedSearchNew()),
                new Route(HandlerType.DELETE, BASE + "/saved-searches/{id}", "Delete a saved search", List.of(savedId, token),
                        "application/json", alerts::delete),
                new Route(HandlerType.POST, BASE + "/saved-searches/{id}/seen", "Mark a saved search's results seen now",
                        List.of(savedId, token), "application/json", alerts::seen).status(200)
                        .answering(ApiSchemas.object("id", ApiSchemas.str(), "seen_at", ApiSchemas.str())),
                Route.get(BASE + "/saved-searches/{id}/feed.atom", "A saved search as an Atom feed of the latest matching documents",
                        alerts::feed, savedId).producing("application/atom+xml"),
                new Route(HandlerType.POST, BASE + "/documents", "Upload one document (multipart field 'file'); needs the server's "
                        + "write token as 'Authorization: Bearer TOKEN'", List.of(Param.form("file", "the document: txt, md, html, pdf, docx"),
                        Param.header("Authorization", "Bearer TOKEN")), "application/json", upload::upload).answering(ApiSchemas.anyObject())));
        routes.addAll(ReviewController.routes(backend, config));
        routes.add(Route.get(BASE + "/openapi.json", "This document (OpenAPI 3)", ctx -> ctx.json(OpenApi.document(routes)))
                .answering(ApiSchemas.open(ApiSchemas.object("openapi", ApiSchemas.str(), "info", ApiSchemas.anyObject(),
                        "paths", ApiSchemas.anyObject(), "components", ApiSchemas.anyObject()))));
        return List.copyOf(routes);
    }
}
