package org.caytre.search;

import java.util.List;
import java.util.Map;

/**
 * Ranked passages and facet counts over every passage that matched. {@code facets} maps a facet name
 * ({@link PassageFields#FACETS}: countries, event_types, years, documents) to value → count, largest first.
 */
public record SearchResult(long total, List<Hit> hits, Map<String, Map<String, Integer>> facets, int offset, int limit,
                           Map<String, Integer> facetTotals, boolean relaxed) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
        facetTotals = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facetTotals));
    }

    /** A result that found the query's words together (not {@link #relaxed}). */
    public SearchResult(long total, List<Hit> hits, Map<String, Map<String, Integer>> facets, int offset, int limit,
                        Map<String, Integer> facetTotals) {
        this(total, hits, facets, offset, limit, facetTotals, false);
    }

    /** The first page. */
    public SearchResult(long total, List<Hit> hits, Map<String, Map<String, Integer>> facets) {
        this(total, hits, facets, 0, Math.max(1, hits.size()), Map.of());
    }

    /**
     * One passage: its document, id, section path, document date, whole text, a snippet with the matches between
     * {@code <b>} and {@code </b>}, the score and the entity ids named in it.
     */
    public record Hit(String doc, String passageId, String section, String date, String text, String snippet,
                      float score, List<String> entities) {
        public Hit { entities = List.copyOf(entities); }
    }

    /** How many distinct values a facet has over all matching passages (its map holds the largest 20): "documents" is the
     *  number of documents that match. */
    public int distinct(String facet) { return facetTotals.getOrDefault(facet, facets.getOrDefault(facet, Map.of()).size()); }

    /** One hit as {@link #toJson()} writes it. */
    public static java.util.Map<String, Object> json(Hit h) {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("doc", h.doc());
        m.put("passage_id", h.passageId());
        m.put("section", h.section());
        m.put("date", h.date());
        m.put("text", h.text());
        m.put("snippet", h.snippet());
        m.put("score", h.score());
        m.put("entities", h.entities());
        return m;
    }

    /** The JSON contract of {@code caytre search --json} and {@code /api/v1/search}: {@code {"total", "hits": [{"doc",
     *  "passage_id", "section", "date", "text", "snippet", "score", "entities"}], "facets", "offset", "limit", "facet_totals",
     *  "relaxed"}}, fields in that order ({@code offset}: hits skipped before this page; {@code facet_totals}: distinct
     *  values of each facet; {@code relaxed}: true when no passage had the query's words together, so the hits and
     *  counts are of passages with any of them). */
    public java.util.Map<String, Object> toJson() {
        java.util.List<java.util.Map<String, Object>> list = new java.util.ArrayList<>();
        for (Hit h : hits()) list.add(json(h));
        java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("total", total());
        out.put("hits", list);
        out.put("facets", facets());
        out.put("offset", offset());
        out.put("limit", limit());
        out.put("facet_totals", facetTotals());
        out.put("relaxed", relaxed());
        return out;
    }
}
