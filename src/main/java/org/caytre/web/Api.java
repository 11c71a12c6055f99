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

    static List<Route> routes(Backend backend, WebConfig config) {
        var docs = new DocumentController(backend);
        var search = new SearchController(backend);
        var kb = new KnowledgeController(backend);
        var upload = new UploadController(backend, config);
        Param country = Param.query("country", "string", "ISO 3166 alpha-3 code (or a person id PER:…)");
        Param type = Param.query("type", "string", "event type: VISIT, PHONE_CALL, AGREEMENT_SIGNED, …");
        Param from = Param.query("from", "string", "on or after this ISO date (YYYY, YYYY-MM or YYYY-MM-DD)");
        Param to = Param.query("to", "string", "on or before this ISO date");
        List<Route> routes = new ArrayList<>(List.of(
                Route.get(BASE + "/documents", "The stored documents with their counts of passages, events and statistics", docs::list),
                Route.get(BASE + "/documents/{id}", "One document: metadata, passages with section paths and footnote markers, "
                        + "annotations (entity mentions, events, statistics) with offsets", docs::one, Param.path("id", "document id")),
                Route.get(BASE + "/passages/{id}", "One paragraph (DOC:pN) or footnote (DOC:fN)", docs::passage, Param.path("id", "passage id")),
                Route.get(BASE + "/search", "Ranked passages with snippets and facets, as caytre search --json", search::search,
                        Param.query("q", "string", "words with or without diacritics, \"phrases\", -excluded words"),
                        Param.query("limit", "integer", "passages to return, 1–" + SearchController.MAX_LIMIT + " (default 10)"),
                        Param.query("country", "string", "only passages naming this country (id or any name)"), type,
                        Param.query("from", "string", "documents dated on or after (YYYY, YYYY-MM, YYYY-MM-DD)"),
                        Param.query("to", "string", "documents dated on or before")),
                Route.get(BASE + "/entities/{id}", "One entity: type, names seen, mentions and the documents naming it", kb::entity,
                        Param.path("id", "canonical id: ISO alpha-3, ORG:…, AGR:…, PER:…")),
                Route.get(BASE + "/countries/{iso}", "A country's dossier: partnership history, events by year and type, figures, documents",
                        kb::country, Param.path("iso", "ISO 3166 alpha-3 code")),
                Route.get(BASE + "/events", "Merged events with every mention, as caytre events --json", kb::events, country, type, from, to),
                Route.get(BASE + "/statistics", "Stored statistics with evidence, as caytre stats --json", kb::statistics,
                        Param.query("indicator", "string", "indicator name"), Param.query("subject", "string", "subject id")),
                Route.get(BASE + "/partners", "Vietnam's partners by framework level on a date, as caytre partners --json", kb::partners,
                        Param.query("as_of", "string", "date YYYY-MM-DD (default today)")),
                Route.get(BASE + "/check", "Stated partner counts checked against the knowledge base, as caytre check --json", kb::check),
                Route.get(BASE + "/export", "Events, statistics and the partner network as a download", kb::export,
                        Param.required("format", "string", "jsonl, csv or graphml")).producing("application/octet-stream"),
                new Route(HandlerType.POST, BASE + "/documents", "Upload one document (multipart field 'file'); needs the server's "
                        + "write token as 'Authorization: Bearer TOKEN'", List.of(Param.form("file", "the document: txt, md, html, pdf, docx"),
                        Param.header("Authorization", "Bearer TOKEN")), "application/json", upload::upload)));
        routes.add(Route.get(BASE + "/openapi.json", "This document (OpenAPI 3)", ctx -> ctx.json(OpenApi.document(routes))));
        return List.copyOf(routes);
    }
}
