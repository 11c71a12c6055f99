package org.caytre.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;
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
    private AttributeSource.State original;                      // the token just emitted, to stack its folded form on

    public FoldedFormFilter(TokenStream in) { super(in); }

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
        if (original != null) {
            restoreState(original);
            original = null;
            String f = folded(term);
            term.setEmpty().append(f);
            posInc.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) return false;
        original = captureState();
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        original = null;
    }
}
