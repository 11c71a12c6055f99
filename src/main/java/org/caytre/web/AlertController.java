package org.caytre.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.caytre.kb.SavedSearches;
import org.caytre.kb.SavedSearches.NewDocument;
import org.caytre.kb.SavedSearches.SavedSearch;
import org.caytre.search.SearchRequest;
import org.caytre.search.SearchResult;

/**
 * Saved searches and their alerts: {@code /api/v1/saved-searches} lists them with how many matching documents arrived
 * since each was last seen, saves one (a JSON body {@code {"name", "q", "country", "type", "from", "to", "outlet", "kind"}}), deletes one,
 * answers one with its new documents, marks one seen, and serves each as an Atom feed of the latest matching documents.
 * When the server has a write token, saving, deleting and marking seen need it ({@code Authorization: Bearer}); without
 * one (the default: a loopback desk) they are open, bounded by {@link SavedSearches#MAX}.
 */
final class AlertController {
    /** Documents looked at for "new since" and for the feed: the most recently ingested this many. */
    static final int CANDIDATES = 500;
    /** Passages read among them; each document counts the matching passages among these. */
    private static final int PASSAGES = 300;
    static final int FEED_ENTRIES = 50;

    private final Backend backend;
    private final WebConfig config;

    AlertController(Backend backend, WebConfig config) {
        this.backend = backend;
        this.config = config;
    }

    /** A matching document: when it came, its best passage's snippet and how many of its passages match. */
    record Match(NewDocument document, String passageId, String snippet, int passages) {}

    void list(Context ctx) throws SQLException {
        List<Map<String, Object>> out = new ArrayList<>();
        for (SavedSearch s : store().list()) {
            Map<String, Object> m = json(s);
            m.put("new", matches(s, s.seenAt()).size());
            out.add(m);
        }
        ctx.json(Map.of("saved_searches", out));
    }

    void create(Context ctx) throws SQLException {
        authorize(ctx);
        JsonNode body;
        try {
            body = new ObjectMapper().readTree(ctx.body());
        } catch (java.io.IOException e) {
            throw ApiException.badParameter("the body must be a JSON object {\"name\", \"q\", \"country\", \"type\", \"from\", \"to\"}");
        }
        if (body == null || !body.isObject()) throw ApiException.badParameter("the body must be a JSON object with a name and a query");
        Map<String, String> query = new LinkedHashMap<>();
        for (String f : SavedSearches.FIELDS) if (body.hasNonNull(f)) query.put(f, body.get(f).asText());
        SavedSearch probe = new SavedSearch("", "", query, null, null);
        backend.index().search(request(probe, List.of(), 1));   // a bad date or an unknown country is a 400 now, not a broken alert later
        SavedSearch s = store().create(body.hasNonNull("name") ? body.get("name").asText() : null, query);
        ctx.status(201).json(json(s));
    }

    void delete(Context ctx) throws SQLException {
        authorize(ctx);
        String id = ctx.pathParam("id");
        if (!store().delete(id)) throw ApiException.notFound("no saved search " + id);
        ctx.status(204);
    }

    /** {@code {…the saved search, "since", "new": n, "documents": [{"id", "title", "date", "ingested_at", "passage_id", "snippet", "passages"}]}}. */
    void one(Context ctx) throws SQLException {
        SavedSearch s = find(ctx);
        List<Match> found = matches(s, s.seenAt());
        Map<String, Object> m = json(s);
        m.put("since", s.seenAt());
        m.put("new", found.size());
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Match x : found) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("id", x.document().id());
            d.put("title", x.document().title());
            d.put("date", x.document().date());
            d.put("ingested_at", x.document().ingestedAt());
            d.put("passage_id", x.passageId());
            d.put("snippet", x.snippet());
            d.put("passages", x.passages());
            docs.add(d);
        }
        m.put("documents", docs);
        ctx.json(m);
    }

    void seen(Context ctx) throws SQLException {
        authorize(ctx);
        String id = ctx.pathParam("id");
        String at = store().markSeen(id).orElseThrow(() -> ApiException.notFound("no saved search " + id));
        ctx.json(Map.of("id", id, "seen_at", at));
    }

    /** Atom 1.0: the latest matching documents (of the {@value #CANDIDATES} most recently ingested), newest first. */
    void feed(Context ctx) throws SQLException, XMLStreamException {
        SavedSearch s = find(ctx);
        List<Match> found = matches(s, null);
        String base = ctx.scheme() + "://" + ctx.host() + "/";
        StringWriter out = new StringWriter();
        XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
        x.writeStartDocument("UTF-8", "1.0");
        x.writeStartElement("feed");
        x.writeDefaultNamespace("http://www.w3.org/2005/Atom");
        element(x, "id", "urn:caytre:saved-search:" + s.id());
        element(x, "title", "Cây Tre: " + s.name());
        element(x, "updated", found.isEmpty() ? s.createdAt() : found.get(0).document().ingestedAt());
        link(x, "self", base + "api/v1/saved-searches/" + s.id() + "/feed.atom");
        link(x, "alternate", base + "#/search?" + query(s));
        x.writeStartElement("author");
        element(x, "name", "Cây Tre");
        x.writeEndElement();
        for (Match m : found.subList(0, Math.min(FEED_ENTRIES, found.size()))) {
            NewDocument d = m.document();
            x.writeStartElement("entry");
            element(x, "id", "urn:caytre:document:" + d.id());
            element(x, "title", d.title() == null || d.title().isBlank() ? d.id() : d.title());
            element(x, "updated", d.ingestedAt());
            link(x, "alternate", base + "#/doc/" + encode(m.passageId().substring(0, m.passageId().lastIndexOf(':'))) + "/"
                    + m.passageId().substring(m.passageId().lastIndexOf(':') + 1));
            element(x, "summary", m.snippet().replace("<b>", "").replace("</b>", ""));
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeEndDocument();
        ctx.contentType("application/atom+xml; charset=utf-8").result(out.toString());
    }

    /** The documents ingested after {@code since} (null: the latest ones) that match, newest first. */
    private List<Match> matches(SavedSearch s, String since) throws SQLException {
        List<NewDocument> candidates = store().ingestedSince(since, CANDIDATES);
        if (candidates.isEmpty()) return List.of();
        List<String> ids = candidates.stream().map(NewDocument::id).toList();
        if (s.query().containsKey("outlet") || s.query().containsKey("kind")) {   // the recent documents of that outlet and kind
            List<String> scope = new org.caytre.kb.DocumentCatalog(backend.store()).searchScope(null, s.query().get("outlet"), s.query().get("kind"));
            if (!scope.isEmpty()) ids = ids.stream().filter(new java.util.HashSet<>(scope)::contains).toList();
            if (ids.isEmpty()) return List.of();
        }
        SearchResult r = backend.index().searchTogether(request(s, ids, PASSAGES));
        Map<String, Match> byDoc = new LinkedHashMap<>();
        for (SearchResult.Hit h : r.hits())
            byDoc.merge(h.doc(), new Match(null, h.passageId(), h.snippet(), 1), (a, b) -> new Match(null, a.passageId(), a.snippet(), a.passages() + 1));
        List<Match> out = new ArrayList<>();
        for (NewDocument d : candidates) {
            Match m = byDoc.get(d.id());
            if (m != null) out.add(new Match(d, m.passageId(), m.snippet(), m.passages()));
        }
        return out;
    }

    private static SearchRequest request(SavedSearch s, List<String> docs, int limit) {
        Map<String, String> q = s.query();
        return new SearchRequest(q.get("q"), limit, q.get("country"), q.get("type"), q.get("from"), q.get("to"), 0, docs);
    }

    private SavedSearch find(Context ctx) throws SQLException {
        String id = ctx.pathParam("id");
        return store().get(id).orElseThrow(() -> ApiException.notFound("no saved search " + id));
    }

    private SavedSearches store() { return new SavedSearches(backend.store()); }

    /** Open without a write token; with one, the request must carry it (compared in constant time). */
    private void authorize(Context ctx) { requireWriteToken(config, ctx.header("Authorization")); }

    /** A write that is open on a server without a write token and needs the token on one with it (a re-run too). */
    static void requireWriteToken(WebConfig config, String header) {
        if (config.writeToken() == null) return;
        String given = header != null && header.startsWith("Bearer ") ? header.substring(7).strip() : "";
        if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), config.writeToken().getBytes(StandardCharsets.UTF_8)))
            throw new ApiException(401, "unauthorized", "this server has a write token: send it as 'Authorization: Bearer TOKEN'");
    }

    static Map<String, Object> json(SavedSearch s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("name", s.name());
        m.put("query", s.query());
        m.put("created_at", s.createdAt());
        m.put("seen_at", s.seenAt());
        return m;
    }

    private static String query(SavedSearch s) {
        List<String> parts = new ArrayList<>();
        s.query().forEach((k, v) -> parts.add(k + "=" + encode(v)));
        return String.join("&", parts);
    }

    private static String encode(String s) { return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"); }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(text == null ? "" : text);
        x.writeEndElement();
    }

    private static void link(XMLStreamWriter x, String rel, String href) throws XMLStreamException {
        x.writeEmptyElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("href", href);
    }
}
