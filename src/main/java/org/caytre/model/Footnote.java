package org.caytre.model;

/** A footnote body (span in the normalised text) linked to its in-text marker offset, or null when none was found. */
public record Footnote(int number, Span body, Integer markerOffset) {}
