package org.caytre.brief;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A brief as PDF: its blocks laid out as XHTML and typeset by openhtmltopdf (PDFBox) in DejaVu Serif from Debian's
 * fonts-dejavu-core, which has every Vietnamese letter precomposed; each footnote at the foot of the page that cites it,
 * charts as pictures.
 */
public final class PdfWriter {
    /** Where Debian's fonts-dejavu-core puts the fonts; CAYTRE_FONT_DIR overrides it. */
    static final String FONT_DIR = System.getenv().getOrDefault("CAYTRE_FONT_DIR", "/usr/share/fonts/truetype/dejavu");
    private static final String FAMILY = "DejaVu Serif";
    private static final String CSS = """
            @page { size: A4; margin: 22mm 20mm; @bottom-center { content: counter(page); font-family: 'DejaVu Serif'; font-size: 9pt; }
                    @footnote { float: bottom; width: 100%; border-top: 0.5pt solid #888; padding-top: 3pt; margin-top: 6pt; } }
            body { font-family: 'DejaVu Serif'; font-size: 10.5pt; line-height: 1.4; }
            h1 { font-size: 16pt; margin: 0 0 10pt 0; }
            h2 { font-size: 12.5pt; margin: 14pt 0 4pt 0; page-break-after: avoid; }
            p { margin: 0 0 5pt 0; text-align: justify; }
            sup { font-size: 7pt; }
            code { font-family: 'DejaVu Serif'; }
            table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt 0; font-size: 9pt; }
            th, td { border: 0.5pt solid #888; padding: 2pt 4pt; text-align: left; vertical-align: top; }
            th { background: #eee; }
            tr { page-break-inside: avoid; }
            div.figure { text-align: center; margin: 6pt 0 10pt 0; page-break-inside: avoid; }
            div.figure img { width: 130mm; }
            div.caption { font-style: italic; font-size: 9pt; }
            span.fn { float: footnote; font-size: 8pt; line-height: 1.3; font-style: normal; font-weight: normal; text-align: left; }
            span.fn::footnote-call { counter-increment: footnote; content: counter(footnote); font-size: 7pt; vertical-align: super; }
            span.fn::footnote-marker { content: counter(footnote) ". "; }
            """;

    static { com.openhtmltopdf.util.XRLog.setLoggingEnabled(false); }   // its INFO lines would go to the CLI's stderr

    private PdfWriter() {}

    public static void write(Brief brief, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        String[][] faces = {{"DejaVuSerif.ttf", "400", "NORMAL"}, {"DejaVuSerif-Bold.ttf", "700", "NORMAL"},
                {"DejaVuSerif-Italic.ttf", "400", "ITALIC"}, {"DejaVuSerif-BoldItalic.ttf", "700", "ITALIC"}};
        for (String[] face : faces) {
            File font = new File(FONT_DIR, face[0]);
            if (!font.isFile()) throw new IOException(font + ": font missing (apt-get install fonts-dejavu-core, or set CAYTRE_FONT_DIR)");
            builder.useFont(font, FAMILY, Integer.valueOf(face[1]), PdfRendererBuilder.FontStyle.valueOf(face[2]), true);
        }
        builder.withHtmlContent(html(brief), null);
        builder.toStream(out);
        builder.run();
    }

    /** The brief as one XHTML page. */
    static String html(Brief brief) {
        Map<String, Chart> charts = brief.chartsByFile();
        StringBuilder h = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"UTF-8\"/><title>")
                .append(esc(brief.title())).append("</title><style>").append(CSS).append("</style></head><body>\n<h1>")
                .append(esc(brief.title())).append("</h1>\n");
        Map<Integer, String> notes = new java.util.HashMap<>();
        for (Footnote f : brief.footnotes()) notes.put(f.number(), esc(f.plain(brief.undated())));
        for (Brief.Section s : brief.sections()) {
            h.append("<h2>").append(esc(s.heading())).append("</h2>\n");
            for (String block : s.blocks())
                for (Blocks.Block b : Blocks.parse(block)) block(h, b, charts, notes);
        }
        return h.append("</body></html>\n").toString();
    }

    private static void block(StringBuilder h, Blocks.Block b, Map<String, Chart> charts, Map<Integer, String> notes) {
        switch (b) {
            case Blocks.Paragraph p -> spans(h.append("<p>"), p.spans(), notes).append("</p>\n");
            case Blocks.Bullets list -> {
                h.append("<ul>\n");
                for (List<Blocks.Span> item : list.items()) spans(h.append("<li>"), item, notes).append("</li>\n");
                h.append("</ul>\n");
            }
            case Blocks.Table t -> {
                h.append("<table>\n");
                for (int i = 0; i < t.rows().size(); i++) {
                    String cell = i == 0 ? "th" : "td";
                    h.append("<tr>");
                    for (List<Blocks.Span> c : t.rows().get(i)) spans(h.append('<').append(cell).append('>'), c, notes).append("</").append(cell).append('>');
                    h.append("</tr>\n");
                }
                h.append("</table>\n");
            }
            case Blocks.Figure f -> {
                Chart chart = charts.get(f.file());
                if (chart == null) throw new IllegalStateException("the brief names chart " + f.file() + " but it was not drawn");
                h.append("<div class=\"figure\"><img src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(chart.png()))
                        .append("\"/><div class=\"caption\">").append(esc(f.caption())).append("</div></div>\n");
            }
        }
    }

    /**
     * A line's spans; each footnote marker becomes a CSS footnote ({@code float: footnote}) that openhtmltopdf sets at
     * the foot of the page where it is called, numbered on as Word numbers the DOCX's (one footnote per citation).
     */
    private static StringBuilder spans(StringBuilder h, List<Blocks.Span> spans, Map<Integer, String> notes) {
        Blocks.Span previous = null;
        for (Blocks.Span s : spans) {
            if (s.isFootnote()) {
                if (previous != null && previous.isFootnote()) h.append("<sup>,</sup>");
                String note = notes.get(s.footnote());
                if (note == null) throw new IllegalStateException("the brief cites footnote " + s.footnote() + " but does not define it");
                h.append("<span class=\"fn\">").append(note).append("</span>");
            } else if (s.code()) h.append("<code>").append(esc(s.text())).append("</code>");
            else h.append(esc(s.text()));
            previous = s;
        }
        return h;
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
