package org.caytre.model;

/**
 * A person named with a title: {@code name} without titles, {@code title} as written ("Thủ tướng"), and
 * {@code countryId} the side the title belongs to (null if unknown). {@code span} covers title and name.
 */
public record PersonMention(Span span, String name, String title, String countryId) {
    public String id() { return "PER:" + name; }
}
