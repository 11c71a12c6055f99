package org.caytre.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON schemas (OpenAPI 3.0) of the API's answers, named in {@code components.schemas} and referenced by each
 * route. An object lists every field it has and requires them all ({@code additionalProperties: false}) unless it is
 * {@link #open} — the answers of the partnership ledger, whose fields that package owns. {@code OpenApiSchemaTest}
 * checks every route's real answer against its schema.
 */
final class ApiSchemas {
    private ApiSchemas() {}

    static Map<String, Object> str() { return Map.of("type", "string"); }

    static Map<String, Object> integer() { return Map.of("type", "integer"); }

    static Map<String, Object> number() { return Map.of("type", "number"); }

    static Map<String, Object> bool() { return Map.of("type", "boolean"); }

    static Map<String, Object> nullable(Map<String, Object> schema) {
        Map<String, Object> m = new LinkedHashMap<>(schema);
        m.put("nullable", true);
        return m;
    }

    static Map<String, Object> array(Map<String, Object> items) { return Map.of("type", "array", "items", items); }

    /** An object whose keys are data (a facet's values, a year): every value of one schema. */
    static Map<String, Object> map(Map<String, Object> values) { return Map.of("type", "object", "additionalProperties", values); }

    static Map<String, Object> anyObject() { return Map.of("type", "object", "additionalProperties", true); }

    static Map<String, Object> ref(String name) { return Map.of("$ref", "#/components/schemas/" + name); }

    /** An object with exactly these fields, all present: name, schema, name, schema, … */
    static Map<String, Object> object(Object... fields) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i += 2) properties.put((String) fields[i], fields[i + 1]);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "object");
        m.put("properties", properties);
        m.put("required", new ArrayList<>(properties.keySet()));
        m.put("additionalProperties", false);
        return m;
    }

    /** The same object, some of its fields optional. */
    static Map<String, Object> optional(Map<String, Object> object, String... fields) {
        Map<String, Object> m = new LinkedHashMap<>(object);
        @SuppressWarnings("unchecked") List<String> required = new ArrayList<>((List<String>) object.get("required"));
        required.removeAll(Arrays.asList(fields));
        m.put("required", required);
        return m;
    }

    /** An object that must have these fields and may have others. */
    static Map<String, Object> open(Map<String, Object> object) {
        Map<String, Object> m = new LinkedHashMap<>(object);
        m.put("additionalProperties", true);
        return m;
    }

    /** Extra fields on an object schema (its required list grows too). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> with(Map<String, Object> object, Object... fields) {
        Map<String, Object> m = new LinkedHashMap<>(object);
        Map<String, Object> properties = new LinkedHashMap<>((Map<String, Object>) object.get("properties"));
        List<String> required = new ArrayList<>((List<String>) object.get("required"));
        for (int i = 0; i < fields.length; i += 2) {
            properties.put((String) fields[i], fields[i + 1]);
            required.add((String) fields[i]);
        }
        m.put("properties", properties);
        m.put("required", required);
        return m;
    }

    /** {@code {NAME: [items], "total", "offset", "limit"}}: one page of a list. */
    static Map<String, Object> page(String name, Map<String, Object> items) {
        return object(name, array(items), "total", integer(), "offset", integer(), "limit", integer());
    }

    static final Map<String, Object> DOCUMENT = object("id", str(), "title", nullable(str()), "date", nullable(str()),
            "date_source", nullable(str()), "ingested_at", str(), "passages_count", integer(), "events_count", integer(),
            "statistics_count", integer(), "outlet", nullable(str()), "kind", nullable(str()), "relevance", nullable(number()));

    static final Map<String, Object> PASSAGE = object("id", str(), "doc", str(), "kind", str(), "number", integer(),
            "section", nullable(str()), "section_path", str(), "start", integer(), "end", integer(), "marker_offset", nullable(integer()),
            "text", str(), "relevance", nullable(number()), "areas", array(str()));

    static final Map<String, Object> MENTION = object("doc", str(), "evidence", str(), "offset", integer(), "date", nullable(str()),
            "rule", nullable(str()), "outlet", nullable(str()), "kind", str());

    /** How well a merged event is supported (kb.Corroboration). */
    static final Map<String, Object> CORROBORATION = object("documents", integer(), "outlets", integer(), "sources", array(str()),
            "official", bool(), "rules", array(str()), "modality", str(), "confidence", number(), "corroborated", bool());

    static final Map<String, Object> EVENT = object("id", str(), "type", str(), "participants", array(str()), "date", nullable(str()),
            "attrs", anyObject(), "alternatives", array(anyObject()), "mentions", array(ref("Mention")),
            "corroboration", CORROBORATION, "review", object("status", str(), "reviews", integer(),
                    "merged_into", nullable(str()), "split_from", nullable(str())));

    /** One analyst action of the audit trail (kb.Review); before and after are the target's JSON. */
    static final Map<String, Object> REVIEW = object("seq", integer(), "at", str(), "reviewer", str(), "action", str(),
            "target_kind", str(), "target_id", str(), "other_id", nullable(str()), "before", nullable(anyObject()),
            "after", nullable(anyObject()), "reason", str());

    static final Map<String, Object> STATISTIC = object("indicator", str(), "value", number(), "unit", nullable(str()),
            "period", nullable(str()), "subject", nullable(str()), "approximate", bool(), "evidence", str(), "offset", integer(), "doc", str());

    static final Map<String, Object> HIT = object("doc", str(), "passage_id", str(), "section", nullable(str()), "date", nullable(str()),
            "text", str(), "snippet", str(), "score", number(), "entities", array(str()));

    static final Map<String, Object> SAVED_SEARCH = object("id", str(), "name", str(), "query", map(str()), "created_at", str(), "seen_at", str());

    /** A title a person is written with (kb.EntityRoles.Role). */
    static final Map<String, Object> ROLE = object("person", str(), "title", str(), "mentions", integer(), "documents", integer(),
            "first", nullable(str()), "last", nullable(str()), "doc", str());

    /** One entry of a batch search (search.BatchSearch.Row). */
    static final Map<String, Object> BATCH_ROW = object("entry", str(), "passages", integer(), "documents", integer(),
            "top_documents", array(str()), "best_passage", str(), "snippet", str());

    static final Map<String, Object> ERROR = object("error", object("code", str(), "message", str()));

    /** The named schemas, for {@code components.schemas}. */
    static Map<String, Object> components() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Error", ERROR);
        m.put("Document", DOCUMENT);
        m.put("Passage", PASSAGE);
        m.put("Mention", MENTION);
        m.put("Event", EVENT);
        m.put("Review", REVIEW);
        m.put("Statistic", STATISTIC);
        m.put("SearchHit", HIT);
        m.put("SavedSearch", SAVED_SEARCH);
        return m;
    }

    static Map<String, Object> documentList() {
        return optional(with(page("documents", ref("Document")), "facets",
                object("outlets", map(integer()), "kinds", map(integer()), "years", map(integer()))), "facets");
    }

    static Map<String, Object> documentDetail() {
        return with(DOCUMENT, "metadata", anyObject(), "original", nullable(str()), "passages", array(ref("Passage")), "annotations", object(
                "entities", array(object("entity", str(), "type", str(), "start", integer(), "end", integer(), "text", str())),
                "events", array(object("event", str(), "type", str(), "participants", array(str()), "people", array(str()),
                        "date", nullable(str()), "attrs", anyObject(), "evidence", str(), "start", integer(), "end", integer(), "rule", nullable(str()))),
                "statistics", array(object("indicator", str(), "value", number(), "unit", nullable(str()), "period", nullable(str()),
                        "subject", nullable(str()), "approximate", bool(), "evidence", str(), "start", integer(), "end", integer(), "rule", nullable(str()))),
                "dates", array(object("text", str(), "value", str(), "precision", str(), "start", integer(), "end", integer()))));
    }

    static Map<String, Object> search() {
        Map<String, Object> facets = object("countries", map(integer()), "event_types", map(integer()), "years", map(integer()),
                "documents", map(integer()), "areas", map(integer()));
        return object("total", integer(), "hits", array(ref("SearchHit")), "facets", facets, "offset", integer(), "limit", integer(),
                "facet_totals", map(integer()), "relaxed", bool());
    }

    static Map<String, Object> entity() {
        return object("id", str(), "type", str(), "names", array(str()), "mentions", integer(), "documents", array(str()),
                "documents_total", integer(), "label", array(str()), "country", nullable(str()), "events", array(ref("Event")),
                "events_total", integer(), "offices", array(ROLE), "people", array(ROLE));
    }

    /** The dossier: the ledger's history steps are open, and the dossier may grow fields of other features. */
    static Map<String, Object> dossier() {
        return open(object("country", str(), "history", array(anyObject()), "events_by_year", map(map(integer())),
                "events", array(ref("Event")), "figures", array(ref("Statistic")), "documents", array(str()), "events_total", integer(),
                "figures_total", integer(), "documents_total", integer()));
    }

    static Map<String, Object> savedSearchNew() {
        return with(SAVED_SEARCH, "since", str(), "new", integer(), "documents", array(object("id", str(), "title", nullable(str()),
                "date", nullable(str()), "ingested_at", str(), "passage_id", str(), "snippet", str(), "passages", integer())));
    }
}
