package org.caytre.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A brief's Markdown blocks read back into their parts, so that the DOCX and PDF writers lay out exactly what the
 * Markdown says: paragraphs of text, inline code and footnote markers; pipe tables; bullet lists; figures.
 */
final class Blocks {
    private Blocks() {}

    /** A piece of a line: plain text, {@code `code`}, or a footnote marker ({@code footnote} > 0). */
    record Span(String text, boolean code, int footnote) {
        boolean isFootnote() { return footnote > 0; }
    }

    sealed interface Block permits Paragraph, Table, Bullets, Figure {}

    record Paragraph(List<Span> spans) implements Block {}

    /** Rows of cells, the first row the header. */
    record Table(List<List<List<Span>>> rows) implements Block {}

    record Bullets(List<List<Span>> items) implements Block {}

    /** {@code ![caption](file)}: a chart written beside the brief. */
    record Figure(String caption, String file) implements Block {}

    private static final Pattern INLINE = Pattern.compile("\\[\\^(\\d+)]|`([^`]*)`");
    private static final Pattern FIGURE = Pattern.compile("!\\[([^\\]]*)]\\(([^)]+)\\)");

    /** The parts of one Markdown block of a {@link Brief.Section} (a block may hold a paragraph followed by a list). */
    static List<Block> parse(String markdown) {
        List<Block> out = new ArrayList<>();
        for (String chunk : markdown.strip().split("\n\\s*\n")) {
            List<String> lines = chunk.lines().toList();
            if (lines.isEmpty()) continue;
            Matcher figure = FIGURE.matcher(chunk.strip());
            if (figure.matches()) out.add(new Figure(figure.group(1), figure.group(2)));
            else if (lines.get(0).startsWith("| ")) out.add(table(lines));
            else if (lines.get(0).startsWith("- ")) out.add(new Bullets(lines.stream().map(l -> spans(l.substring(2))).toList()));
            else out.add(new Paragraph(spans(String.join(" ", lines))));
        }
        return out;
    }

    private static Table table(List<String> lines) {
        List<List<List<Span>>> rows = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("| ---")) continue;
            String inner = line.strip();
            inner = inner.substring(1, inner.length() - 1);
            rows.add(java.util.Arrays.stream(inner.split(" \\| ", -1)).map(c -> spans(c.strip())).toList());
        }
        return new Table(rows);
    }

    static List<Span> spans(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = INLINE.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) out.add(new Span(text.substring(at, m.start()), false, 0));
            if (m.group(1) != null) out.add(new Span("", false, Integer.parseInt(m.group(1))));
            else out.add(new Span(m.group(2), true, 0));
            at = m.end();
        }
        if (at < text.length()) out.add(new Span(text.substring(at), false, 0));
        return out;
    }
}
