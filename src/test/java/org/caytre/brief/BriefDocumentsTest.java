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
        CliRun.ingest(data, docs, CorpusFiles.shared().resolve("corpus"), CorpusFiles.shared().resolve("corpus-news-2024"));
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
            List<String> pages = pages(write("pdf", country + ".pdf", country, "--all"));
            List<Citation> citations = citations(brief);
            // the text of the pages without their footnotes: every sentence whole, even one that runs onto the next page
            StringBuilder body = new StringBuilder();
            for (String page : pages) {
                String text = page;
                for (Citation c : citations) text = text.replace(c.body(), "");
                body.append(text);
            }
            String text = body.toString();
            assertThat(text).contains(StoredText.compact(brief.title()));
            for (Brief.Section s : brief.sections()) {
                assertThat(text).contains(StoredText.compact(s.heading()));
                for (String block : s.blocks())
                    for (Blocks.Block b : Blocks.parse(block))
                        if (b instanceof Blocks.Paragraph p) assertThat(text).contains(StoredText.compact(plain(p.spans())));
            }
            String all = String.join("", pages);
            for (Footnote f : brief.footnotes()) assertThat(all).contains(StoredText.compact(f.plain(brief.undated())));
        }
    }

    @Test
    void each_pdf_footnote_is_at_the_foot_of_the_page_that_cites_it() throws Exception {
        for (String country : List.of("USA", "JPN")) {
            Brief brief = brief(country, true);
            List<String> pages = pages(write("pdf", "foot-" + country + ".pdf", country, "--all"));
            List<Citation> citations = citations(brief);
            assertThat(citations).isNotEmpty();
            Set<String> notes = new HashSet<>();
            for (Citation c : citations) notes.add(c.body());
            int previousPage = 0;
            for (Citation c : citations) {
                // each citation is its own footnote, numbered on: "k. Title (doc), date: “evidence”" on exactly one page,
                // the page whose text has the call k right after the word it follows
                List<Integer> holding = new ArrayList<>();
                for (int p = 0; p < pages.size(); p++) if (holdsNote(pages.get(p), c.body(), notes)) holding.add(p + 1);
                assertThat(holding).as("%s: footnote %d (%s)", country, c.call(), c.body()).hasSize(1);
                int page = holding.get(0);
                assertThat(pages.get(page - 1)).as("%s: the call %d on page %d", country, c.call(), page).contains(c.callSite());
                assertThat(page).as("footnotes follow the text").isGreaterThanOrEqualTo(previousPage);
                previousPage = page;
            }
            assertThat(previousPage).as("%s: the last footnote is on a later page than the first", country).isGreaterThan(1);
        }
    }

    /** One footnote call of the PDF: its number, its footnote's text with that number, and the call after the word before it (compact). */
    private record Citation(int call, String body, String callSite) {}

    /** The calls in the order the PDF sets them (one per citation, numbered from 1), from the brief's blocks. */
    private static List<Citation> citations(Brief brief) {
        Map<Integer, Footnote> byNumber = new HashMap<>();
        for (Footnote f : brief.footnotes()) byNumber.put(f.number(), f);
        List<Citation> out = new ArrayList<>();
        for (Brief.Section s : brief.sections())
            for (String block : s.blocks())
                for (Blocks.Block b : Blocks.parse(block)) {
                    List<List<Blocks.Span>> lines = switch (b) {
                        case Blocks.Paragraph p -> List.of(p.spans());
                        case Blocks.Bullets list -> list.items();
                        case Blocks.Table t -> t.rows().stream().map(row -> row.stream().flatMap(List::stream).toList()).toList();
                        case Blocks.Figure f -> List.<List<Blocks.Span>>of();
                    };
                    for (List<Blocks.Span> line : lines) {
                        StringBuilder set = new StringBuilder();   // the line as set: its words, each call a number, "2,3" between calls
                        Blocks.Span previous = null;
                        for (Blocks.Span span : line) {
                            if (span.isFootnote()) {
                                if (previous != null && previous.isFootnote()) set.append(',');
                                int k = out.size() + 1;
                                set.append(k);
                                String before = set.substring(0, set.length() - String.valueOf(k).length()).stripTrailing();
                                String word = before.substring(before.lastIndexOf(' ') + 1);
                                out.add(new Citation(k, StoredText.compact(k + ". " + byNumber.get(span.footnote()).plain(brief.undated())),
                                        StoredText.compact(word + k)));
                            } else {
                                set.append(span.text()).append(' ');
                                if (set.length() > 1 && set.charAt(set.length() - 2) != ' ') set.setLength(set.length() - 1);
                            }
                            previous = span;
                        }
                    }
                }
        return out;
    }

    /**
     * Whether a page holds the footnote "k. …": not only as the end of a later footnote "1k. …" of the same text (digits
     * before it may also be the call that ends the text above the footnotes).
     */
    private static boolean holdsNote(String page, String note, Set<String> notes) {
        for (int at = page.indexOf(note); at >= 0; at = page.indexOf(note, at + 1)) {
            int digits = at;
            while (digits > 0 && Character.isDigit(page.charAt(digits - 1))) digits--;
            boolean longer = false;
            for (int i = digits; i < at; i++) longer |= notes.contains(page.substring(i, at) + note);
            if (!longer) return true;
        }
        return false;
    }

    /** Each page's text as PDFBox extracts it, compact (NFC, no white space), without the page number set above it. */
    private static List<String> pages(Path pdf) throws Exception {
        List<String> out = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            for (int p = 1; p <= d.getNumberOfPages(); p++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String text = stripper.getText(d).strip();
                if (text.startsWith(p + "\n")) text = text.substring(String.valueOf(p).length());
                out.add(StoredText.compact(text));
            }
        }
        return out;
    }

    private static String plain(List<Blocks.Span> spans) {
        return spans.stream().filter(s -> !s.isFootnote()).map(Blocks.Span::text).reduce("", String::concat);
    }
}
