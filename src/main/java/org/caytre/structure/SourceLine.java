package org.caytre.structure;

/**
 * One non-blank line of the source: {@code [start, end)} are source offsets of its text without the line break,
 * {@code indent} the count of leading spaces/tabs, {@code blanksBefore} how many blank lines precede it and
 * {@code pageBreakBefore} whether a form feed separates it from the previous non-blank line; {@code trimmed} is the
 * text without its indent (trailing white space is already cut).
 */
record SourceLine(int index, int start, int end, String text, int indent, int blanksBefore, boolean pageBreakBefore,
                  String trimmed) {
    SourceLine(int index, int start, int end, String text, int indent, int blanksBefore, boolean pageBreakBefore) {
        this(index, start, end, text, indent, blanksBefore, pageBreakBefore, text.substring(indent));
    }

    /** Source offset of the first non-space character. */
    int contentStart() { return start + indent; }
}
