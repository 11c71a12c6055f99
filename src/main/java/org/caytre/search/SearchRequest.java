package org.caytre.search;

/**
 * What a user asks: the query text (words, "quoted phrases", -excluded words), how many passages to return, and
 * optional filters: a country (id or any of its names), an event type, and document dates from/to (YYYY, YYYY-MM or
 * YYYY-MM-DD, both ends included). Null or blank means "no filter".
 *
 * <pre>{@code index.search(SearchRequest.of("tàu sân bay Hoa Kỳ").withLimit(5).withCountry("Mỹ")) }</pre>
 */
public record SearchRequest(String query, int limit, String country, String eventType, String from, String to) {
    public static final int DEFAULT_LIMIT = 10;

    public SearchRequest {
        if (limit < 1) throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        query = query == null ? "" : query;
    }

    public static SearchRequest of(String query) { return new SearchRequest(query, DEFAULT_LIMIT, null, null, null, null); }

    public SearchRequest withLimit(int n) { return new SearchRequest(query, n, country, eventType, from, to); }

    public SearchRequest withCountry(String c) { return new SearchRequest(query, limit, c, eventType, from, to); }

    public SearchRequest withEventType(String t) { return new SearchRequest(query, limit, country, t, from, to); }

    public SearchRequest withDates(String f, String t) { return new SearchRequest(query, limit, country, eventType, f, t); }
}
