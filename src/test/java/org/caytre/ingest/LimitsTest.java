package org.caytre.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a file unpacks to is limited, not only its size: one-line errors naming the file and the limit. */
class LimitsTest {
    @TempDir Path dir;

    /** A DOCX-shaped ZIP whose document.xml inflates to {@code mb} MB of spaces. */
    static byte[] zipBomb(int mb) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes());
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] block = new byte[1 << 20];
            java.util.Arrays.fill(block, (byte) ' ');
            for (int i = 0; i < mb; i++) zip.write(block);
        }
        return out.toByteArray();
    }

    @Test
    void a_docx_that_unpacks_past_the_limit_is_refused_in_one_line() throws Exception {
        byte[] bomb = zipBomb(20);
        assertThat(bomb.length).isLessThan(100_000);
        Path f = Files.write(dir.resolve("bomb.docx"), bomb);
        assertThatThrownBy(() -> new DocumentReader(1024 * 1024).read(f))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith(f + ": unpacks to more than 4194304 bytes (entry word/document.xml")
                .hasMessageContaining("--max-size 1 MB")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void a_broken_zip_is_one_line() throws Exception {
        Path f = Files.write(dir.resolve("broken.docx"), "PK\u0003\u0004garbage".getBytes());
        assertThatThrownBy(() -> new DocumentReader().read(f)).isInstanceOf(IngestException.class)
                .hasMessageStartingWith(f + ": unreadable DOCX")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void a_pdf_whose_text_outgrows_the_limit_is_refused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {   // compressed: text outweighs the file
                s.beginText();
                s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 4);
                s.newLineAtOffset(20, 780);
                for (int i = 0; i < 150; i++) { s.showText("hop tac ".repeat(30)); s.newLineAtOffset(0, -5); }
                s.endText();
            }
            doc.save(out);
        }
        Path f = Files.write(dir.resolve("big-text.pdf"), out.toByteArray());
        long limit = Files.size(f) + 100;
        assertThatThrownBy(() -> new DocumentReader(limit).read(f)).isInstanceOf(IngestException.class)
                .hasMessageStartingWith(f + ": text too large (more than " + limit + " characters by page 1");
        assertThat(new DocumentReader().read(f).text()).contains("hop tac");
    }

    @Test
    void a_file_past_the_limit_is_refused_before_it_is_read() throws Exception {
        Path f = Files.writeString(dir.resolve("big.txt"), "Hai nước hợp tác. ".repeat(100));
        assertThatThrownBy(() -> new DocumentReader(1000).read(f)).isInstanceOf(IngestException.class)
                .hasMessageStartingWith(f + ": file too large (" + Files.size(f) + " bytes; the limit is 1000");
    }
}
