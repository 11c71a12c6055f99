package org.caytre.text;

import com.ibm.icu.text.Normalizer2;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How much a text reads as Vietnamese: the share of its words that are well-formed Vietnamese syllables (onset,
 * vowel nucleus, coda, at most one tone mark), minus a penalty for characters no decoding of Vietnamese should
 * leave (replacement characters, C1 controls, stray symbols and combining marks). Used to choose between the
 * decodings of a file's bytes (UTF-8, Windows-1258, TCVN3, VNI, VIQR), instead of the first one that does not fail.
 */
public final class VietnameseScore {
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";
    private static final Pattern SYLLABLE = Pattern.compile(
            "(ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnpqrstvx])?[aăâeêioôơuưy]{1,3}(ng|nh|ch|[cmnpt])?");
    private static final int SAMPLE = 200_000;   // characters looked at: enough to decide, cheap on big files

    private VietnameseScore() {}

    /** Between about -1 (garbage) and 1 (every word a Vietnamese syllable). */
    public static double of(String text) {
        int n = Math.min(text.length(), SAMPLE);
        int words = 0, syllables = 0, odd = 0, chars = 0;
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                word.append(c);
                continue;
            }
            if (word.length() > 0) {
                words++;
                if (isSyllable(word)) syllables++;
                word.setLength(0);
            }
            if (i < n) {
                chars++;
                if (isOdd(c)) odd++;
            }
        }
        if (words == 0) return 0;
        return (double) syllables / words - 5.0 * odd / Math.max(1, chars);
    }

    /** Whether {@code word} is a well-formed Vietnamese syllable ("Linh", "Trung"; not "André", "Gide"). */
    public static boolean isSyllable(CharSequence word) {
        String d = NFD.normalize(word.toString().toLowerCase(Locale.ROOT));
        StringBuilder base = new StringBuilder(d.length());
        int tones = 0;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (TONES.indexOf(c) >= 0) tones++;
            else base.append(c);
        }
        if (tones > 1) return false;
        String b = NFC.normalize(base);
        for (int i = 0; i < b.length(); i++) if (Character.getType(b.charAt(i)) == Character.NON_SPACING_MARK) return false;
        return SYLLABLE.matcher(b).matches();
    }

    // what a wrong decoding leaves among the non-letters: U+FFFD, C1 controls, Latin-1 symbols used as letter codes
    private static boolean isOdd(char c) {
        return c == '\uFFFD' || (c >= 0x80 && c < 0xA0) || (c >= 0xA1 && c <= 0xBF && c != 0xAB && c != 0xBB && c != 0xB0)
                || (Character.getType(c) == Character.NON_SPACING_MARK);
    }
}
