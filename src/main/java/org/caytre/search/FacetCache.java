package org.caytre.search;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Query;

/**
 * The total and facet counts of recent queries, for the index reader they were counted on. Counting facets over every
 * matching passage was 44 % of a search's time at 8 clients on the 30k index (docs/profile-ingest.md); a second page
 * of the same query, or the same query from another user, needs only its top hits. Emptied whenever the reader
 * changes (a refresh after a write), so counts are never stale. Thread-safe; least recently used entries go first.
 */
final class FacetCache {
    /** What a query's full collection yields beside its top hits. */
    record Counted(long total, Map<String, Map<String, Integer>> facets, Map<String, Integer> distinct) {}

    private final int capacity;
    private IndexReader reader;
    private final LinkedHashMap<Query, Counted> entries;

    FacetCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override protected boolean removeEldestEntry(Map.Entry<Query, Counted> eldest) { return size() > FacetCache.this.capacity; }
        };
    }

    synchronized Counted get(IndexReader r, Query q) {
        if (r != reader) return null;
        return entries.get(q);
    }

    synchronized void put(IndexReader r, Query q, Counted c) {
        if (r != reader) {
            entries.clear();
            reader = r;
        }
        entries.put(q, c);
    }

    /** A copy the caller may change (results are handed out as mutable maps). */
    static Map<String, Map<String, Integer>> copy(Map<String, Map<String, Integer>> facets) {
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        facets.forEach((dim, values) -> out.put(dim, new LinkedHashMap<>(values)));
        return out;
    }
}
