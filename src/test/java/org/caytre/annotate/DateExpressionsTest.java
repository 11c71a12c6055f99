package org.caytre.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.caytre.model.DateMention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The Vietnamese date expressions of issue 15, each read against a publication date (a news item's). */
class DateExpressionsTest {
    /** The dates of a news sentence published on {@code published}. */
    static List<DateMention> news(String s, String published) {
        return new DateRecognizer().find(s, 0, s.length(), new DateAnchor(Integer.valueOf(published.substring(0, 4)), published, true));
    }

    @ParameterizedTest(name = "{0} published {1}: {2} → {3}")
    @CsvSource(delimiter = '|', value = {
            // a date opening a sentence keeps its day
            "Ngày 15 tháng 5, Thủ tướng tiếp Đại sứ Pháp tại Hà Nội.           | 2024-06-10 | 15 tháng 5      | 2024-05-15 | DAY",
            "Ngày 15/5, Bộ trưởng điện đàm với người đồng cấp Lào.              | 2024-06-10 | 15/5            | 2024-05-15 | DAY",
            "Ngày 1/3, hai bên ký biên bản ghi nhớ.                             | 2024-03-05 | 1/3             | 2024-03-01 | DAY",
            // mồng/mùng, rằm, Tết, Giêng and Chạp: lunar days converted to their solar day
            "Mồng 5 tháng Giêng, lãnh đạo tỉnh thăm các gia đình chính sách.    | 2024-02-20 | Mồng 5          | 2024-02-14 | DAY",
            "Sáng mùng 3 Tết, Chủ tịch nước chúc Tết cán bộ biên phòng.         | 2025-02-05 | mùng 3 Tết      | 2025-01-31 | DAY",
            "Từ ngày 23 Tết, các đoàn tạm dừng hoạt động đối ngoại.             | 2025-01-15 | 23 Tết          | 2025-01-22 | DAY",
            "Ngày mùng 1 tháng 1 của năm 2013, hiệp định có hiệu lực.           | 2024-06-12 | mùng 1          | 2013-01-01 | DAY",
            "Ngày 23 tháng Chạp, người dân tiễn ông Công ông Táo.               | 2024-01-25 | tháng Chạp      | 2024-02-02 | DAY",
            "Lễ hội rằm tháng Giêng năm 2018 diễn ra tại Văn Miếu.              | 2018-02-20 | rằm             | 2018-03-02 | DAY",
            "Lễ Giỗ Tổ Hùng Vương ngày 10/3 âm lịch thu hút đông du khách.      | 2024-04-01 | 10/3            | 2024-04-18 | DAY",
            "Lễ hội kéo dài suốt tháng Giêng năm 2024.                          | 2024-01-10 | tháng Giêng     | 2024-02-10/2024-03-09 | DAY",
            "Đoàn đại biểu đến thăm vào mồng 2 tháng 9.                         | 2024-08-20 | mồng 2          | 2024-09-02 | DAY",
            // the first and last day of a month
            "Hội nghị khai mạc vào ngày đầu tiên của tháng 3.                   | 2024-02-20 | đầu tiên        | 2024-03-01 | DAY",
            "Hạn chót là ngày cuối cùng của tháng 2 năm 2024.                   | 2024-01-10 | cuối cùng       | 2024-02-29 | DAY",
            "Đợt tập trận kết thúc vào ngày cuối cùng của tháng Mười Hai.       | 2024-11-10 | cuối cùng       | 2024-12-31 | DAY",
            // a month in words with its year
            "Hai nước thiết lập quan hệ đối tác vào tháng mười hai năm 2019.    | 2024-06-10 | mười hai        | 2019-12    | MONTH",
            "Hai nước thiết lập quan hệ đối tác vào tháng Mười Hai năm 2019.    | 2024-06-10 | Mười Hai        | 2019-12    | MONTH",
            "Hiệp định được phê chuẩn hồi tháng Năm.                            | 2024-06-10 | tháng Năm       | 2024-05    | MONTH",
            // two-digit years, pivot: at most ten years after the publication year
            "Hiệp định được ký ngày 15/6/98 tại Hà Nội.                         | 2024-06-10 | 15/6/98         | 1998-06-15 | DAY",
            "Bản ghi nhớ được ký ngày 15/6/24 tại Viêng Chăn.                   | 2024-07-01 | 15/6/24         | 2024-06-15 | DAY",
            // days, weeks, months and years relative to the publication date (a Wednesday)
            "Hôm nay, Bộ trưởng tiếp Đại sứ Úc.                                 | 2024-06-12 | Hôm nay         | 2024-06-12 | DAY",
            "Hai bên hội đàm hôm qua tại Hà Nội.                                | 2024-06-12 | hôm qua         | 2024-06-11 | DAY",
            "Đoàn đã đến Viêng Chăn hôm kia.                                    | 2024-06-12 | hôm kia         | 2024-06-10 | DAY",
            "Ngày mai, Thủ tướng sẽ thăm Nhật Bản.                              | 2024-06-12 | Ngày mai        | 2024-06-13 | DAY",
            "Ngày kia, hai bên sẽ ký hiệp định.                                 | 2024-06-12 | Ngày kia        | 2024-06-14 | DAY",
            "Trưa nay, Thủ tướng tiếp Đại sứ Ấn Độ.                             | 2024-06-12 | nay             | 2024-06-12 | DAY",
            "Tối qua, Chủ tịch nước về đến Hà Nội.                              | 2024-06-12 | qua             | 2024-06-11 | DAY",
            "Tuần trước, hai nước họp nhóm công tác.                            | 2024-06-12 | Tuần trước      | 2024-06-03/2024-06-09 | DAY",
            "Tuần tới, Chủ tịch nước sẽ thăm Pháp.                              | 2024-06-12 | Tuần tới        | 2024-06-17/2024-06-23 | DAY",
            "Tháng trước, hai bên ký ba văn kiện.                               | 2024-06-12 | Tháng trước     | 2024-05    | MONTH",
            "Tháng sau, đoàn sẽ sang Hàn Quốc.                                  | 2024-12-12 | Tháng sau       | 2025-01    | MONTH",
            "Hai bên sẽ họp vào tháng tới.                                      | 2024-06-12 | tháng tới       | 2024-07    | MONTH",
            "Năm nay, hai nước kỷ niệm quan hệ ngoại giao.                      | 2024-06-12 | Năm nay         | 2024       | YEAR",
            "Năm ngoái, kim ngạch thương mại tăng mạnh.                         | 2024-06-12 | Năm ngoái       | 2023       | YEAR",
            "So với năm trước, số đoàn tăng gấp đôi.                            | 2024-06-12 | năm trước       | 2023       | YEAR",
            "Năm sau, Việt Nam đăng cai hội nghị.                               | 2024-06-12 | Năm sau         | 2025       | YEAR",
            "Hội nghị năm tới sẽ diễn ra tại Lào.                               | 2024-06-12 | năm tới         | 2025       | YEAR",
            "Sang năm, hai nước kỷ niệm quan hệ ngoại giao.                     | 2024-06-12 | Sang năm        | 2025       | YEAR",
            "Ngày 6/4 năm ngoái, hai bên ký thỏa thuận.                         | 2024-06-12 | 6/4 năm ngoái   | 2023-04-06 | DAY",
            // a weekday before a date
            "Thứ Ba, 15/10/2024, Chủ tịch nước tiếp Đại sứ Nhật Bản.            | 2024-10-16 | 15/10           | 2024-10-15 | DAY",
            "Thứ hai (23/9), Thủ tướng tiếp Đại sứ Hàn Quốc.                    | 2024-09-25 | 23/9            | 2024-09-23 | DAY",
            "Chủ nhật 6/10, đoàn đến Ulaanbaatar.                               | 2024-10-08 | 6/10            | 2024-10-06 | DAY",
            "Thứ Bảy 5/10, hai bên ra tuyên bố chung.                           | 2024-10-08 | 5/10            | 2024-10-05 | DAY",
            // a bare day/month takes the publication year, not a year named for something else
            "Ngày 6/4, Bộ trưởng hội đàm với Nhật Bản, đối tác kể từ năm 1979.  | 2024-04-08 | 6/4             | 2024-04-06 | DAY",
            "Kể từ năm 1979 hai nước hợp tác; ngày 6/4 vừa qua hai bên ký thêm. | 2024-04-08 | 6/4             | 2024-04-06 | DAY",
            // times of day and periods
            "Sáng 23/10, Thủ tướng đến Kazan.                                   | 2024-10-24 | 23/10           | 2024-10-23 | DAY",
            "Chiều ngày 5/9, hai bên hội đàm.                                   | 2024-09-06 | 5/9             | 2024-09-05 | DAY",
            "Đêm 1/1, đoàn về nước.                                             | 2024-01-03 | 1/1             | 2024-01-01 | DAY",
            "Rạng sáng 2/9, đoàn tới Mát-xcơ-va.                                | 2024-09-03 | 2/9             | 2024-09-02 | DAY",
            "Đầu tháng 10, hai bên sẽ họp.                                      | 2024-09-20 | tháng 10        | 2024-10    | MONTH",
            "Cuối năm 2023, hai nước nâng cấp quan hệ.                          | 2024-03-01 | 2023            | 2023       | YEAR",
            "Giữa tháng 6, Tổng thống Nga thăm Việt Nam.                        | 2024-07-01 | tháng 6         | 2024-06    | MONTH",
            "Kim ngạch quý III/2024 tăng mạnh.                                  | 2024-10-10 | quý III         | 2024-Q3    | QUARTER",
            "Kim ngạch 6 tháng đầu năm 2024 đạt 30 tỷ USD.                      | 2024-07-10 | 6 tháng         | 2024-H1    | HALF",
    })
    void reads_each_form_against_the_publication_date(String sentence, String published, String written, String value, String precision) {
        List<DateMention> found = news(sentence.strip(), published);
        assertThat(found).filteredOn(d -> d.text().contains(written)).singleElement().satisfies(d -> {
            assertThat(d.value()).isEqualTo(value);
            assertThat(d.precision().name()).isEqualTo(precision);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hai nước thiết lập quan hệ đối tác vào tháng mười hai năm 2019.",
            "Ngày 15 tháng 5 năm 2024, Thủ tướng tiếp Đại sứ Pháp.", "Ngày 6/4 năm ngoái, hai bên ký thỏa thuận.",
            "Thứ Ba, 15/10/2024, Chủ tịch nước tiếp Đại sứ."})
    void one_expression_is_one_date(String sentence) {
        assertThat(news(sentence, "2024-06-12")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hai bên hội đàm hôm qua tại Hà Nội.", "Năm sau, Việt Nam đăng cai hội nghị.",
            "Tuần tới, Chủ tịch nước sẽ thăm Pháp.", "Tháng trước, hai bên ký ba văn kiện.", "Ngày mai, Thủ tướng thăm Lào.",
            "Mồng 5 tháng Giêng, lãnh đạo tỉnh dâng hương.", "Ngày 15 tháng 5, Thủ tướng tiếp Đại sứ.", "Bản ghi nhớ ký ngày 15/6/24."})
    void no_publication_date_no_date(String sentence) {
        assertThat(new DateRecognizer().find(sentence, 0, sentence.length(), DateAnchor.NONE)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ba năm trước, hai nước chưa có đường bay thẳng.", "Trong những năm tới, hai bên tăng cường hợp tác.",
            "Hai nước ký hiệp định; hai năm sau đó, hiệp định có hiệu lực.", "Một ngày kia, hai dân tộc sẽ hiểu nhau hơn.",
            "Tháng năm trôi qua, tình hữu nghị vẫn bền chặt.", "Trụ sở tại số nhà 76/36/38 đường Láng.",
            "Cũng như các tháng trước, xuất khẩu tăng.", "Trong 15 tháng qua, dự án hoàn thành.",
            "Đoàn đặt vòng hoa tại Quảng trường Cách mạng Tháng Tám.", "Triển lãm về Cách mạng tháng 8 khai mạc.",
            "Trụ sở trên đường Ba Tháng Hai, quận 10.", "Bước sang năm mới, hai nước tăng cường hợp tác.",
            "Cách đây cả trăm năm trước, thương cảng đã sầm uất.", "Sứ thần đến kinh đô vào tháng Giêng năm 191."})
    void counts_and_story_references_are_not_dates_of_the_publication(String sentence) {
        assertThat(news(sentence, "2024-06-12")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Ngày mai (13/6), Thủ tướng thăm Lào. | 13/6", "Rạng sáng nay (ngày 12/6), đoàn về nước. | 12/6"})
    void a_date_in_brackets_states_the_relative_day(String sentence, String written) {
        assertThat(news(sentence, "2024-06-12")).extracting(DateMention::text).containsExactly(written);
    }

    @ParameterizedTest(name = "Tết {0} falls on {1}")
    @CsvSource({"1985, 1985-01-21", "2007, 2007-02-17", "2023, 2023-01-22", "2024, 2024-02-10", "2025, 2025-01-29", "2026, 2026-02-17"})
    void the_lunar_calendar_is_vietnams(int year, String tet) {
        assertThat(LunarCalendar.solar(year, 1, 1)).hasToString(tet);      // 1985 and 2007: a day or a month off China's
    }

    @ParameterizedTest(name = "{1} published {0} → {2}")
    @CsvSource({"2024, 98, 1998", "2024, 24, 2024", "2024, 34, 2034", "2024, 35, 1935", "2095, 3, 2103", "1999, 0, 2000"})
    void two_digit_years_pivot_around_the_publication_year(int published, int twoDigits, int year) {
        assertThat(new DateAnchor(null, String.valueOf(published), true).fullYear(twoDigits)).isEqualTo(year);
    }
}
