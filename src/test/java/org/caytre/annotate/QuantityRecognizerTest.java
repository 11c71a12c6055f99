package org.caytre.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.caytre.model.QuantityMention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityRecognizerTest {
    private static List<QuantityMention> find(String s) {
        return new QuantityRecognizer().find(s, 0, s.length(), new DateRecognizer().find(s, 0, s.length(), 2021));
    }

    @ParameterizedTest(name = "{0} → {1} {2} ({3})")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "tăng trưởng ở mức 5,64% so với cùng kỳ        | 5.64     | %        | -",
            "đưa khoảng 79.000 công dân về nước            | 79000    | citizens | khoảng",
            "kim ngạch đạt 316,73 tỉ USD                   | 3.1673E11| USD      | -",
            "thiệt hại tới 12.000 tỷ USD                   | 1.2E13   | USD      | tới",
            "lên đến khoảng 20 nghìn tỷ USD                | 2.0E13   | USD      | khoảng",
            "Nhật Bản hỗ trợ 2 triệu liều vắc-xin          | 2000000  | doses    | -",
            "GDP toàn cầu giảm xuống -4,4% năm 2020        | -4.4     | %        | -",
            "hai nước điện đàm 02 lần trong năm            | 2        | times    | -",
            "tổ chức hơn 200 hội nghị trực tuyến           | 200      | conferences | hơn",
            "thông qua gần 100 văn kiện                    | 100      | documents | gần",
            "thu hút khoảng 15,7 tỷ USD kiều hối           | 1.57E10  | USD      | khoảng",
            "kim ngạch xuất khẩu tăng trên 32,2%           | 32.2     | %        | trên",
            "tổ chức hơn 294 chuyến bay                    | 294      | flights  | hơn",
            "quan hệ ngoại giao với 193 quốc gia           | 193      | countries | -",
            "đóng góp 3,01 điểm phần trăm                  | 3.01     | percentage points | -",
            "giá dầu xuống mức âm 35 USD/thùng             | -35      | USD      | -",
            "quy mô GDP đứng thứ 4 ở Đông Nam Á            | 4        | rank     | -",
            "được xếp thứ 9/25 nước trong khu vực          | 9        | rank     | -",
    })
    void reads_vietnamese_numbers_units_and_hedges(String text, double value, String unit, String hedge) {
        List<QuantityMention> q = find(text.strip());
        assertThat(q).isNotEmpty();
        QuantityMention m = q.get(0);
        assertThat(m.value()).isCloseTo(value, org.assertj.core.data.Percentage.withPercentage(1e-6));
        assertThat(m.unit()).isEqualTo(unit);
        assertThat(m.approximation()).isEqualTo(hedge);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Chủ tịch AIPA 41 và Hội nghị Cấp cao ASEAN 36", "phát biểu tại Khóa 75 Đại hội đồng",
            "làn sóng dịch lần thứ 4", "Nghị quyết số 34-NQ/TW", "trong năm 2020", "Hội nghị G20 và G7", "đại dịch COVID-19",
            "ngày 29/9/2020", "1. Tình hình thế giới", "suy thoái sâu nhất kể từ 1870",
            "thập niên thứ ba của thế kỷ 21"})
    void skips_labels_ordinals_years_dates_and_names(String text) {
        assertThat(find(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Bộ trưởng một lần nữa khẳng định lập trường của Việt Nam",          // "một" as an article
            "Nhật Bản là một đồng minh quan trọng của Mỹ",
            "ông phát biểu trong một cuộc họp báo tại thủ đô",
            "hai người đều khẳng định không biết gì về vụ việc",                 // the two already spoken of
            "đường dây nóng của Đại sứ quán: +84 981 84 84 84",                  // telephone numbers
            "Đại sứ quán tại Iran: + 98 21 224 11670",
            "Minh Khôi - Thứ ba, 12/03/2024 16:45 (GMT+7)",                      // clock time and time zone
            "Hội nghị Cấp cao ASEAN +3 và ASEAN+3 lần thứ 27",                   // names with a plus
            "như lời Bác dạy: “Dĩ bất biến, ứng vạn biến”(3)",                   // note markers
            "theo tài liệu đã dẫn [12]",
            "Văn kiện Đại hội, Nxb. Chính trị quốc gia, tr. 145",                // page numbers of references
            "lực lượng của Quân đoàn 4 và Bệnh viện 108",                        // numbers naming things
            "Nghị quyết Đại hội 13 của Đảng",
            "Kinh tế Việt Nam nhìn lại (Kỳ 2)",
            "ứng phó với bão số 3 và mức báo động 3 trên sông",
            "Thời lượng 3,45",
            "Triển lãm Expo 2024 lần thứ 33 tại Hà Nội",                         // a year before "lần thứ"
            "hội nghị sẽ diễn ra từ 14 đến 16-4 tại Hà Nội",                     // day numbers of dates
            "hồi cuối tháng 3 vừa qua, đoàn đã sang thăm",
            "theo các Điều 41 và 42 của Hiến chương",
            "45+2’ Hậu vệ đội khách nhận thẻ vàng",                              // the minute of a match
            "nghi phạm cao khoảng 1m65",
    })
    void skips_articles_phones_times_markers_names_and_day_numbers(String text) {
        assertThat(find(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Mỹ hỗ trợ khẩn cấp 1 triệu USD cho Việt Nam     | 1000000 | USD",
            "chỉ cần một phiếu phủ quyết là đủ                | 1       | vetoes",
            "Việt Nam cử thêm một sĩ quan tham gia phái bộ     | 1       | officers",
            "lưu lượng xả tối đa là 300m3/giây                | 300     | m3/s",
            "mực nước sông lên mức 12,5m                      | 12.5    | m",
            "triển khai ba tuyến đường sắt khổ tiêu chuẩn     | 3       | railway lines",
            "hai bên đã ký 4 văn kiện hợp tác                 | 4       | documents",
            "khu đất rộng 203m2 ở trung tâm                   | 203     | m2",
            "Việt Nam nằm trong top 20 thế giới về thương mại | 20      | rank",
    })
    void counts_that_look_like_the_skipped_shapes_are_still_read(String text, double value, String unit) {
        List<QuantityMention> q = find(text.strip());
        assertThat(q).extracting(QuantityMention::value, QuantityMention::unit)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(value, unit));
    }

    @org.junit.jupiter.api.Test
    void a_range_after_a_label_word_keeps_its_low_end() {
        assertThat(find("mỗi ngày 30 - 40 chuyến bay")).extracting(QuantityMention::value).containsExactly(30.0, 40.0);
    }
}
