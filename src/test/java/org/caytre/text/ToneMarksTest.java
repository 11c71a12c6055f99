package org.caytre.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ToneMarksTest {
    @ParameterizedTest
    @CsvSource({
            "hoà, hòa", "hòa, hòa", "thuý, thúy", "khoẻ, khỏe", "Uỷ, Ủy", "hoàng, hoàng", "hoáng, hoáng",
            "người, người", "quý, quý", "giữ, giữ", "gìn, gìn", "khuyến, khuyến", "mía, mía", "của, của",
            "khoái, khoái", "Đắk, Đắk", "café, café", "ma, ma", "Zealand, Zealand"})
    void one_placement_for_old_and_new_styles(String in, String out) {
        assertThat(ToneMarks.place(in)).isEqualTo(out);
    }
}
