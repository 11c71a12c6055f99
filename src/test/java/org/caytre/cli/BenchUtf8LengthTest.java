package org.caytre.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bench's byte count is the UTF-8 length of the text: one, two, three and four-byte characters. */
class BenchUtf8LengthTest {
    @Test
    void countsTheBytesUtf8Writes() {
        for (String s : List.of("", "abc", "Thủ tướng điện đàm với Thủ tướng Nhật Bản (08/5/2021).", "ä ß ơ ư đ Đ", "中国 – “quote” …",
                "emoji 😀 and 𝄞 clef", "\u07FF\u0800\uFFFD\u007F\u0080"))
            assertThat(BenchCommand.utf8Length(s)).as(s).isEqualTo(s.getBytes(StandardCharsets.UTF_8).length);
    }
}
