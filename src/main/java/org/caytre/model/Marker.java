package org.caytre.model;

/** An in-text footnote/endnote marker: its number and the offset in the normalised text right after the word it follows. */
public record Marker(int number, int offset) {}
