package org.caytre.brief;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.VerticalAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * A brief as a Word document: headings, one paragraph per sentence, figures as Word tables, charts as pictures, and
 * every source a real Word footnote ({@code w:footnote}) whose reference sits where the Markdown has its marker.
 */
public final class DocxWriter {
    private static final String FONT = "Times New Roman";   // LibreOffice maps it to Liberation Serif, which has Vietnamese
    private static final int CHART_WIDTH_PT = 450;

    private final XWPFDocument doc = new XWPFDocument();
    private final Map<Integer, Footnote> footnotes = new HashMap<>();
    private final String undated;
    private final Map<String, Chart> charts;

    private DocxWriter(Brief brief, Map<String, Chart> charts) {
        this.undated = brief.undated();
        this.charts = charts;
        for (Footnote f : brief.footnotes()) footnotes.put(f.number(), f);
    }

    /** Writes {@code brief} to {@code out}; {@code charts} are the figures its blocks name, by file name. */
    public static void write(Brief brief, Map<String, Chart> charts, OutputStream out) throws IOException {
        DocxWriter w = new DocxWriter(brief, charts);
        try (XWPFDocument d = w.doc) {
            w.heading(brief.title(), 16);
            for (Brief.Section s : brief.sections()) {
                w.heading(s.heading(), 13);
                for (String block : s.blocks())
                    for (Blocks.Block b : Blocks.parse(block)) w.block(b);
            }
            d.write(out);
        }
    }

    private void heading(String text, int size) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(size * 12);
        p.setKeepNext(true);
        XWPFRun r = run(p, text);
        r.setBold(true);
        r.setFontSize(size);
    }

    private void block(Blocks.Block b) throws IOException {
        switch (b) {
            case Blocks.Paragraph p -> {
                XWPFParagraph paragraph = doc.createParagraph();
                paragraph.setSpacingAfter(120);
                spans(paragraph, p.spans());
            }
            case Blocks.Bullets list -> {
                for (List<Blocks.Span> item : list.items()) {
                    XWPFParagraph p = doc.createParagraph();
                    p.setIndentationLeft(360);
                    run(p, "• ");
                    spans(p, item);
                }
            }
            case Blocks.Table t -> table(t);
            case Blocks.Figure f -> figure(f);
        }
    }

    private void table(Blocks.Table t) {
        int columns = t.rows().get(0).size();
        XWPFTable table = doc.createTable(t.rows().size(), columns);
        table.setWidth("100%");
        for (int i = 0; i < t.rows().size(); i++)
            for (int j = 0; j < columns; j++) {
                XWPFTableCell cell = table.getRow(i).getCell(j);
                XWPFParagraph p = cell.getParagraphs().get(0);
                List<Blocks.Span> spans = j < t.rows().get(i).size() ? t.rows().get(i).get(j) : List.of();
                spans(p, spans);
                if (i == 0) p.getRuns().forEach(r -> r.setBold(true));
            }
        doc.createParagraph();
    }

    private void figure(Blocks.Figure f) throws IOException {
        Chart chart = charts.get(f.file());
        if (chart == null) throw new IllegalStateException("the brief names chart " + f.file() + " but it was not drawn");
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        int height = CHART_WIDTH_PT * chart.height() / chart.width();
        try {
            run(p, "").addPicture(new ByteArrayInputStream(chart.png()), PictureType.PNG, f.file().replaceAll("\\.svg$", ".png"),
                    Units.toEMU(CHART_WIDTH_PT), Units.toEMU(height));
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
        XWPFParagraph caption = doc.createParagraph();
        caption.setAlignment(ParagraphAlignment.CENTER);
        run(caption, f.caption()).setItalic(true);
    }

    private void spans(XWPFParagraph p, List<Blocks.Span> spans) {
        Blocks.Span previous = null;
        for (Blocks.Span s : spans) {
            if (s.isFootnote() && previous != null && previous.isFootnote()) superscript(run(p, ","));
            if (s.isFootnote()) reference(p, s.footnote());
            else {
                XWPFRun r = run(p, s.text());
                if (s.code()) r.setFontFamily("Courier New");
            }
            previous = s;
        }
    }

    /**
     * A footnote reference run and its own footnote: Word numbers footnotes itself and a footnote is cited once, so a
     * source cited twice is written twice (its Word number then differs from the Markdown's, its text is the same).
     */
    private void reference(XWPFParagraph p, int number) {
        Footnote f = footnotes.get(number);
        if (f == null) throw new IllegalStateException("the brief cites footnote " + number + " but has none so numbered");
        XWPFFootnote note = doc.createFootnote();
        XWPFParagraph fp = note.createParagraph();
        // createParagraph has put the footnote's own number (footnoteRef) first; raise it, since the run POI makes names a FootnoteReference style the document does not define
        for (var mark : fp.getCTP().getRList())
            if (!mark.getFootnoteRefList().isEmpty())
                (mark.isSetRPr() ? mark.getRPr() : mark.addNewRPr()).addNewVertAlign().setVal(org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun.SUPERSCRIPT);
        run(fp, " " + f.plain(undated)).setFontSize(9);
        superscript(p.createRun()).getCTR().addNewFootnoteReference().setId(note.getId());
    }

    private static XWPFRun superscript(XWPFRun r) {
        r.setVerticalAlignment(VerticalAlign.SUPERSCRIPT.name().toLowerCase(java.util.Locale.ROOT));
        return r;
    }

    private static XWPFRun run(XWPFParagraph p, String text) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setText(text);
        return r;
    }
}
