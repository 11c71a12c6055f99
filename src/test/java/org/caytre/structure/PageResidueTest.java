package org.caytre.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.caytre.ingest.RawText;
import org.caytre.model.Document;
import org.caytre.model.Paragraph;
import org.caytre.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Page residue of news sites, on pages written for these tests in the shapes Vietnamese outlets print. */
class PageResidueTest {
    private static Document parse(String text) {
        return new StructureParser().parse(new RawText("trang.txt", "txt", text, List.of()));
    }

    private static String residueOf(Document d, String start) {
        for (Paragraph p : d.paragraphs()) if (d.text(p.span()).startsWith(start)) return p.residue();
        throw new AssertionError("no paragraph starts with " + start);
    }

    private static final String PAGE = """
            Thủ tướng tiếp Bộ trưởng Ngoại giao Chile nhân dịp sang dự hội nghị ...

            Minh Khôi - Thứ ba, 12/03/2024 16:45 (GMT+7)

            Chiều 12/3, tại Hà Nội, Thủ tướng đã tiếp Bộ trưởng Ngoại giao Chile đang có chuyến thăm Việt Nam.

            Thủ tướng và Bộ trưởng Ngoại giao Chile tại buổi tiếp. Ảnh: Nhật Minh

            Hai bên nhất trí phấn đấu đưa kim ngạch thương mại song phương lên 3 tỷ USD trong những năm tới.

            Thủ tướng đề nghị Chile tạo điều kiện cho hàng nông sản, thủy sản của Việt Nam tiếp cận thị trường Chile.

            Bộ trưởng Ngoại giao Chile cảm ơn sự đón tiếp chu đáo và khẳng định coi trọng quan hệ với Việt Nam.

            Hai bên cũng trao đổi về các vấn đề quốc tế và khu vực cùng quan tâm, nhất trí phối hợp tại các diễn đàn đa phương.

            Máy của bạn không hỗ trợ phát video này.

            XEM VIDEO: Toàn cảnh buổi tiếp tại Trụ sở Chính phủ

            Xem thêm:

            Chile muốn mở rộng xuất khẩu hoa quả sang thị trường châu Á

            Hai nước kỷ niệm năm mươi năm quan hệ ngoại giao

            Theo TTXVN
            """;

    @Test
    void captions_bylines_players_and_related_links_are_residue_and_the_article_is_not() {
        Document d = parse(PAGE);
        assertThat(residueOf(d, "Thủ tướng tiếp Bộ trưởng")).isEqualTo("truncated");
        assertThat(residueOf(d, "Minh Khôi")).isEqualTo("byline");
        assertThat(residueOf(d, "Chiều 12/3")).isNull();
        assertThat(residueOf(d, "Thủ tướng và Bộ trưởng")).isEqualTo("caption");
        assertThat(residueOf(d, "Hai bên nhất trí")).isNull();
        assertThat(residueOf(d, "Máy của bạn")).isEqualTo("player");
        assertThat(residueOf(d, "XEM VIDEO")).isEqualTo("player");
        assertThat(residueOf(d, "Xem thêm")).isEqualTo("related");
        assertThat(residueOf(d, "Chile muốn mở rộng")).isEqualTo("related");
        assertThat(residueOf(d, "Hai nước kỷ niệm")).isEqualTo("related");
        assertThat(residueOf(d, "Theo TTXVN")).isEqualTo("byline");
    }

    @Test
    void a_cut_headline_is_still_the_title() {
        assertThat(parse(PAGE).metadata().title()).isEqualTo("Thủ tướng tiếp Bộ trưởng Ngoại giao Chile nhân dịp sang dự hội nghị ...");
    }

    @Test
    void a_caption_on_the_first_line_is_never_the_title() {
        Document d = parse("""
                Bộ trưởng Ngoại giao hai nước tại lễ ký - Ảnh: Hoàng Anh

                Việt Nam và New Zealand ký kết hai văn kiện hợp tác

                Sáng 5/4, tại Wellington, hai Bộ trưởng Ngoại giao đã ký kết hai văn kiện hợp tác về giáo dục và nông nghiệp.

                Hai bên đánh giá cao kết quả hợp tác thời gian qua và nhất trí tăng cường trao đổi đoàn các cấp.

                Bộ trưởng Ngoại giao New Zealand khẳng định ủng hộ Việt Nam tăng cường hợp tác với các nước Thái Bình Dương.
                """);
        assertThat(residueOf(d, "Bộ trưởng Ngoại giao hai nước")).isEqualTo("caption");
        assertThat(d.metadata().title()).isEqualTo("Việt Nam và New Zealand ký kết hai văn kiện hợp tác");
    }

    @Test
    void a_headline_or_lead_printed_twice_is_a_repeat_the_first_copy_is_not() {
        Document d = parse("""
                Hàn Quốc viện trợ khẩn cấp cho các tỉnh miền Trung

                Chính phủ Hàn Quốc quyết định viện trợ 2 triệu USD cho các tỉnh miền Trung bị lũ. - BaoMoi.

                Hàn Quốc viện trợ khẩn cấp cho các tỉnh miền Trung

                Chính phủ Hàn Quốc quyết định viện trợ 2 triệu USD cho các tỉnh miền Trung bị lũ.
                """);
        List<String> kinds = d.paragraphs().stream().map(Paragraph::residue).toList();
        assertThat(kinds).containsExactly(null, "repeat", "repeat", null);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Phó Chủ tịch nước phát biểu tại lễ đón (Ảnh: Bộ Ngoại giao)                       | caption",
            "Quang cảnh hội đàm - ẢNH: Thanh Hà                                                | caption",
            "(Ảnh minh hoạ).                                                                    | caption",
            "Nguồn hình ảnh, Reuters Chụp lại hình ảnh, Tàu hải quân hai nước tập trận chung.  | caption",
            "2 giờ trước                                                                        | byline",
            "Thời lượng 3,45                                                                    | player",
            "Video: Lễ đón chính thức tại Phủ Chủ tịch                                          | player",
            "Thu Trang/VOV-Viêng Chăn                                                           | byline",
            "Hà Linh (theo Reuters)                                                             | byline",
            "PV Thường trú tại Bắc Kinh                                                          | byline",
            "Tin liên quan                                                                      | related",
            "Bộ trưởng đã chia sẻ hình ảnh: các cuộc gặp với lãnh đạo ba nước.                  | -",
            "Theo ước tính ban đầu, đã có 240 người được sơ tán.                               | -",
            "Giá dầu thô tăng 3% trong phiên hôm qua (theo Reuters).                           | -",
            "PV: Thưa Đại sứ, năm nay kim ngạch hai nước đạt 5 tỷ USD?                         | -",
            "Hai bên đã ký kết 5 văn kiện hợp tác trong các lĩnh vực kinh tế, giáo dục và y tế. | -",
    })
    void cue_shapes(String paragraph, String kind) {
        Document d = parse("Bản tin đối ngoại trong ngày hôm nay\n\n"
                + "Sáng nay, Bộ trưởng Ngoại giao đã tiếp Đại sứ Ba Lan nhân dịp kết thúc nhiệm kỳ công tác tại Việt Nam.\n\n"
                + paragraph.strip() + "\n\n"
                + "Hai nước nhất trí thúc đẩy hợp tác trong các lĩnh vực kinh tế, thương mại và giáo dục trong thời gian tới.\n");
        assertThat(d.paragraphs()).hasSize(4);
        assertThat(d.paragraphs().get(2).residue()).isEqualTo(kind);
    }

    @Test
    void extraction_reads_the_article_without_the_residue_sentences() {
        Document d = parse(PAGE);
        Document article = d.withoutResidueSentences(false), story = d.withoutResidueSentences(true);
        List<String> read = article.sentences().stream().map(d::text).toList();
        assertThat(read).anyMatch(s -> s.startsWith("Chiều 12/3")).noneMatch(s -> s.contains("Ảnh:"))
                .noneMatch(s -> s.startsWith("Minh Khôi")).noneMatch(s -> s.startsWith("Máy của bạn"));
        assertThat(story.sentences().stream().map(d::text)).anyMatch(s -> s.contains("Ảnh: Nhật Minh"))
                .noneMatch(s -> s.startsWith("Theo TTXVN"));
        assertThat(article.text()).isEqualTo(d.text());
        assertThat(article.paragraphs()).isEqualTo(d.paragraphs());
        Span caption = d.paragraphs().get(3).span();
        assertThat(d.text(caption)).endsWith("Ảnh: Nhật Minh");
    }
}
