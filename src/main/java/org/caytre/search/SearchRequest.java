package org.caytre.search;

import java.util.List;

/**
 * What a user asks: the query text (words, "quoted phrases", -excluded words), which page of passages to return
 * ({@code offset} skipped, {@code limit} returned), and optional filters: a country (id or any of its names), an
 * event type, document dates from/to (YYYY, YYYY-MM or YYYY-MM-DD, both ends included) and one document. Null or
 * blank means "no filter". {@code excluded}: documents whose passages are never returned (the withdrawn ones);
 * {@code area}: only passages of this area of work (an {@link org.caytre.classify.Area} code).
 *
 * <pre>{@code index.search(SearchRequest.of("tàu sân bay Hoa Kỳ").withLimit(5).withCountry("Mỹ").withOffset(10)) }</pre>
 */
public record SearchRequest(String query, int limit, String country, String eventType, String from, String to, int offset, List<String> docs,
                            List<String> excluded, String area) {
    public static final int DEFAULT_LIMIT = 10;
    /** How deep paging may go: Lucene collects offset + limit hits to return the last limit. */
    public static final int MAX_DEPTH = 10_000;

    public SearchRequest {
        if (limit < 1) throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        if (offset < 0) throw new IllegalArgumentException("offset must be 0 or more, got " + offset);
        if ((long) offset + limit > MAX_DEPTH)
            throw new IllegalArgumentException("offset + limit must be at most " + MAX_DEPTH + ", got " + ((long) offset + limit) + "; narrow the search with a filter");
        query = query == null ? "" : query;
        docs = docs == null ? List.of() : docs.stream().filter(d -> d != null && !d.isBlank()).map(String::strip).distinct().toList();
        excluded = excluded == null ? List.of() : List.copyOf(excluded);
    }

    public SearchRequest(String query, int limit, String country, String eventType, String from, String to, int offset, List<String> docs,
                         List<String> excluded) {
        this(query, limit, country, eventType, from, to, offset, docs, excluded, null);
    }

    public SearchRequest(String query, int limit, String country, String eventType, String from, String to, int offset, List<String> docs) {
        this(query, limit, country, eventType, from, to, offset, docs, List.of(), null);
    }

    public SearchRequest(String query, int limit, String country, String eventType, String from, String to) {
        this(query, limit, country, eventType, from, to, 0, List.of(), List.of(), null);
    }

    public static SearchRequest of(String query) { return new SearchRequest(query, DEFAULT_LIMIT, null, null, null, null); }

    public SearchRequest withLimit(int n) { return new SearchRequest(query, n, country, eventType, from, to, offset, docs, excluded, area); }

    public SearchRequest withOffset(int n) { return new SearchRequest(query, limit, country, eventType, from, to, n, docs, excluded, area); }

    public SearchRequest withCountry(String c) { return new SearchRequest(query, limit, c, eventType, from, to, offset, docs, excluded, area); }

    public SearchRequest withEventType(String t) { return new SearchRequest(query, limit, country, t, from, to, offset, docs, excluded, area); }

    public SearchRequest withDates(String f, String t) { return new SearchRequest(query, limit, country, eventType, f, t, offset, docs, excluded, area); }

    /** Only the passages of these documents (none: every document). */
    public SearchRequest withDocuments(List<String> d) { return new SearchRequest(query, limit, country, eventType, from, to, offset, d, excluded, area); }

    /** Never the passages of these documents (the withdrawn ones, say). */
    public SearchRequest without(List<String> d) { return new SearchRequest(query, limit, country, eventType, from, to, offset, docs, d, area); }

    /** Only the passages of this area of work (an {@link org.caytre.classify.Area} code; null: any). */
    public SearchRequest withArea(String a) { return new SearchRequest(query, limit, country, eventType, from, to, offset, docs, excluded, a); }
}
