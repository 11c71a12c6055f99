package org.caytre.text;

import java.util.HashMap;
import java.util.Map;
import org.caytre.internal.DataFiles;

/**
 * Detects Vietnamese typed in the legacy 8-bit encodings TCVN3 ("ABC", .VnTime fonts) and VNI (VNI-Times) and
 * converts it to Unicode. Such files reach us as mojibake — their bytes decoded as Windows-1252: "Hµ Néi"
 * (TCVN3) or "Haø Noäi" (VNI) for "Hà Nội". The tables are data files ({@code text/tcvn3.tsv}, {@code text/vni.tsv}).
 *
 * <p>Detection is by the share of words carrying a code that only makes sense in that encoding; text that already
 * holds Unicode Vietnamese letters (ơ, ư, đ, ạ…ỹ) is never converted, so ordinary text is left alone.
 */
public final class LegacyEncoding {
    /** The encodings recognised. */
    public enum Kind { NONE, TCVN3, VNI }

    private static final Map<Character, String> TCVN3 = loadSingle("/text/tcvn3.tsv");
    private static final Map<String, String> VNI = loadSequences("/text/vni.tsv");
    private static final String TCVN3_SIGNS = "µ¸¶·¹¨»¾¼½©ÇÊÈÉË®ªÒÕÓÔÖ×ÝØÜÞ«¬\u00ad";
    private static final double THRESHOLD = 0.08;

    private LegacyEncoding() {}

    public static Kind detect(CharSequence s) {
        int words = 0, tcvn = 0, vni = 0;
        boolean inWord = false, wordTcvn = false, wordVni = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isUnicodeVietnamese(c)) return Kind.NONE;
            boolean letter = Character.isLetter(c) || TCVN3_SIGNS.indexOf(c) >= 0;
            if (letter) {
                if (!inWord) { words++; inWord = true; wordTcvn = wordVni = false; }
                if (!wordTcvn && TCVN3_SIGNS.indexOf(c) >= 0) { tcvn++; wordTcvn = true; }
                if (!wordVni && i > 0 && isVniModifier(c) && isVniBase(s.charAt(i - 1))) { vni++; wordVni = true; }
            } else {
                inWord = false;
            }
        }
        if (words == 0) return Kind.NONE;
        if (tcvn >= 3 && tcvn > vni && tcvn >= THRESHOLD * words) return Kind.TCVN3;
        if (vni >= 3 && vni >= THRESHOLD * words) return Kind.VNI;
        return Kind.NONE;
    }

    /** Converts legacy text to Unicode (NFC not guaranteed; callers normalise). Returns the input when NONE. */
    public static String toUnicode(String s, Kind kind) {
        return switch (kind) {
            case NONE -> s;
            case TCVN3 -> {
                StringBuilder out = new StringBuilder(s.length());
                for (int i = 0; i < s.length(); i++) {
                    String m = TCVN3.get(s.charAt(i));
                    if (m != null) out.append(m); else out.append(s.charAt(i));
                }
                yield out.toString();
            }
            case VNI -> {
                StringBuilder out = new StringBuilder(s.length());
                for (int i = 0; i < s.length(); ) {
                    String two = i + 1 < s.length() ? VNI.get(s.substring(i, i + 2)) : null;
                    if (two != null) { out.append(two); i += 2; continue; }
                    String one = isVniOnly(s.charAt(i)) ? VNI.get(s.substring(i, i + 1)) : null;
                    out.append(one != null ? one : String.valueOf(s.charAt(i)));
                    i++;
                }
                yield out.toString();
            }
        };
    }

    // single VNI codes that stand for a letter on their own (ơ ư đ and the i/ỵ forms)
    private static boolean isVniOnly(char c) { return "ôöñíìæóòîÔÖÑÍÌÆÓÒÎ".indexOf(c) >= 0; }

    private static boolean isVniModifier(char c) { return "ùøûõïâáàåãäêéèúüëÙØÛÕÏÂÁÀÅÃÄÊÉÈÚÜË".indexOf(c) >= 0; }

    private static boolean isVniBase(char c) { return "aeouyAEOUYôöÔÖ".indexOf(c) >= 0; }

    static boolean isUnicodeVietnamese(char c) {
        return (c >= '\u1EA0' && c <= '\u1EF9') || c == 'ơ' || c == 'Ơ' || c == 'ư' || c == 'Ư' || c == 'đ'
                || c == 'Đ' || c == 'ă' || c == 'Ă';
    }

    private static Map<Character, String> loadSingle(String resource) {
        Map<Character, String> map = new HashMap<>();
        read(resource, (k, v) -> map.put((char) Integer.parseInt(k.substring(2), 16), v));
        return Map.copyOf(map);
    }

    private static Map<String, String> loadSequences(String resource) {
        Map<String, String> map = new HashMap<>();
        read(resource, map::put);
        return Map.copyOf(map);
    }

    private static void read(String resource, java.util.function.BiConsumer<String, String> sink) {
        for (String[] row : DataFiles.table(resource)) sink.accept(row[0], row[1]);
    }
}
