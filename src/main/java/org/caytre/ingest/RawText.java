package org.caytre.ingest;

import java.util.List;

/**
 * A file read into repaired Unicode text (NFC, legacy encodings converted, ƣ→ư), before any structure is recovered.
 *
 * <p>Conventions every reader follows so the structure stage can stay format-blind: lines end with '\n'; a page
 * break is a '\f' on a line of its own; a footnote/endnote reference the format marks explicitly
 * (Markdown/HTML {@code <sup>12</sup>}, a DOCX superscript run) is written as superscript digits ("¹²"); a heading
 * the format marks explicitly is written as a line starting with '#' repeated by level and a space.
 *
 * <p>{@code given} holds what the container says about the document besides its text (HTML meta, front matter,
 * JSONL fields, document properties, the user's {@code --date}); the structure stage prefers it to what it reads.
 */
public record RawText(String name, String format, String text, List<String> warnings, Given given) {
    /** Title and date a source gives with the document; {@code dateSource} as in {@link org.caytre.model.Metadata}. */
    public record Given(String title, String date, String dateSource) {
        public static final Given NONE = new Given(null, null, null);
    }

    public RawText {
        warnings = List.copyOf(warnings);
        if (given == null) given = Given.NONE;
    }

    public RawText(String name, String format, String text, List<String> warnings) {
        this(name, format, text, warnings, Given.NONE);
    }

    /** This text dated {@code date} by {@code source}, keeping any given title. */
    public RawText withDate(String date, String source) {
        return new RawText(name, format, text, warnings, new Given(given.title(), date, source));
    }

    public RawText withTitle(String title) {
        return new RawText(name, format, text, warnings, new Given(title, given.date(), given.dateSource()));
    }
}
