package org.caytre.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LegacyEncodingTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // TCVN3 (ABC) as it reads when its bytes are decoded as Windows-1252
            "Thñ t­íng ChÝnh phñ ®· ®iÖn ®µm víi Thñ t­íng NhËt B¶n vÒ hîp t¸c kinh tÕ. | Thủ tướng Chính phủ đã điện đàm với Thủ tướng Nhật Bản về hợp tác kinh tế.",
            // VNI
            "Thuû töôùng Chính phuû ñaõ ñieän ñaøm vôùi Thuû töôùng Nhaät Baûn veà hôïp taùc kinh teá. | Thủ tướng Chính phủ đã điện đàm với Thủ tướng Nhật Bản về hợp tác kinh tế.",
    })
    void legacy_encodings_are_converted(String legacy, String unicode) {
        assertThat(VietnameseText.repair(legacy)).isEqualTo(unicode);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Thủ tướng Chính phủ đã điện đàm với Thủ tướng Nhật Bản về hợp tác kinh tế.",
            "The Prime Minister held talks with the Japanese Prime Minister on economic cooperation.",
            "Le Premier ministre a eu un entretien téléphonique avec son homologue japonais à Paris, où il a été reçu.",
            "Ça coûte 5 € — déjà vu, naïve café, señor año.",
    })
    void ordinary_text_is_left_alone(String s) {
        assertThat(LegacyEncoding.detect(s)).isEqualTo(LegacyEncoding.Kind.NONE);
        assertThat(VietnameseText.repair(s)).isEqualTo(Normalizer.normalize(s, Normalizer.Form.NFC));
    }

    @Test
    void pdf_font_defect_and_nfd_are_repaired() {
        assertThat(VietnameseText.repair("TĂNG TRƢỞNG KINH TẾ")).isEqualTo("TĂNG TRƯỞNG KINH TẾ");
        String nfc = "Hiệp định thương mại tự do Việt Nam - EU";
        assertThat(VietnameseText.repair(Normalizer.normalize(nfc, Normalizer.Form.NFD))).isEqualTo(nfc);
    }
}
