package org.caytre.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.caytre.model.Metadata;
import org.caytre.structure.StructureParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each source of a document's date and title, with documents written here; and the order they are preferred in. */
class DocumentSourcesTest {
    @TempDir Path dir;

    private Metadata metadata(String name, byte[] bytes) throws Exception {
        return new StructureParser().parse(new DocumentReader().read(Files.write(dir.resolve(name), bytes))).metadata();
    }

    private Metadata metadata(String name, String text) throws Exception {
        return metadata(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void html_meta_gives_date_and_title_without_the_site_name() throws Exception {
        Metadata m = metadata("tin.html", """
                <html><head><title>Tiêu đề cũ - Báo Ngoại Giao</title>
                <meta property="og:title" content="Việt Nam - Lào ký kết hiệp định hợp tác giáo dục | VnExpress">
                <meta property="article:published_time" content="2021-03-05T08:30:00+07:00"></head>
                <body><p>Sáng 5-3, hai bên đã ký hiệp định về hợp tác giáo dục.</p></body></html>""");
        assertThat(m.title()).isEqualTo("Việt Nam - Lào ký kết hiệp định hợp tác giáo dục");
        assertThat(m.date()).isEqualTo("2021-03-05");
        assertThat(m.dateSource()).isEqualTo("html");
    }

    @Test
    void html_time_element_and_title_tag_are_used_when_there_is_no_meta() throws Exception {
        Metadata m = metadata("tin.html", """
                <html><head><title>Thủ tướng tiếp Đại sứ Nhật Bản - Báo Điện tử Chính phủ</title></head>
                <body><article><time datetime="2019-06-17">17/6/2019</time><p>Chiều nay, Thủ tướng tiếp Đại sứ.</p></article></body></html>""");
        assertThat(m.title()).isEqualTo("Thủ tướng tiếp Đại sứ Nhật Bản");
        assertThat(m.date()).isEqualTo("2019-06-17");
        assertThat(m.dateSource()).isEqualTo("html");
    }

    @Test
    void html_dublin_core_date_in_day_first_form() throws Exception {
        Metadata m = metadata("tin.html", "<html><head><meta name=\"DC.date\" content=\"05/03/2021\"></head>"
                + "<body><p>Hai bên trao đổi về hợp tác.</p></body></html>");
        assertThat(m.date()).isEqualTo("2021-03-05");
    }

    @Test
    void scripts_styles_navigation_and_cookie_banners_are_not_text() throws Exception {
        RawText raw = new DocumentReader().read(Files.writeString(dir.resolve("p.html"), """
                <html><head><style>p { color: red }</style><script>var x = 'Hiệp định 2021';</script></head><body>
                <nav><a href="/">Trang chủ</a> <a href="/tg">Thế giới</a></nav>
                <div id="cookie-consent">Trang này dùng cookie. <button>Đồng ý</button></div>
                <p>Việt Nam và Lào ký hiệp định.</p><noscript>Bật JavaScript</noscript><script>alert(3)</script>
                </body></html>"""));
        assertThat(raw.text().strip()).isEqualTo("Việt Nam và Lào ký hiệp định.");
    }

    @Test
    void markdown_front_matter_gives_date_and_title_and_is_not_text() throws Exception {
        Path md = Files.writeString(dir.resolve("post.md"), """
                ---
                title: "Việt Nam và Úc nâng cấp quan hệ"
                date: 2023-03-07 09:00:00 +0700
                tags: [ngoại giao]
                ---
                Hai nước đã nâng cấp quan hệ lên Đối tác chiến lược toàn diện.
                """);
        RawText raw = new DocumentReader().read(md);
        assertThat(raw.text()).doesNotContain("title:").doesNotContain("---").contains("Đối tác chiến lược");
        Metadata m = new StructureParser().parse(raw).metadata();
        assertThat(m.title()).isEqualTo("Việt Nam và Úc nâng cấp quan hệ");
        assertThat(m.date()).isEqualTo("2023-03-07");
        assertThat(m.dateSource()).isEqualTo("front-matter");
    }

    @Test
    void docx_core_properties_give_date_and_title_when_the_text_says_nothing() throws Exception {
        Metadata m = metadata("bao-cao.docx", docx("Năm qua, quan hệ hai nước tiếp tục phát triển.", "Báo cáo quan hệ hai nước"));
        assertThat(m.title()).isEqualTo("Báo cáo quan hệ hai nước");
        assertThat(m.date()).isEqualTo("2022-12-30");
        assertThat(m.dateSource()).isEqualTo("properties");
    }

    @Test
    void a_dateline_in_the_text_wins_over_document_properties() throws Exception {
        Metadata m = metadata("cv.docx", docx("Hà Nội, ngày 5 tháng 3 năm 2021", "Tài liệu 1"));
        assertThat(m.date()).isEqualTo("2021-03-05");
        assertThat(m.dateSource()).isEqualTo("text");
    }

    @Test
    void pdf_document_information_gives_date_and_title() throws Exception {
        Metadata m = metadata("tin.pdf", pdf("Nam qua, quan he hai nuoc tiep tuc phat trien.", "Quan he Viet Nam - Lao"));
        assertThat(m.title()).isEqualTo("Quan he Viet Nam - Lao");
        assertThat(m.date()).isEqualTo("2020-08-14");
        assertThat(m.dateSource()).isEqualTo("properties");
    }

    @Test
    void news_datelines_with_a_year_date_the_document() throws Exception {
        for (String dateline : new String[] {"(Chinhphu.vn) - Sáng 23/10/2021, Thủ tướng tiếp Đại sứ Nhật Bản.",
                "TTO - Chiều 23-10-2021, Thủ tướng tiếp Đại sứ Nhật Bản.",
                "Ngày 23 tháng 10 năm 2021, Thủ tướng tiếp Đại sứ Nhật Bản."}) {
            Metadata m = metadata("tin.txt", "Thủ tướng tiếp Đại sứ Nhật Bản\n\n" + dateline + "\n\nHai bên trao đổi về hợp tác.\n");
            assertThat(m.date()).as(dateline).isEqualTo("2021-10-23");
            assertThat(m.dateSource()).isEqualTo("text");
        }
    }

    @Test
    void a_dateline_without_a_year_gives_no_date() throws Exception {
        Metadata m = metadata("tin.txt", "Thủ tướng tiếp Đại sứ Nhật Bản\n\n(Chinhphu.vn) - Sáng 23/10, Thủ tướng tiếp Đại sứ.\n");
        assertThat(m.date()).isNull();
        assertThat(m.dateSource()).isNull();
    }

    @Test
    void a_news_headline_is_the_title() throws Exception {
        Metadata m = metadata("tin.txt", "Việt Nam và Brunei nâng quan hệ lên Đối tác toàn diện\n\n"
                + "Hai nước sẽ thúc đẩy hợp tác song phương trên nhiều lĩnh vực.\n\nHai bên cũng trao đổi về biển.\n");
        assertThat(m.title()).isEqualTo("Việt Nam và Brunei nâng quan hệ lên Đối tác toàn diện");
    }

    @Test
    void a_first_sentence_is_no_headline() throws Exception {
        Metadata m = metadata("tin.txt", "Hai nước sẽ thúc đẩy hợp tác song phương trên nhiều lĩnh vực.\n\nHai bên trao đổi.\n");
        assertThat(m.title()).isNull();
    }

    private static byte[] docx(String paragraph, String title) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(paragraph);
            doc.createParagraph().createRun().setText("Các bên nhất trí tăng cường hợp tác.");
            var core = doc.getProperties().getCoreProperties();
            core.setTitle(title);
            core.setCreated(java.util.Optional.of(java.util.Date.from(java.time.Instant.parse("2022-12-30T03:00:00Z"))));
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] pdf(String line, String title) throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.beginText();
                s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                s.newLineAtOffset(72, 700);
                s.showText(line);
                s.endText();
            }
            doc.getDocumentInformation().setTitle(title);
            Calendar c = new GregorianCalendar(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
            c.set(2020, Calendar.AUGUST, 14, 10, 0, 0);
            doc.getDocumentInformation().setCreationDate(c);
            doc.save(out);
            return out.toByteArray();
        }
    }
}
