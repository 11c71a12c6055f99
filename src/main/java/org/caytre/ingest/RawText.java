package org.caytre.ingest;

import java.util.List;

/**
 * A file read into repaired Unicode text (NFC, legacy encodings converted, ƣ→ư), before any structure is recovered.
 *
 * <p>Conventions every reader follows so the structure stage can stay format-blind: lines end with '\n'; a page
 * break is a '\f' on a line of its own; a footnote/endnote reference the format marks explicitly
 * (Markdown/HTML {@code <sup>12</sup>}, a DOCX superscript run) is written as superscript digits ("¹²"); a heading
 * the format marks explicitly is written as a line starting with '#' repeated by level and a space.
 */
public record RawText(String name, String format, String text, List<String> warnings) {
    public RawText {
        warnings = List.copyOf(warnings);
    }
}
