package org.caytre.brief;

/**
 * One footnote of a brief: the document ({@code doc} its id, {@code title} as stored or null), its date (ISO at its
 * precision, or null) and the evidence, verbatim as stored (whitespace runs joined into one space when written).
 */
public record Footnote(int number, String doc, String title, String date, String evidence) {
    /** {@code [^n]: Title (`doc`), date: “evidence”} on one line. */
    String markdown(String undated) {
        String name = title == null || title.isBlank() ? "`" + doc + "`" : oneLine(title) + " (`" + doc + "`)";
        return "[^" + number + "]: " + name + ", " + (date == null ? undated : date) + ": “" + oneLine(evidence) + "”";
    }

    /** {@code Title (doc), date: “evidence”} as plain text, for DOCX and PDF footnotes. */
    String plain(String undated) {
        String name = title == null || title.isBlank() ? doc : oneLine(title) + " (" + doc + ")";
        return name + ", " + (date == null ? undated : date) + ": “" + oneLine(evidence) + "”";
    }

    static String oneLine(String s) { return s.strip().replaceAll("\\s+", " "); }
}
