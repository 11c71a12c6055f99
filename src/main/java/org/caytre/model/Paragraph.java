package org.caytre.model;

/** A body paragraph: its span in the normalised text and the id of the innermost section holding it (or null). */
public record Paragraph(Span span, String sectionId) {}
