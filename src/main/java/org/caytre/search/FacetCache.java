package org.caytre.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * The total, facet counts and best hits of recent queries, for the index reader they were counted on. Counting facets
 * over every matching passage was 44 % of a search's time at 8 clients on the 30k index (docs/profile-ingest.md), and
 * collecting the top hits most of the rest; a repeated query, or a next page within the first {@value #WINDOW} hits,
 * reads both from here (as Solr's query result cache does), a deeper page collects only its top hits. Emptied
 * whenever the reader changes (a refresh after a write), so nothing is stale: document numbers and counts belong to one
 * reader. Thread-safe; least recently used entries go first.
 */
final class FacetCache {
    /** Top hits collected at least this deep, so the next pages of a query (the UI pages 30 at a time) are in the cache. */
    static final int WINDOW = 60;
    /** Deeper top hits than this are not kept (an export paging to 10,000 would hold 10,000 hits per query). */
    private static final int MAX_KEPT = 1_000;

    /**
     * What a query's full collection yields: the total, the facets, and its best hits in rank order ({@code top}, null
     * when not kept), all of them when fewer than were asked for.
     */
    record Counted(long total, Map<String, Map<String, Integer>> facets, Map<String, Integer> distinct, ScoreDoc[] top) {
        /** Whether {@code top} holds the first {@code n} hits (or every hit there is). */
        boolean covers(int n) { return top != null && (top.length >= n || top.length >= total); }

        Counted withTop(ScoreDoc[] hits) { return new Counted(total, facets, distinct, hits.length <= MAX_KEPT ? hits : null); }
    }

    /** How many top hits to collect for the first {@code n}. */
    static int window(int n) { return Math.max(n, WINDOW); }

    private final int capacity;
    private IndexReader reader;
    private final LinkedHashMap<Query, Counted> entries;
    private final LinkedHashMap<Page, List<SearchResult.Hit>> pages;

    /** A page of a planned query, strict or relaxed: its hits depend on the query, and their snippets on what the plan marks. */
    private record Page(QueryBuilder.Planned plan, boolean relaxed, int offset, int limit) {}

    /** Pages longer than this are not kept (an export's pages of 100 hold 100 passage texts each). */
    private static final int MAX_PAGE = 30;

    FacetCache(int capacity) {
        this.capacity = capacity;
        this.entries = lru();
        this.pages = lru();
    }

    private <K, V> LinkedHashMap<K, V> lru() {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override protected boolean removeEldestEntry(Map.Entry<K, V> eldest) { return size() > capacity; }
        };
    }

    synchronized Counted get(IndexReader r, Query q) {
        if (r != reader) return null;
        return entries.get(q);
    }

    synchronized void put(IndexReader r, Query q, Counted c) {
        readBy(r);
        entries.put(q, c);
    }

    /** The hits of a page shown before, with their snippets (null: not kept): a repeated query loads no stored passage
     *  and marks no snippet again (those were most of a repeated query's time, docs/profile-ingest.md). */
    synchronized List<SearchResult.Hit> page(IndexReader r, QueryBuilder.Planned plan, boolean relaxed, int offset, int limit) {
        if (r != reader) return null;
        return pages.get(new Page(plan, relaxed, offset, limit));
    }

    synchronized void putPage(IndexReader r, QueryBuilder.Planned plan, boolean relaxed, int offset, int limit, List<SearchResult.Hit> hits) {
        if (limit > MAX_PAGE) return;
        readBy(r);
        pages.put(new Page(plan, relaxed, offset, limit), List.copyOf(hits));
    }

    /** Everything kept belongs to one reader: another one empties the cache. */
    private void readBy(IndexReader r) {
        if (r == reader) return;
        entries.clear();
        pages.clear();
        reader = r;
    }

    /** A copy the caller may change (results are handed out as mutable maps). */
    static Map<String, Map<String, Integer>> copy(Map<String, Map<String, Integer>> facets) {
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        facets.forEach((dim, values) -> out.put(dim, new LinkedHashMap<>(values)));
        return out;
    }
}
