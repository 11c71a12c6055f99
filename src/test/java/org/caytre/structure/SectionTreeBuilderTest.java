package org.caytre.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SectionTreeBuilderTest {
    @Test
    void nests_by_first_appearance_and_closes_on_a_repeated_kind() {
        List<SectionTreeBuilder.Node> nodes = new SectionTreeBuilder()
                .build(List.of("ROMAN", "DECIMAL", "ORDINAL_WORD", "ORDINAL_WORD", "DECIMAL", "ROMAN", "DECIMAL"));
        assertThat(nodes).extracting(SectionTreeBuilder.Node::level).containsExactly(1, 2, 3, 3, 2, 1, 2);
        assertThat(nodes).extracting(SectionTreeBuilder.Node::parentIndex).containsExactly(-1, 0, 1, 1, 0, -1, 5);
    }

    @ParameterizedTest(name = "{0} → {1} [{2}] {3}")
    @CsvSource(delimiter = '|', value = {
            "I. TÌNH HÌNH THẾ GIỚI VÀ KHU VỰC                | ROMAN          | I.       | TÌNH HÌNH THẾ GIỚI VÀ KHU VỰC",
            "2.1.1. Công tác lãnh đạo được triển khai. Sau đó | DECIMAL3       | 2.1.1.   | Công tác lãnh đạo được triển khai",
            "1.1 Tình hình quốc tế                            | DECIMAL2       | 1.1      | Tình hình quốc tế",
            "3. Tình hình an ninh biến động; cạnh tranh       | DECIMAL        | 3.       | Tình hình an ninh biến động",
            "Thứ hai, về tư tưởng chỉ đạo đối ngoại           | ORDINAL_WORD   | Thứ hai, | về tư tưởng chỉ đạo đối ngoại",
            "Ba là, nâng cao hiệu quả công tác tham mưu.      | COUNT_WORD     | Ba là,   | nâng cao hiệu quả công tác tham mưu",
            "(ii) Ta tích cực tham gia xử lý các vấn đề       | ROMAN_PAREN    | (ii)     | Ta tích cực tham gia xử lý các vấn đề",
            "a) Đẩy mạnh ngoại giao kinh tế                   | LETTER         | a)       | Đẩy mạnh ngoại giao kinh tế",
    })
    void detects_heading_labels(String paragraph, String kind, String label, String title) {
        var h = new HeadingDetector().detect(paragraph.strip()).orElseThrow();
        assertThat(h.kind()).isEqualTo(kind);
        assertThat(h.label()).isEqualTo(label);
        assertThat(h.title()).isEqualTo(title);
    }

    @ParameterizedTest
    @CsvSource({"02 lần trong năm 2020.", "2020", "5,6% là mức tăng cao", "Việt Nam là bạn"})
    void ordinary_text_is_not_a_heading(String paragraph) {
        assertThat(new HeadingDetector().detect(paragraph)).isEmpty();
    }
}
