package org.caytre.search.analysis;

import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.caytre.text.ToneMarks;

/**
 * NFC and one tone-mark placement ({@link ToneMarks}) for every syllable of a token, so "hoà", "hòa" and the NFD
 * "hòa" index as one term. Each part of a hyphenated token is placed on its own ("Hoà-bình" → "Hòa-bình").
 * Vietnamese has a few thousand distinct syllables, so results are kept in a small per-stream cache.
 */
public final class VietnameseNormalizationFilter extends TokenFilter {
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private static final int CACHE_SIZE = 20_000;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final CharArrayMap<String> cache = new CharArrayMap<>(1024, false);   // term as read → normalised

    public VietnameseNormalizationFilter(TokenStream in) { super(in); }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        if (isAscii(term)) return true;                                 // nothing to normalise
        String known = cache.get(term.buffer(), 0, term.length());
        if (known == null) {
            known = normalize(term.toString());
            if (cache.size() >= CACHE_SIZE) cache.clear();
            cache.put(term.toString(), known);
        }
        if (!known.contentEquals(term)) term.setEmpty().append(known);
        return true;
    }

    private static String normalize(String token) {
        String s = NFC.normalize(token);
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {                                        // each run of letters is one syllable
            int j = i;
            while (j < s.length() && Character.isLetter(s.charAt(j)) == Character.isLetter(s.charAt(i))) j++;
            String part = s.substring(i, j);
            out.append(Character.isLetter(s.charAt(i)) ? ToneMarks.place(part) : part);
            i = j;
        }
        return out.toString();
    }

    private static boolean isAscii(CharSequence s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) > 0x7F) return false;
        return true;
    }
}
