package org.caytre.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a text file: a BOM (UTF-8, UTF-16LE/BE) wins; otherwise strict UTF-8; otherwise
 * Windows-1258, the Vietnamese Windows code page. Legacy font encodings (TCVN3, VNI) decode as Windows-1252-like
 * mojibake here and are converted later by {@link org.caytre.text.VietnameseText#repair}.
 */
final class TextDecoder {
    private static final Charset CP1258 = Charset.forName("windows-1258");

    private TextDecoder() {}

    static String decode(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF)
            return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return new String(b, CP1258);
        }
    }

    /** True when the bytes hold NUL or other control bytes that text files do not (checked on a prefix). */
    static boolean looksBinary(byte[] b) {
        boolean utf16 = b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE
                || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF);
        if (utf16) return false;
        int n = Math.min(b.length, 8192), controls = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) return true;
            if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B)) controls++;
        }
        return controls > n / 100 + 1;
    }
}
