package org.caytre.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.caytre.model.Statistic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What is and is not a figure about the world in news, with sentences written for these tests. */
class NewsStatisticsTest {
    private static List<Statistic> stats(String text) {
        return Pipelines.extract(text, "2019-06-01").statistics();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Anh Trần Văn Nam (54 tuổi) bị thương nhẹ.", "Đây là kỳ họp lần thứ 33 của Ủy ban.",
            "Chuyến thăm diễn ra hơn 2 tuần sau hội nghị.", "Hai nước nhất trí tăng cường hợp tác.",
            "Đại hội đại biểu toàn quốc lần thứ XIII đã thành công."})
    void ages_ordinals_durations_and_the_two_parties_are_not_figures(String sentence) {
        assertThat(stats(sentence)).isEmpty();
    }

    @Test
    void numbers_in_words_count_with_a_unit_or_a_multiplier() {
        assertThat(stats("Việt Nam và Lào đã ký kết ba văn kiện hợp tác.")).extracting(Statistic::value, Statistic::unit)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3.0, "documents"));
        assertThat(stats("Nga có tổng số vốn đăng ký lên tới gần một tỷ USD tại Việt Nam.")).extracting(Statistic::value)
                .containsExactly(1.0e9);
    }

    @Test
    void values_are_exact_decimals() {
        assertThat(stats("Kim ngạch thương mại hai chiều đạt 8,3 tỷ USD.")).extracting(Statistic::value).containsExactly(8_300_000_000.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hai nhà lãnh đạo gặp nhau bên lề hội nghị G 20 tại Nhật Bản.",
            "Nhóm tàu khảo sát Hải Dương 8 đã rời khỏi vùng biển.", "Theo Điều 39 của Hiến chương, cơ quan này có quyền quyết định."})
    void a_number_in_a_name_is_no_figure(String sentence) {
        assertThat(stats(sentence)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Báo cáo nêu rõ 5 thành tựu nổi bật của ngành ngoại giao trong năm.",
            "Bài viết chỉ ra 3 lý do khiến quan hệ hai nước phát triển mạnh.",
            "Lãnh đạo hai nước đã trao đổi về 4 vấn đề lớn của khu vực."})
    void the_article_counting_its_own_points_is_no_figure(String sentence) {
        assertThat(stats(sentence)).isEmpty();
    }

    @Test
    void a_count_followed_by_a_point_word_is_still_a_figure() {
        assertThat(stats("Năm nay ghi dấu với 3 sự kiện điểm nhấn của công tác đối ngoại.")).extracting(Statistic::value)
                .containsExactly(3.0);
    }

    @Test
    void captions_and_bylines_give_no_figures_the_article_does() {
        String page = """
                Thủ tướng tiếp Bộ trưởng Thương mại Canada

                Lan Chi - Thứ tư, 15/05/2019 09:30 (GMT+7)

                Chiều 15/5, Thủ tướng tiếp Bộ trưởng Thương mại Canada, hai bên nhất trí đưa kim ngạch lên 10 tỷ USD.

                Thủ tướng và Bộ trưởng Thương mại Canada trao đổi về 5 dự án hợp tác. Ảnh: Minh Đức

                Bộ trưởng cho biết Canada đã cấp hơn 200 suất học bổng cho sinh viên Việt Nam trong năm qua.

                Hai bên cũng trao đổi về hợp tác trong các lĩnh vực giáo dục, nông nghiệp và năng lượng sạch.
                """;
        assertThat(stats(page)).extracting(Statistic::value).containsExactly(1.0e10, 200.0);
    }

    @Test
    void a_football_report_gives_no_figures_but_a_trade_report_does() {
        assertThat(stats("Đội chủ nhà thắng 3-1\n\nTiền đạo số 9 ghi 2 bàn trong hiệp một, nâng tổng số bàn thắng mùa này lên 15 bàn. "
                + "Câu lạc bộ đã bán được 30.000 vé cho trận đấu.")).isEmpty();
        assertThat(stats("Thương mại Việt Nam - Nhật Bản\n\nKim ngạch thương mại song phương giữa Việt Nam và Nhật Bản năm 2023 đạt 45 tỷ USD.")).isNotEmpty();
    }
}
