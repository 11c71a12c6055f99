package org.caytre.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkerFinderTest {
    @ParameterizedTest(name = "{0} → marker {1} after {2}")
    @CsvSource(delimiter = '|', value = {
            "theo Chương trình phát triển (UNDP)1, dịch bệnh | 1 | (UNDP)",
            "các đối tác22; trong đó                       | 22 | đối tác",
            "hơn 20 Hội nghị Cấp cao21, hơn 70             | 21 | Cấp cao",
            "đại dịch COVID-1923 lan rộng                   | 23 | COVID-19",
            "tăng trưởng trong năm 202113, trong đó         | 13 | năm 2021",
            "giảm xuống -4,4%2, mức giảm sâu nhất           | 2 | -4,4%",
            "về “lợi ích quốc gia”3. Điều này               | 3 | gia”",
    })
    void finds_markers_glued_to_words_and_numbers(String text, int number, String before) {
        MarkerFinder.Found f = MarkerFinder.find(text.strip(), 0, text.strip().length(), number);
        assertThat(f).isNotNull();
        assertThat(text.strip().substring(0, f.start())).endsWith(before);
    }

    @ParameterizedTest(name = "{0} has no marker {1}")
    @CsvSource(delimiter = '|', value = {
            "Hội nghị Thượng đỉnh G20 năm nay    | 20",
            "các nước G7 cam kết                  | 7",
            "đại dịch COVID-19 bùng phát          | 19",
            "đại dịch COVID-19 bùng phát          | 9",
            "Chủ tịch AIPA 41 và ASEAN 36         | 41",
            "tăng trưởng 5,64% so với             | 64",
            "đưa 79.000 công dân                  | 0",
            "Khóa 75 Đại hội đồng                 | 75",
            "ngày 21/4/2020, lần đầu              | 4",
    })
    void leaves_names_and_real_numbers_alone(String text, int number) {
        assertThat(MarkerFinder.find(text.strip(), 0, text.strip().length(), number)).isNull();
    }
}
