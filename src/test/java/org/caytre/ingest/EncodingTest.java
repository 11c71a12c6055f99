package org.caytre.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real bytes of the encodings Vietnamese files arrive in, decoded by scoring the result as Vietnamese. */
class EncodingTest {
    // lowercase after the first letter: TCVN3 keeps toned capitals in separate fonts with the same codes
    private static final String TEXT = "Thủ tướng Chính phủ đã điện đàm với Thủ tướng Nhật Bản về hợp tác kinh tế, "
            + "đầu tư và phát triển nguồn nhân lực trong năm tới.";
    @TempDir Path dir;

    private RawText read(String name, byte[] bytes) throws Exception {
        return new DocumentReader().read(Files.write(dir.resolve(name), bytes));
    }

    @Test
    void real_8_bit_tcvn3_file_is_converted_with_a_warning() throws Exception {
        byte[] bytes = LegacyFiles.tcvn3(TEXT);
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain("ủ").contains("Thñ");
        RawText raw = read("tcvn3.txt", bytes);
        assertThat(raw.text().strip()).isEqualTo(TEXT);
        assertThat(raw.warnings()).containsExactly("not UTF-8: decoded as TCVN3 (8-bit legacy font encoding)");
    }

    @Test
    void real_8_bit_vni_file_is_converted_with_a_warning() throws Exception {
        RawText raw = read("vni.txt", LegacyFiles.vni(TEXT));
        assertThat(raw.text().strip()).isEqualTo(TEXT);
        assertThat(raw.warnings()).containsExactly("not UTF-8: decoded as VNI (8-bit legacy font encoding)");
    }

    @Test
    void windows_1258_file_is_decoded_with_a_warning() throws Exception {
        String t = "Việt Nam và Nhật Bản ký hiệp định về hợp tác đầu tư và thương mại.";
        byte[] bytes = cp1258(t);
        RawText raw = read("cp1258.txt", bytes);
        assertThat(raw.text().strip()).isEqualTo(t);
        assertThat(raw.warnings()).containsExactly("not UTF-8: decoded as Windows-1258 (8-bit Vietnamese code page)");
    }

    /** Windows-1258 as Word writes it: base letters (â, ê, ơ, ư, đ…) precomposed, tones as combining marks after them. */
    private static byte[] cp1258(String t) {
        String nfd = java.text.Normalizer.normalize(t, java.text.Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(), tones = new StringBuilder(), base = new StringBuilder();
        for (char c : (nfd + " ").toCharArray()) {
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(java.text.Normalizer.normalize(base, java.text.Normalizer.Form.NFC)).append(tones);
                base.setLength(0);
                tones.setLength(0);
                base.append(c);
            } else if ("\u0300\u0301\u0303\u0309\u0323".indexOf(c) >= 0) tones.append(c);
            else base.append(c);
        }
        out.append(base);
        return out.toString().strip().getBytes(Charset.forName("windows-1258"));
    }

    @Test
    void utf16_with_a_byte_order_mark_is_decoded() throws Exception {
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        RawText raw = read("utf16.txt", bytes);
        assertThat(raw.text().strip()).isEqualTo(TEXT);
        assertThat(raw.warnings()).containsExactly("decoded as UTF-16LE (byte-order mark)");
    }

    @Test
    void viqr_is_converted() throws Exception {
        RawText raw = read("viqr.txt", "Thu? tu+o+'ng Chi'nh phu? dda~ ddie^.n dda`m vo+'i Thu? tu+o+'ng Nha^.t Ba?n.\n"
                .getBytes(StandardCharsets.US_ASCII));
        assertThat(raw.text().strip()).isEqualTo("Thủ tướng Chính phủ đã điện đàm với Thủ tướng Nhật Bản.");
        assertThat(raw.warnings()).containsExactly("converted from VIQR (Vietnamese typed in ASCII)");
    }

    @Test
    void a_few_invalid_bytes_in_utf8_are_replaced_and_counted() throws Exception {
        byte[] good = (TEXT + " " + TEXT).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(good, good.length + 3);
        bytes[good.length] = (byte) 0xFF;                    // two stray bytes and a cut sequence
        bytes[good.length + 1] = (byte) 0xC3;
        bytes[good.length + 2] = (byte) 0x20;
        RawText raw = read("damaged.txt", bytes);
        assertThat(raw.text()).startsWith(TEXT).contains("\uFFFD");
        assertThat(raw.warnings()).containsExactly("2 invalid UTF-8 byte sequences replaced by \uFFFD");
    }

    @Test
    void the_pdf_font_defect_is_repaired_with_a_warning() throws Exception {
        RawText raw = read("font.txt", "TĂNG TRƢỞNG KINH TẾ\n".getBytes(StandardCharsets.UTF_8));
        assertThat(raw.text().strip()).isEqualTo("TĂNG TRƯỞNG KINH TẾ");
        assertThat(raw.warnings()).containsExactly("repaired 1 ƣ/Ƣ (U+01A3/U+01A2) to ư/Ư (a PDF font defect)");
    }

    @Test
    void clean_utf8_and_english_get_no_warning() throws Exception {
        assertThat(read("vi.txt", TEXT.getBytes(StandardCharsets.UTF_8)).warnings()).isEmpty();
        RawText en = read("en.txt", "The minister's visit? It was short. Really!".getBytes(StandardCharsets.UTF_8));
        assertThat(en.warnings()).isEmpty();
        assertThat(en.text().strip()).isEqualTo("The minister's visit? It was short. Really!");
    }
}
