package org.caytre.text;

import com.ibm.icu.text.Normalizer2;
import java.util.HashMap;
import java.util.Map;
import org.caytre.internal.DataFiles;

/**
 * VIQR (RFC 1456), Vietnamese typed in ASCII: "Vie^.t Nam", "ddi" for "Việt Nam", "đi". The signs are data
 * ({@code text/viqr.tsv}). Only applied to ASCII text where the signs are common, and only when the result reads
 * as Vietnamese better than the original ({@link VietnameseScore}).
 */
public final class Viqr {
    private static final Map<String, String> LETTERS = new HashMap<>();
    private static final Map<Character, Character> TONES = new HashMap<>();
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    static {
        for (String[] row : DataFiles.table("/text/viqr.tsv")) {
            if (row[1].startsWith("U+")) TONES.put(row[0].charAt(0), (char) Integer.parseInt(row[1].substring(2), 16));
            else LETTERS.put(row[0], row[1]);
        }
    }

    private Viqr() {}

    /** True when the text is ASCII and at least 10 % of its words (and 3 or more) carry VIQR signs. */
    public static boolean looksLikeViqr(String s) {
        int words = 0, marked = 0;
        boolean inWord = false, wordMarked = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 0x7F) return false;
            if (Character.isLetter(c)) {
                if (!inWord) { words++; inWord = true; wordMarked = false; }
                if (!wordMarked && isVowel(c) && i + 1 < s.length() && isSign(s.charAt(i + 1))
                        && (i + 2 >= s.length() || Character.isLetter(s.charAt(i + 2)) || "^(+".indexOf(s.charAt(i + 1)) >= 0
                            || TONES.containsKey(s.charAt(i + 1)) && s.charAt(i + 1) != '.')) {
                    marked++;
                    wordMarked = true;
                }
            } else if (!isSign(c)) {
                inWord = false;
            }
        }
        return marked >= 3 && marked * 10 >= words;
    }

    public static String toUnicode(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            boolean wordStart = i == 0 || !Character.isLetter(s.charAt(i - 1));
            if (wordStart && i + 1 < s.length() && (c == 'd' || c == 'D') && LETTERS.containsKey(s.substring(i, i + 2))) {
                out.append(LETTERS.get(s.substring(i, i + 2)));
                i += 2;
                continue;
            }
            if (!isVowel(c)) { out.append(c); i++; continue; }
            String letter = String.valueOf(c);
            i++;
            if (i < s.length() && LETTERS.containsKey(letter + s.charAt(i))) letter = LETTERS.get(letter + s.charAt(i++));
            out.append(letter);
            if (i < s.length() && TONES.containsKey(s.charAt(i))) {
                char sign = s.charAt(i);
                boolean next = i + 1 < s.length() && Character.isLetter(s.charAt(i + 1));
                // '.' ends a sentence unless a letter follows ("Vie^.t"); other tone signs may end a word ("co'")
                if (sign != '.' || next) { out.append(TONES.get(sign)); i++; }
            }
        }
        return NFC.normalize(out);
    }

    private static boolean isVowel(char c) { return "aeiouyAEIOUY".indexOf(c) >= 0; }

    private static boolean isSign(char c) { return "^(+'`?~.".indexOf(c) >= 0; }
}
