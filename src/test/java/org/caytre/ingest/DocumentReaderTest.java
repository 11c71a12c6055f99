package org.caytre.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.caytre.structure.CorpusFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun;

class DocumentReaderTest {
    private static final String SENTENCE = "Việt Nam và Hàn Quốc nâng cấp quan hệ lên Đối tác Chiến lược Toàn diện.";
    private static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    @TempDir Path dir;
    private final DocumentReader reader = new DocumentReader();

    private Path write(String name, byte[] bytes) throws IOException { return Files.write(dir.resolve(name), bytes); }

    @Test
    void text_in_every_encoding_reads_the_same() throws IOException {
        byte[] utf8 = SENTENCE.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF; bom[1] = (byte) 0xBB; bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        ByteArrayOutputStream utf16 = new ByteArrayOutputStream();
        utf16.write(0xFF); utf16.write(0xFE);
        utf16.write(SENTENCE.getBytes(StandardCharsets.UTF_16LE));
        byte[] cp1258 = windows1258Form(SENTENCE).getBytes(Charset.forName("windows-1258"));
        byte[] nfd = Normalizer.normalize(SENTENCE, Normalizer.Form.NFD).getBytes(StandardCharsets.UTF_8);
        for (byte[] b : new byte[][] {utf8, bom, utf16.toByteArray(), cp1258, nfd})
            assertThat(reader.read(write("a.txt", b)).text().strip()).isEqualTo(SENTENCE);
    }

    /** Code page 1258 writes â ê ô ơ ư ă precomposed and the tone as a combining mark after them. */
    private static String windows1258Form(String s) {
        String nfd = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < nfd.length(); ) {
            StringBuilder base = new StringBuilder().append(nfd.charAt(i++));
            StringBuilder tones = new StringBuilder();
            while (i < nfd.length() && Character.getType(nfd.charAt(i)) == Character.NON_SPACING_MARK) {
                char m = nfd.charAt(i++);
                if (m == '\u0302' || m == '\u0306' || m == '\u031B') base.append(m); else tones.append(m);
            }
            out.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tones);
        }
        return out.toString();
    }

    @Test
    void pdf_font_defect_is_repaired_in_the_real_review() {
        RawText raw = reader.read(CorpusFiles.corpus(CorpusFiles.D001));
        assertThat(raw.text().strip()).startsWith("TĂNG TRƯỞNG");
        assertThat(raw.text()).doesNotContain("ƣ").doesNotContain("Ƣ");
    }

    @Test
    void markdown_in_a_txt_file_is_read_as_markdown() {
        RawText raw = reader.read(CorpusFiles.corpus(CorpusFiles.D002));
        assertThat(raw.format()).isEqualTo("md");
        assertThat(raw.text()).doesNotContain("<sup>").doesNotContain("**").contains("¹");
    }

    @Test
    void markdown_headings_sup_markers_and_emphasis() throws IOException {
        String md = "# Thành tựu đối ngoại\n\nTa đã thiết lập quan hệ với **193** quốc gia<sup>1</sup>.\n\n<sup>1</sup> Tính đến năm 2023.\n";
        RawText raw = reader.read(write("a.md", md.getBytes(StandardCharsets.UTF_8)));
        assertThat(raw.text()).isEqualTo("# Thành tựu đối ngoại\n\nTa đã thiết lập quan hệ với 193 quốc gia¹.\n\n¹ Tính đến năm 2023.\n\n");
    }

    @Test
    void html_blocks_headings_and_sup() throws IOException {
        String html = "<html><head><style>p{}</style><script>var x=1;</script></head><body><h2>Tin đối ngoại</h2>"
                + "<p>Thủ tướng điện đàm với Thủ tướng Nhật Bản<sup>2</sup>.</p><div>Hai bên nhất trí.</div></body></html>";
        RawText raw = reader.read(write("a.html", html.getBytes(StandardCharsets.UTF_8)));
        assertThat(raw.format()).isEqualTo("html");
        assertThat(raw.text()).isEqualTo("## Tin đối ngoại\n\nThủ tướng điện đàm với Thủ tướng Nhật Bản².\n\nHai bên nhất trí.\n");
    }

    @Test
    void docx_paragraphs_heading_and_superscript() throws IOException {
        XWPFDocument doc = new XWPFDocument();
        XWPFParagraph h = doc.createParagraph();
        h.setStyle("Heading1");
        h.createRun().setText("Quan hệ song phương");
        XWPFParagraph p = doc.createParagraph();
        p.createRun().setText("Ta ký Hiệp định với Xinh-ga-po");
        XWPFRun sup = p.createRun();
        sup.setText("3");
        sup.setVerticalAlignment(STVerticalAlignRun.SUPERSCRIPT.toString());
        p.createRun().setText(".");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        doc.write(bytes);
        RawText raw = reader.read(write("a.docx", bytes.toByteArray()));
        assertThat(raw.format()).isEqualTo("docx");
        assertThat(raw.text()).contains("# Quan hệ song phương").contains("Ta ký Hiệp định với Xinh-ga-po³.");
    }

    @Test
    void pdf_pages_are_separated_by_form_feeds() throws IOException {
        assumeTrue(Files.exists(FONT), "no TrueType font with Vietnamese glyphs on this machine");
        Path pdf = dir.resolve("a.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, FONT.toFile());
            for (String line : new String[] {SENTENCE, "Trang hai: Hoa Kỳ và Ốt-xtrây-li-a."}) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 11);
                    cs.newLineAtOffset(50, 700);
                    cs.showText(line);
                    cs.endText();
                }
            }
            doc.save(pdf.toFile());
        }
        RawText raw = reader.read(pdf);
        assertThat(raw.format()).isEqualTo("pdf");
        assertThat(raw.text()).contains(SENTENCE).contains("\f").contains("Ốt-xtrây-li-a");
        assertThat(raw.text().indexOf(SENTENCE)).isLessThan(raw.text().indexOf('\f'));
    }

    @Test
    void encrypted_and_truncated_pdfs_are_clear_errors() throws IOException {
        Path enc = dir.resolve("secret.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            doc.protect(policy);
            doc.save(enc.toFile());
        }
        assertThatThrownBy(() -> reader.read(enc)).isInstanceOf(IngestException.class)
                .hasMessageContaining("secret.pdf").hasMessageContaining("encrypted");
        byte[] whole = Files.readAllBytes(enc);
        Path cut = write("cut.pdf", java.util.Arrays.copyOf(whole, whole.length / 3));
        assertThatThrownBy(() -> reader.read(cut)).isInstanceOf(IngestException.class).hasMessageContaining("cut.pdf");
    }

    @Test
    void bad_input_names_the_file_and_the_reason() throws IOException {
        assertThatThrownBy(() -> reader.read(write("empty.txt", new byte[0])))
                .isInstanceOf(IngestException.class).hasMessage(dir.resolve("empty.txt") + ": empty file");
        assertThatThrownBy(() -> reader.read(write("blob.txt", new byte[] {1, 0, 2, 0, 3, 'a'})))
                .isInstanceOf(IngestException.class).hasMessageContaining("binary");
        assertThatThrownBy(() -> reader.read(dir.resolve("missing.txt")))
                .isInstanceOf(IngestException.class).hasMessageContaining("no such file");
        byte[] big = new byte[2048];
        java.util.Arrays.fill(big, (byte) 'a');
        assertThatThrownBy(() -> new DocumentReader(1024).read(write("big.txt", big)))
                .isInstanceOf(IngestException.class).hasMessageContaining("too large");
        try (OutputStream o = Files.newOutputStream(dir.resolve("fake.docx"))) { o.write("PK not a zip".getBytes()); }
        assertThatThrownBy(() -> reader.read(dir.resolve("fake.docx"))).isInstanceOf(IngestException.class)
                .hasMessageContaining("fake.docx");
    }
}
