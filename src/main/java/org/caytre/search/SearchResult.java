package org.caytre.search;

import java.util.List;
import java.util.Map;

/**
 * Ranked passages and facet counts over every passage that matched. {@code facets} maps a facet name
 * ({@link PassageFields#FACETS}: countries, event_types, years, documents) to value → count, largest first.
 */
public record SearchResult(long total, List<Hit> hits, Map<String, Map<String, Integer>> facets) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
    }

    /**
     * One passage: its document, id, section path, document date, whole text, a snippet with the matches between
     * {@code <b>} and {@code </b>}, the score and the entity ids named in it.
     */
    public record Hit(String doc, String passageId, String section, String date, String text, String snippet,
                      float score, List<String> entities) {
        public Hit { entities = List.copyOf(entities); }
    }
}
