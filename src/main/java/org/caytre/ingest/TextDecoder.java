package org.caytre.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.caytre.text.LegacyEncoding;
import org.caytre.text.VietnameseScore;
import org.caytre.text.Viqr;

/**
 * Decodes the bytes of a text file, and says what it did. A BOM (UTF-8, UTF-16LE/BE) wins; valid UTF-8 is UTF-8
 * (then TCVN3/VNI re-saved as Unicode and VIQR are converted); UTF-8 with a few bad bytes is UTF-8 with U+FFFD for
 * them; any other file is 8-bit, and its decodings as Windows-1258, TCVN3 and VNI are scored as Vietnamese
 * ({@link VietnameseScore}) — the best one wins. Every conversion or repair is a warning.
 */
final class TextDecoder {
    private static final Charset CP1258 = Charset.forName("windows-1258");
    /** Bad sequences per valid multi-byte sequence still taken for damaged UTF-8, not for another encoding. */
    private static final double DAMAGED_UTF8 = 0.25;

    /** The text and the warnings to report about how it was decoded. */
    record Decoded(String text, List<String> warnings) {}

    private TextDecoder() {}

    static String decode(byte[] b) { return decodeReporting(b).text(); }

    static Decoded decodeReporting(byte[] b) {
        List<String> warnings = new ArrayList<>();
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF)
            return utf8(b, 3, warnings);
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            warnings.add("decoded as UTF-16LE (byte-order mark)");
            return unicodeText(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), warnings);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            warnings.add("decoded as UTF-16BE (byte-order mark)");
            return unicodeText(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), warnings);
        }
        int[] counts = utf8Counts(b);            // {invalid sequences, valid multi-byte sequences}
        if (counts[0] == 0) return utf8(b, 0, warnings);
        if (counts[1] > 0 && counts[0] <= DAMAGED_UTF8 * counts[1]) {
            warnings.add(counts[0] + " invalid UTF-8 byte sequence" + (counts[0] == 1 ? "" : "s") + " replaced by \uFFFD");
            return utf8(b, 0, warnings);
        }
        return eightBit(b, warnings);
    }

    private static Decoded utf8(byte[] b, int from, List<String> warnings) {
        return unicodeText(new String(b, from, b.length - from, StandardCharsets.UTF_8), warnings);
    }

    /** Text already in Unicode can still hold legacy text re-saved as Unicode, or VIQR. */
    private static Decoded unicodeText(String s, List<String> warnings) {
        LegacyEncoding.Kind legacy = LegacyEncoding.detect(s);
        if (legacy != LegacyEncoding.Kind.NONE) {
            warnings.add("converted from " + legacy + " (legacy Vietnamese font encoding saved as Unicode)");
            return new Decoded(LegacyEncoding.toUnicode(s, legacy), warnings);
        }
        if (Viqr.looksLikeViqr(s)) {
            String v = Viqr.toUnicode(s);
            if (VietnameseScore.of(v) > VietnameseScore.of(s)) {
                warnings.add("converted from VIQR (Vietnamese typed in ASCII)");
                return new Decoded(v, warnings);
            }
        }
        return new Decoded(s, warnings);
    }

    private static Decoded eightBit(byte[] b, List<String> warnings) {
        String latin1 = new String(b, StandardCharsets.ISO_8859_1);   // the byte values, as the legacy tables key them
        String[] names = {"Windows-1258", "TCVN3", "VNI"};
        String[] candidates = {new String(b, CP1258), LegacyEncoding.toUnicode(latin1, LegacyEncoding.Kind.TCVN3),
                LegacyEncoding.toUnicode(latin1, LegacyEncoding.Kind.VNI)};
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < candidates.length; i++) {
            double score = VietnameseScore.of(candidates[i]);
            if (score > bestScore) { bestScore = score; best = i; }
        }
        warnings.add("not UTF-8: decoded as " + names[best] + " (8-bit" + (best == 0 ? " Vietnamese code page)" : " legacy font encoding)"));
        return new Decoded(candidates[best], warnings);
    }

    /** {invalid sequences, valid multi-byte sequences} of the bytes read as UTF-8. */
    private static int[] utf8Counts(byte[] b) {
        int invalid = 0, multi = 0;
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            int before = in.position();
            CoderResult r = d.decode(in, out, true);
            out.flip();
            for (int i = 0; i < out.length(); i++) if (out.charAt(i) >= 0x80 && !Character.isLowSurrogate(out.charAt(i))) multi++;
            out.clear();
            if (r.isError()) {
                invalid++;
                in.position(in.position() + r.length());
            } else if (r.isUnderflow()) {
                break;
            } else if (in.position() == before && !r.isOverflow()) {
                break;
            }
        }
        return new int[] {invalid, multi};
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
