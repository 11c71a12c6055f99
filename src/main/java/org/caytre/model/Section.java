package org.caytre.model;

/**
 * A heading and the text it governs. {@code label} is the printed enumerator ("I.", "1.1.", "Thứ nhất", "a)", "#"),
 * {@code heading} the span of the heading line, {@code span} the whole section up to the next heading of the same or
 * higher level. {@code parentId} is null for top-level sections.
 */
public record Section(String id, String label, String title, int level, Span heading, Span span, String parentId) {}
