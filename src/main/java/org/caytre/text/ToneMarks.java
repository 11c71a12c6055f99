package org.caytre.text;

import com.ibm.icu.text.Normalizer2;
import java.util.Set;

/**
 * One tone-mark placement for a Vietnamese syllable, so that the old and the new style compare equal:
 * "hoà" → "hòa", "thuý" → "thúy", "khoẻ" → "khỏe"; already well-placed syllables come back unchanged.
 *
 * <p>The rule (the traditional style, the one most printed text uses): the mark goes on the vowel with a shape mark
 * (ă â ê ô ơ ư; the last one in "ươ"); else on the middle of three vowels; else, of two vowels, on the second when a
 * final consonant follows ("hoàng"), otherwise on the first ("hòa", "mía"). "gi" and "qu" before a vowel are consonants. A word that is not one Vietnamese
 * syllable (more than one vowel group, an unknown final: "café") is returned as it is.
 *
 * <pre>{@code ToneMarks.place("hoà") // "hòa"}</pre>
 */
public final class ToneMarks {
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";          // huyền sắc ngã hỏi nặng
    private static final String VOWELS = "aăâeêioôơuưy";
    private static final String SHAPED = "ăâêôơư";
    private static final Set<String> FINALS = Set.of("", "c", "ch", "k", "m", "n", "ng", "nh", "p", "t");

    private ToneMarks() {}

    /** The syllable (NFC) with its tone mark where the traditional style puts it; unchanged when it has none or is not Vietnamese. */
    public static String place(String syllable) {
        if (!mayCarryTone(syllable)) return syllable;
        String d = NFD.normalize(syllable);
        char tone = 0;
        StringBuilder base = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (TONES.indexOf(c) < 0) base.append(c);
            else if (tone == 0) tone = c;
            else return syllable;                                                   // two tone marks: not ours to fix
        }
        if (tone == 0) return syllable;
        String bare = NFC.normalize(base);
        int at = toneVowel(bare);
        if (at < 0) return syllable;
        return NFC.normalize(bare.substring(0, at + 1) + tone + bare.substring(at + 1));
    }

    // cheap pre-check: only letters beyond ASCII can carry a tone mark
    private static boolean mayCarryTone(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) > 0x7F) return true;
        return false;
    }

    /** Index in the tone-less syllable of the vowel that carries the tone, or -1. */
    private static int toneVowel(String bare) {
        String s = bare.toLowerCase();
        int a = 0;
        while (a < s.length() && !isVowel(s.charAt(a))) a++;
        if (a == s.length()) return -1;
        // "qu" + vowel, "gi" + vowel: the u / i belongs to the consonant
        if (a > 0 && a + 1 < s.length() && isVowel(s.charAt(a + 1))
                && ((s.charAt(a - 1) == 'q' && s.charAt(a) == 'u') || (s.charAt(a - 1) == 'g' && s.charAt(a) == 'i'))) a++;
        int b = a;
        while (b < s.length() && isVowel(s.charAt(b))) b++;
        if (!FINALS.contains(s.substring(b))) return -1;
        for (int i = b - 1; i >= a; i--) if (SHAPED.indexOf(s.charAt(i)) >= 0) return i;
        return switch (b - a) {
            case 1 -> a;
            case 2 -> b < s.length() ? a + 1 : a;
            case 3 -> a + 1;
            default -> -1;
        };
    }

    private static boolean isVowel(char c) { return VOWELS.indexOf(c) >= 0; }
}
