package org.caytre.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdnRef;

/**
 * DOCX paragraphs and tables in order; heading styles become '#' lines, superscript digits and footnote references
 * become superscript digits, and footnote bodies follow the text after a page break, each starting with its number.
 */
final class DocxReader {
    private DocxReader() {}

    static Content read(Path file, byte[] bytes, long maxUnpacked) {
        ZipLimits.check(file, bytes, maxUnpacked);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder out = new StringBuilder();
            Map<BigInteger, Integer> refs = new LinkedHashMap<>();
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) paragraph(out, p, refs);
                else if (e instanceof XWPFTable t) table(out, t, refs);
            }
            if (!refs.isEmpty()) {
                out.append("\f\n");
                for (var ref : refs.entrySet()) {
                    XWPFAbstractFootnoteEndnote note = doc.getFootnoteByID(ref.getKey().intValue());
                    if (note == null) continue;
                    StringBuilder body = new StringBuilder();
                    for (XWPFParagraph p : note.getParagraphs()) body.append(p.getText().strip()).append(' ');
                    out.append(Superscript.digits(Integer.toString(ref.getValue()))).append(' ')
                            .append(body.toString().strip()).append("\n\n");
                }
            }
            return new Content(out.toString(), properties(doc));
        } catch (IOException | RuntimeException e) {
            if (e instanceof IngestException ie) throw ie;
            throw new IngestException(file, "unreadable DOCX: " + ZipLimits.firstLine(e), e);
        }
    }

    /** Core properties: title and creation date, source {@code properties} (the structure stage prefers a dateline). */
    private static RawText.Given properties(XWPFDocument doc) {
        var core = doc.getProperties().getCoreProperties();
        String title = core.getTitle() == null || core.getTitle().isBlank() ? null : core.getTitle().strip();
        String date = core.getCreated() == null ? null : Properties.date(core.getCreated().toInstant());
        return new RawText.Given(title, date, "properties");
    }

    private static void paragraph(StringBuilder out, XWPFParagraph p, Map<BigInteger, Integer> refs) {
        StringBuilder line = new StringBuilder();
        String style = p.getStyle() == null ? "" : p.getStyle().toLowerCase();
        int level = headingLevel(style, p);
        for (XWPFRun run : p.getRuns()) {
            for (CTFtnEdnRef ref : run.getCTR().getFootnoteReferenceList())
                line.append(Superscript.digits(Integer.toString(refs.computeIfAbsent(ref.getId(), k -> refs.size() + 1))));
            String text = run.text();
            if (run.getVerticalAlignment() == STVerticalAlignRun.SUPERSCRIPT) text = Superscript.digits(text);
            line.append(text);
        }
        if (line.toString().isBlank()) return;
        if (level > 0) out.append("#".repeat(level)).append(' ');
        out.append(line.toString().strip()).append("\n\n");
    }

    private static int headingLevel(String style, XWPFParagraph p) {
        if (style.startsWith("heading") || style.startsWith("title")) {
            String digits = style.replaceAll("\\D", "");
            return digits.isEmpty() ? 1 : Math.min(6, Integer.parseInt(digits));
        }
        return 0;
    }

    private static void table(StringBuilder out, XWPFTable t, Map<BigInteger, Integer> refs) {
        for (XWPFTableRow row : t.getRows()) {
            StringBuilder line = new StringBuilder();
            for (XWPFTableCell cell : row.getTableCells()) line.append(cell.getText().strip()).append(" | ");
            out.append(line.toString().replaceAll("[ |]+$", "")).append("\n\n");
        }
    }
}
