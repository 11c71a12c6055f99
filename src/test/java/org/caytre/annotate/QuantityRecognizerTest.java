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
}
