package org.caytre.search.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Splits a joined token ("pu-tin", "34-nq/tw") into its syllables, one position each, and adds the joined form
 * ("putin", "34nqtw") at the first syllable's position, so a transliteration matches with or without hyphens:
 * {@code pu(+1) putin(+0, JOINED) tin(+1)}. Tokens without connectors pass through as {@link #SYLLABLE}.
 */
public final class CompoundSplitFilter extends TokenFilter {
    public static final String SYLLABLE = "<SYLLABLE>";
    public static final String JOINED = "<JOINED>";

    private record Part(String text, int start, int end) {}

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final List<Part> pending = new ArrayList<>();   // what is still to emit of the current joined token
    private int next;

    private final boolean withJoined;

    public CompoundSplitFilter(TokenStream in) { this(in, true); }

    /** {@code withJoined} false: the syllables only, without the joined form. */
    public CompoundSplitFilter(TokenStream in, boolean withJoined) {
        super(in);
        this.withJoined = withJoined;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (next < pending.size()) {
            Part p = pending.get(next);
            boolean joined = withJoined && next == 1;
            next++;
            term.setEmpty().append(p.text());
            offset.setOffset(p.start(), p.end());
            posInc.setPositionIncrement(joined ? 0 : 1);
            type.setType(joined ? JOINED : SYLLABLE);
            return true;
        }
        if (!input.incrementToken()) return false;
        type.setType(SYLLABLE);
        if (!split()) return true;
        Part first = pending.get(0);
        term.setEmpty().append(first.text());
        offset.setOffset(first.start(), first.end());
        next = 1;
        return true;
    }

    /** Fills {@link #pending} with first part, joined form, other parts; false when the token has no connector. */
    private boolean split() {
        pending.clear();
        next = 0;
        int n = term.length();
        if (!hasConnector(term.buffer(), n)) return false;               // the common case: one syllable
        int start = offset.startOffset(), end = offset.endOffset();
        boolean exactOffsets = end - start == n;                   // else (NFD input) every part gets the token's offsets
        List<Part> parts = new ArrayList<>();
        StringBuilder joined = new StringBuilder(n);
        int i = 0;
        while (i < n) {
            while (i < n && !SyllableTokenizer.isWordChar(term.charAt(i))) i++;
            int j = i;
            while (j < n && SyllableTokenizer.isWordChar(term.charAt(j))) j++;
            if (j > i) {
                String part = term.subSequence(i, j).toString();
                parts.add(exactOffsets ? new Part(part, start + i, start + j) : new Part(part, start, end));
                joined.append(part);
            }
            i = j;
        }
        if (parts.size() < 2) return false;
        pending.add(parts.get(0));
        if (withJoined) pending.add(new Part(joined.toString(), start, end));
        pending.addAll(parts.subList(1, parts.size()));
        return true;
    }

    private static boolean hasConnector(char[] t, int n) {
        for (int i = 0; i < n; i++) if (!SyllableTokenizer.isWordChar(t[i])) return true;
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        next = 0;
    }
}
