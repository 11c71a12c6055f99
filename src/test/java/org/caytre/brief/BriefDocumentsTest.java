package org.caytre.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caytre.cli.CliRun.run;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.caytre.cli.CliRun;
import org.caytre.kb.Store;
import org.caytre.structure.CorpusFiles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The brief as DOCX and PDF, on a real SQLite store holding {@code ../shared/corpus}, the 2024 news set and the test
 * documents of {@code brief/docs}: the DOCX's sources are Word footnotes whose evidence is in the stored documents and
 * LibreOffice converts it; the PDF's text, extracted back with PDFBox, holds every sentence and footnote with its
 * diacritics.
 */
class BriefDocumentsTest {
    @TempDir static Path dir;
    private static Path data;

    @BeforeAll
    static void ingest() throws Exception {
        data = dir.resolve("data");
        Path docs = Path.of(BriefDocumentsTest.class.getResource("/brief/docs").toURI());
        CliRun r = run("ingest", "--data", data.toString(), docs.toString(), CorpusFiles.shared().resolve("corpus").toString(),
                CorpusFiles.shared().resolve("corpus-news-2024").toString());
        assertThat(r.status()).as(r.err()).isZero();
    }

    private static Brief brief(String country, boolean all) throws Exception {
        try (Store store = Store.open(data, null)) {
            return BriefBuilder.build(store, new BriefBuilder.Request(country, 2020, 2024, "vi", all));
        }
    }

    private static Path write(String format, String out, String country, String... more) {
        List<String> args = new ArrayList<>(List.of("brief", "--data", data.toString(), "--country", country, "--from", "2020", "--to", "2024", "--format", format));
        args.addAll(List.of(more));
        Path file = dir.resolve(out);
        args.add(file.toString());
        CliRun r = run(args.toArray(String[]::new));
        assertThat(r.status()).as(r.err()).isZero();
        return file;
    }

    @Test
    void the_docx_sources_are_word_footnotes_with_verbatim_evidence() throws Exception {
        for (String country : List.of("USA", "JPN")) {
            Brief brief = brief(country, true);
            Path file = write("docx", country + ".docx", country, "--all");
            try (InputStream in = Files.newInputStream(file); XWPFDocument docx = new XWPFDocument(in)) {
                // one Word footnote per citation (Word cites a footnote once): each is one of the brief's, all of them appear
                List<XWPFFootnote> notes = docx.getFootnotes().stream().filter(n -> n.getId().signum() > 0).toList();
                Map<String, Footnote> byText = new HashMap<>();
                for (Footnote f : brief.footnotes()) byText.put(StoredText.normal(f.plain(brief.undated())), f);
                Set<Footnote> cited = new HashSet<>();
                for (XWPFFootnote n : notes) {
                    assertThat(n.getParagraphs()).hasSize(1);
                    String text = StoredText.normal(n.getParagraphs().get(0).getText());
                    assertThat(byText).as(country + ": a footnote of the brief: " + text).containsKey(text);
                    cited.add(byText.get(text));
                }
                assertThat(cited).as(country).containsExactlyInAnyOrderElementsOf(brief.footnotes()).isNotEmpty();
                for (Footnote f : brief.footnotes())
                    assertThat(StoredText.holds(data, f.doc(), f.evidence())).as("footnote %d in %s: %s", f.number(), f.doc(), f.evidence()).isTrue();
                // every fact paragraph cites a footnote; the ones that do not are headings, "nothing found", the list of sources
                String xml = docx.getDocument().xmlText();
                assertThat(xml.split("<w:footnoteReference", -1).length - 1).isEqualTo(notes.size());
                Templates vi = new Templates("vi");
                String sourcesHeading = brief.sections().get(brief.sections().size() - 1).heading();
                for (XWPFParagraph p : docx.getParagraphs()) {
                    String text = p.getText().strip();
                    if (text.equals(sourcesHeading)) break;   // the period and the list of sources cite nothing
                    boolean cites = p.getCTP().xmlText().contains("footnoteReference");
                    boolean heading = p.getRuns().stream().anyMatch(r -> r.isBold());
                    boolean caption = p.getRuns().stream().anyMatch(r -> r.isItalic());
                    if (!text.isEmpty() && !cites && !heading && !caption)
                        assertThat(vi.isNothingSentence(text)).as("uncited: " + text).isTrue();
                }
                for (XWPFTable t : docx.getTables()) assertThat(t.getRows()).hasSizeGreaterThan(1);
            }
            convertsInLibreOffice(file, brief);
        }
    }

    /** LibreOffice converts the DOCX to PDF, whose text has the headings and every footnote's evidence. */
    private static void convertsInLibreOffice(Path docx, Brief brief) throws Exception {
        Path soffice = Path.of("/usr/bin/soffice");
        Assumptions.assumeTrue(Files.isExecutable(soffice), "LibreOffice (soffice) is not installed");
        Path out = Files.createDirectories(dir.resolve("lo-" + docx.getFileName()));
        Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", out.toString(), docx.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as(log).isTrue();
        assertThat(p.exitValue()).as(log).isZero();
        Path pdf = out.resolve(docx.getFileName().toString().replace(".docx", ".pdf"));
        assertThat(pdf).as(log).exists();
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            assertThat(d.getNumberOfPages()).isPositive();
            String text = new PDFTextStripper().getText(d);
            assertThat(StoredText.normal(text)).contains("Tình hình chung", "Quan hệ chính trị – ngoại giao", "Đánh giá");
            // a long footnote may run on at the foot of the next page, so its opening words are what is looked for
            for (Footnote f : brief.footnotes()) {
                String evidence = StoredText.compact(f.evidence());
                assertThat(StoredText.compact(text)).contains(evidence.substring(0, Math.min(40, evidence.length())));
            }
        }
    }

    @Test
    void the_pdf_text_holds_every_sentence_and_footnote_with_its_diacritics() throws Exception {
        for (String country : List.of("USA", "JPN")) {
            Brief brief = brief(country, true);
            Path file = write("pdf", country + ".pdf", country, "--all");
            String text;
            try (PDDocument d = Loader.loadPDF(file.toFile())) {
                text = StoredText.compact(new PDFTextStripper().getText(d));
            }
            assertThat(text).contains(StoredText.compact(brief.title()));
            for (Brief.Section s : brief.sections()) {
                assertThat(text).contains(StoredText.compact(s.heading()));
                for (String block : s.blocks())
                    for (Blocks.Block b : Blocks.parse(block))
                        if (b instanceof Blocks.Paragraph p) assertThat(text).contains(StoredText.compact(plain(p.spans())));
            }
            for (Footnote f : brief.footnotes()) assertThat(text).contains(StoredText.compact(f.plain(brief.undated())));
        }
    }

    private static String plain(List<Blocks.Span> spans) {
        return spans.stream().filter(s -> !s.isFootnote()).map(Blocks.Span::text).reduce("", String::concat);
    }
}
