package org.caytre.kb;

import java.util.List;

/**
 * Which slice of a list to answer: skip {@code offset} rows, return at most {@code limit}. {@link #ALL} is the whole
 * list (the CLI's default); the API always asks for a bounded page.
 *
 * <pre>{@code kb.statistics(StatisticFilter.ALL, new Page(50, 25), "indicator") // rows 51–75 and the total}</pre>
 */
public record Page(int offset, int limit) {
    public static final Page ALL = new Page(0, Integer.MAX_VALUE);

    public Page {
        if (offset < 0) throw new IllegalArgumentException("offset must be 0 or more, not " + offset);
        if (limit < 1) throw new IllegalArgumentException("limit must be at least 1, not " + limit);
    }

    public boolean all() { return offset == 0 && limit == Integer.MAX_VALUE; }

    /** The rows of this page from a list already in order. */
    public <T> List<T> slice(List<T> rows) {
        if (offset >= rows.size()) return List.of();
        return List.copyOf(rows.subList(offset, (int) Math.min(rows.size(), (long) offset + limit)));
    }

    /** {@code " LIMIT n OFFSET m"} (the same in SQLite and PostgreSQL), empty for {@link #ALL}. */
    String sql() { return all() ? "" : " LIMIT " + limit + " OFFSET " + offset; }

    /** One page of a list and how long the whole list is. */
    public record Paged<T>(List<T> items, long total, Page page) {
        public Paged { items = List.copyOf(items); }

        /** {@code {NAME: [...], "total", "offset", "limit"}}: the list under its old name, then where this page stands. */
        public java.util.Map<String, Object> toJson(String name) {
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put(name, items);
            m.put("total", total);
            m.put("offset", page.offset());
            m.put("limit", page.all() ? items.size() : page.limit());
            return m;
        }
    }
}
