package org.caytre.ingest;

/** What one format reader gives: the text in the conventions of {@link RawText}, and what the container says. */
record Content(String text, RawText.Given given) {
    Content {
        if (given == null) given = RawText.Given.NONE;
    }

    static Content of(String text) { return new Content(text, RawText.Given.NONE); }
}
