package org.caytre.structure;

/** What a source line turned out to be. */
enum LineRole {
    /** Running text of the document. */
    BODY,
    /** Part of a footnote body. */
    FOOTNOTE,
    /** A footnote marker standing on a line of its own (PDF output puts superscripts there). */
    MARKER,
    /** Running header/footer, page number, or a footnote's number on a line of its own. */
    DROPPED
}
