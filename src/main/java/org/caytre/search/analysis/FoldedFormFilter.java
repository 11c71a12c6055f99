package org.caytre.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.caytre.text.Fold;

/**
 * Keeps every token and adds its folded form at the same position: diacritics removed, đ → d ({@link Fold}), marked
 * with a leading {@value #MARK} so it never equals an exact term: {@code mà(+1) ~ma(+0)}. A query typed without
 * diacritics asks for both {@code ma} and {@code ~ma}: text written exactly so matches twice and ranks first, and
 * "mà", "má" are still found; a query with diacritics asks for the exact term only, so "ma", "má", "mà" stay apart.
 */
public final class FoldedFormFilter extends TokenFilter {
    public static final char MARK = '~';

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private char[] pending = new char[32];                       // folded form of the token just emitted
    private int pendingLength = -1;                              // -1: nothing pending

    private final org.apache.lucene.analysis.tokenattributes.TypeAttribute type = addAttribute(org.apache.lucene.analysis.tokenattributes.TypeAttribute.class);
    private final boolean syllables, pairs;                      // which tokens get a folded form

    public FoldedFormFilter(TokenStream in) { this(in, true, true); }

    /** Folded forms of syllables and joined forms only, of pairs only, or of both. */
    public FoldedFormFilter(TokenStream in, boolean syllables, boolean pairs) {
        super(in);
        this.syllables = syllables;
        this.pairs = pairs;
    }

    /** The folded term of an exact term: {@code folded("Đắk") = "~dak"}. */
    public static String folded(CharSequence exact) {
        StringBuilder b = new StringBuilder(exact.length() + 1).append(MARK);
        for (int i = 0; i < exact.length(); i++) {
            char f = Fold.fold(exact.charAt(i));
            if (f != ' ') b.append(f);
        }
        return b.toString();
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pendingLength >= 0) {                                // offsets and type are still the original's
            term.copyBuffer(pending, 0, pendingLength);
            posInc.setPositionIncrement(0);
            pendingLength = -1;
            return true;
        }
        if (!input.incrementToken()) return false;
        if (!(SyllablePairFilter.PAIR.equals(type.type()) ? pairs : syllables)) return true;
        int n = term.length();
        if (pending.length < n + 1) pending = new char[n + 16];
        char[] t = term.buffer();
        int k = 0;
        pending[k++] = MARK;
        for (int i = 0; i < n; i++) {
            char f = Fold.fold(t[i]);
            if (f != ' ') pending[k++] = f;
        }
        pendingLength = k;
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pendingLength = -1;
    }
}
