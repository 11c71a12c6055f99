package org.caytre.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.caytre.model.DateMention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateRecognizerTest {
    private static List<DateMention> find(String s, int year) { return new DateRecognizer().find(s, 0, s.length(), year); }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Hai bên điện đàm ngày 29/9/2020.                 | 2020-09-29            | DAY",
            "Thủ tướng gửi thư chúc mừng (08/5).              | 2021-05-08            | DAY",
            "Báo cáo của UNDP, tháng 12/2020.                 | 2020-12               | MONTH",
            "Đồng Hới, ngày 13 tháng 3 năm 2024               | 2024-03-13            | DAY",
            "Đến tháng 3 năm 2024, ta có 30 đối tác.          | 2024-03               | MONTH",
            "Trong năm 2020, ta tổ chức nhiều hoạt động.      | 2020                  | YEAR",
            "Tăng trưởng GDP quý I/2021 đạt 4,48%.            | 2021-Q1               | QUARTER",
            "Kết quả 6 tháng đầu năm 2021 rất khả quan.       | 2021-H1               | HALF",
            "Trong 06 tháng đầu năm, xuất khẩu tăng.          | 2021-H1               | HALF",
            "Chuyến thăm Việt Nam (29-30/10/2020).            | 2020-10-29/2020-10-30 | DAY",
            "Hội nghị Cấp cao (12-13/12/2023) tại Tô-ky-ô.    | 2023-12-12/2023-12-13 | DAY",
            "Tuần lễ Cấp cao (30/10-01/11/2022) diễn ra.      | 2022-10-30/2022-11-01 | DAY",
            "Chiến lược giai đoạn 2023-2025 được thông qua.   | 2023/2025             | YEAR",
            "Thiết lập quan hệ ngoại giao với Bahamas (01/2023). | 2023-01            | MONTH",
            "Ngày nhận: 15-11-2024                            | 2024-11-15            | DAY",
            "Tạp chí Số 36 (4-2025)                           | 2025-04               | MONTH",
            "Đoàn sang Thụy Sĩ vào tháng 1.2024.              | 2024-01               | MONTH",
            "Hàn Quốc (2022) là đối tác chiến lược toàn diện. | 2022                  | YEAR",
            "Ngày 21/4 năm 2019, giá dầu giảm mạnh.           | 2019-04-21            | DAY",
            "Ta giữ vai trò Chủ tịch trong tháng 4.           | 2021-04               | MONTH",
            "Từ ngày 14 đến 16/8/2023, Bộ trưởng thăm Lào.    | 2023-08-14/2023-08-16 | DAY",
            "Từ ngày 30/10 đến ngày 01/11/2022, đoàn thăm Nhật. | 2022-10-30/2022-11-01 | DAY",
    })
    void normalises_dates_and_periods(String text, String value, String precision) {
        List<DateMention> found = find(text.strip(), 2021);
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).value()).isEqualTo(value);
        assertThat(found.get(0).precision().name()).isEqualTo(precision);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Năm 2019, Thủ tướng thăm Nhật Bản (08/5).         | 2019-05-08",
            "Tổng thống gửi điện mừng (12/6) năm 2021.         | 2021-06-12",
    })
    void a_year_written_in_the_sentence_overrides_the_reference_year(String text, String value) {
        List<DateMention> found = find(text.strip(), 2025);
        assertThat(found).extracting(DateMention::value).contains(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nghị quyết số 34-NQ/TW về hội nhập.", "Quyết định số 2013/QĐ-TTg của Thủ tướng.",
            "Tăng 5,64% so với cùng kỳ.", "Ngày 32/13 không tồn tại.", "Đại dịch COVID-19 lan rộng.", "Hội nghị G20 năm nay.",
            "Khoảng 1/3 dân số được tiêm."})
    void rejects_what_is_not_a_date(String text) {
        assertThat(find("Nước này trúng cử với số phiếu là 18 7/1 90.", 2021)).isEmpty();   // a count broken by spaces
        assertThat(find(text, 2021)).extracting(DateMention::text).noneMatch(t -> t.contains("34") || t.contains("2013/")
                || t.contains("5,64") || t.contains("32/13") || t.contains("19") || t.contains("20") || t.contains("1/3"));
    }

    private static List<DateMention> news(String s, String published) { return DateExpressionsTest.news(s, published); }

    @ParameterizedTest(name = "{0} published {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "Chiều 5-3, hai Bộ trưởng hội đàm tại Hà Nội.             | 2022-03-06 | 2022-03-05",
            "Tối 21/9, Chủ tịch nước rời Niu Oóc.                     | 2022-09-22 | 2022-09-21",
            "Đoàn sẽ thăm Lào từ ngày 2 đến 4-3.                       | 2018-02    | 2018-03-02/2018-03-04",
            "Thủ tướng thăm Ba Lan từ 14 đến 16-4 theo lời mời.        | 2019-04-15 | 2019-04-14/2019-04-16",
            "Chuyến thăm trong hai ngày 16 và 17/1 mở ra giai đoạn mới. | 2017-01-16 | 2017-01-16/2017-01-17",
            "Hai bên hội đàm hôm qua tại Phnôm Pênh.                   | 2016-12-21 | 2016-12-20",
            "Hiệp định có hiệu lực từ hôm nay.                         | 2019-01-14 | 2019-01-14",
            "Năm ngoái, hai nước ký ba văn kiện.                       | 2017-01-16 | 2016",
            "Cuối tháng ba, hai bên họp kỹ thuật.                      | 2017-06    | 2017-03",
            "Ngày 28-12, Bộ Ngoại giao ra thông cáo.                   | 2019-01-05 | 2018-12-28",
    })
    void news_dates_are_read_against_the_publication_date(String text, String published, String value) {
        assertThat(news(text.strip(), published)).extracting(DateMention::value).first().isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Chiều 5-3, hai Bộ trưởng hội đàm.", "Hai bên điện đàm (08/5).", "Hội đàm hôm qua tại Viêng Chăn.",
            "Hai bên họp vào tháng ba."})
    void a_text_with_no_year_anywhere_gets_no_invented_year(String text) {
        assertThat(new DateRecognizer().find(text, 0, text.length(), DateAnchor.NONE)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Đội tuyển thắng 2-1 trong trận đấu.", "Tỷ lệ 3-4 người mỗi hộ."})
    void a_dash_between_numbers_is_a_date_only_after_a_day_word(String text) {
        assertThat(news(text, "2019-06-01")).isEmpty();
    }
}
