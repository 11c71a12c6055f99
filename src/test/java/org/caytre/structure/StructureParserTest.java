package org.caytre.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.caytre.ingest.RawText;
import org.caytre.model.Document;
import org.caytre.model.Footnote;
import org.junit.jupiter.api.Test;

/** One repair rule per test, on short texts written for the purpose. */
class StructureParserTest {
    private static Document parse(String text) {
        return new StructureParser().parse(new RawText("t.txt", "txt", text, List.of()));
    }

    private static List<String> paragraphs(Document d) {
        return d.paragraphs().stream().map(p -> d.text(p.span())).toList();
    }

    @Test
    void hard_wrapped_lines_are_rejoined_and_short_sentence_ends_break_paragraphs() {
        Document d = parse("""
                Năm 2022, quan hệ giữa Việt Nam và Hàn Quốc được nâng lên Đối tác Chiến lược
                Toàn diện, mở ra giai đoạn hợp tác mới trên nhiều lĩnh vực quan trọng của hai
                nước.
                Kim ngạch thương mại song phương tiếp tục tăng mạnh so với cùng kỳ năm trước,
                đạt mức cao nhất từ trước tới nay.
                """);
        assertThat(paragraphs(d)).containsExactly(
                "Năm 2022, quan hệ giữa Việt Nam và Hàn Quốc được nâng lên Đối tác Chiến lược Toàn diện, mở ra giai đoạn hợp tác mới trên nhiều lĩnh vực quan trọng của hai nước.",
                "Kim ngạch thương mại song phương tiếp tục tăng mạnh so với cùng kỳ năm trước, đạt mức cao nhất từ trước tới nay.");
    }

    @Test
    void double_spaced_output_is_not_split_at_every_blank_line() {
        Document d = parse("""
                Trong sáu tháng đầu năm, ta đã tổ chức nhiều hoạt động đối ngoại cấp cao, trong

                đó có các cuộc điện đàm với lãnh đạo các nước láng giềng và đối tác quan trọng,

                góp phần củng cố môi trường hòa bình, ổn định.

                Công tác bảo hộ công dân tiếp tục được triển khai kịp thời và hiệu quả, nhất là

                với các công dân gặp khó khăn do dịch bệnh tại nhiều quốc gia và vùng lãnh

                thổ trên thế giới.
                """);
        assertThat(paragraphs(d)).hasSize(2);
        assertThat(paragraphs(d).get(0)).contains("trong đó có các cuộc điện đàm");
    }

    @Test
    void page_numbers_and_repeated_running_headers_are_dropped() {
        String header = "BÁO CÁO TỔNG KẾT CÔNG TÁC ĐỐI NGOẠI NĂM 2022";
        Document d = parse(header + "\nTa đã tổ chức thành công nhiều hoạt động đối ngoại quan trọng trong năm qua,\n"
                + "qua đó nâng cao vị thế của đất nước\n12\n\f\n" + header + "\ntrên trường quốc tế.\n"
                + "Quan hệ với các nước láng giềng được củng cố\n13\n\f\n" + header + "\nvà phát triển.\n");
        assertThat(d.text()).doesNotContain("BÁO CÁO TỔNG KẾT").doesNotContain("12").doesNotContain("13");
        assertThat(d.text()).contains("nâng cao vị thế của đất nước trên trường quốc tế.");
    }

    @Test
    void footnote_bodies_leave_the_body_and_link_to_their_markers() {
        Document d = parse("""
                Ta đã nâng cấp quan hệ với nhiều đối tác1, đồng thời thiết lập quan hệ ngoại giao với
                các quốc gia mới2. Công tác ngoại giao vắc-xin đạt kết quả nổi bật trong năm, góp
                
                1 Gồm các đối tác chiến lược và đối tác toàn diện.
                2 Thiết lập quan hệ ngoại giao với hai quốc gia ở châu Phi và châu Mỹ La-tinh.
                 phần quan trọng vào công tác phòng, chống dịch.
                """);
        assertThat(d.footnotes()).extracting(Footnote::number).containsExactly(1, 2);
        assertThat(d.text(d.footnotes().get(0).body())).isEqualTo("Gồm các đối tác chiến lược và đối tác toàn diện.");
        assertThat(paragraphs(d)).containsExactly("Ta đã nâng cấp quan hệ với nhiều đối tác, đồng thời thiết lập quan hệ "
                + "ngoại giao với các quốc gia mới. Công tác ngoại giao vắc-xin đạt kết quả nổi bật trong năm, góp phần "
                + "quan trọng vào công tác phòng, chống dịch.");
        int marker1 = d.footnotes().get(0).markerOffset();
        assertThat(d.text().substring(marker1 - 7, marker1)).isEqualTo("đối tác");
    }

    @Test
    void explicit_superscript_markers_from_markdown_are_used_as_they_are() {
        Document d = new StructureParser().parse(new RawText("t.md", "md", """
                # Thành tựu đối ngoại

                Việt Nam đã thiết lập quan hệ ngoại giao với 193 quốc gia¹ và có quan hệ đối tác với 30 nước².

                ¹ Tính đến cuối năm 2023.

                ² Gồm đối tác chiến lược toàn diện, đối tác chiến lược và đối tác toàn diện.
                """, List.of()));
        assertThat(d.footnotes()).hasSize(2);
        assertThat(d.text()).doesNotContain("¹").doesNotContain("#");
        assertThat(paragraphs(d).get(0)).isEqualTo("Thành tựu đối ngoại");
        assertThat(d.footnotes()).allSatisfy(f -> assertThat(f.markerOffset()).isNotNull());
    }

    @Test
    void a_few_numbers_after_words_without_footnotes_are_not_markers() {
        Document d = parse("Hội nghị G20 và nhóm G7 đã thảo luận về virus H5N1 trong năm.\n");
        assertThat(d.markers()).isEmpty();
        assertThat(d.text()).contains("G20").contains("G7").contains("H5N1");
    }
}
