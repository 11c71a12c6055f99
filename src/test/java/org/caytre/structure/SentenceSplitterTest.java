package org.caytre.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentenceSplitterTest {
    private static List<String> split(String s) {
        return new SentenceSplitter().split(s, 0, s.length()).stream().map(sp -> sp.of(s)).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Tăng trưởng GDP đạt 5,64% trong sáu tháng đầu năm.",
            "Ta đã đưa 79.000 công dân về nước an toàn.",
            "Đoàn đã làm việc tại TP. Hồ Chí Minh, v.v. và các tỉnh phía Nam.",
            "Bài viết của ThS. Nguyễn Văn An được đăng trên tạp chí.",
            "Thủ tướng điện đàm với Tổng thống V. Putin (08/5) về hợp tác năng lượng.",
            "Hai bên nhất trí (xem Phụ lục. Mục 2) về các bước tiếp theo.",
            "Đại hội nêu rõ: “Bảo đảm cao nhất lợi ích quốc gia - dân tộc. Trên cơ sở luật pháp quốc tế” là nguyên tắc.",
            "Các nước như Mỹ, Nhật Bản... đều ủng hộ sáng kiến này.",
    })
    void keeps_numbers_abbreviations_dates_and_quotations_in_one_sentence(String s) {
        assertThat(split(s)).containsExactly(s);
    }

    @Test
    void splits_at_sentence_ends_and_before_enumerations() {
        assertThat(split("Kinh tế phục hồi. Xuất khẩu tăng mạnh! Đầu tư ổn định? (2) Kim ngạch đạt 650 tỉ USD."))
                .containsExactly("Kinh tế phục hồi.", "Xuất khẩu tăng mạnh!", "Đầu tư ổn định?", "(2) Kim ngạch đạt 650 tỉ USD.");
        assertThat(split("Ông nói: “Hợp tác là ưu tiên.” Đây là thông điệp rõ ràng."))
                .containsExactly("Ông nói: “Hợp tác là ưu tiên.”", "Đây là thông điệp rõ ràng.");
        assertThat(split("Quan hệ hai nước phát triển; hợp tác kinh tế được đẩy mạnh.")).hasSize(1);
    }
}
