package org.caytre.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Adds the pair of each two neighbouring syllables, written together, before the second syllable and at its position:
 * {@code đối(+1) đốingoại(+1, PAIR) ngoại(+0)}. Vietnamese words are mostly one or two syllables, so the pair term
 * is a word-level match without a segmenter (the idea of Lucene's CJKBigramFilter), and, written together, it also
 * matches a name written as one word ("Mê Kông" → "mêkông" ~ "Mekong"). Joined forms are passed through unpaired.
 * Emitting the pair first keeps start offsets from going backwards.
 */
public final class SyllablePairFilter extends TokenFilter {
    public static final String PAIR = "<PAIR>";

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final StringBuilder previous = new StringBuilder();   // the last syllable, empty at the start
    private int previousStart;
    private final StringBuilder held = new StringBuilder();       // the syllable to emit after its pair
    private int heldStart, heldEnd;
    private boolean holding;

    public SyllablePairFilter(TokenStream in) { super(in); }

    @Override
    public boolean incrementToken() throws IOException {
        if (holding) {                                            // case 1: the syllable after its pair
            holding = false;
            term.setEmpty().append(held);
            offset.setOffset(heldStart, heldEnd);
            type.setType(CompoundSplitFilter.SYLLABLE);
            posInc.setPositionIncrement(0);
            remember();
            return true;
        }
        if (!input.incrementToken()) return false;
        if (!CompoundSplitFilter.SYLLABLE.equals(type.type())) return true;   // case 2: joined forms pass
        if (previous.isEmpty() || posInc.getPositionIncrement() != 1) {       // case 3: no neighbour before it
            remember();
            return true;
        }
        holding = true;                                           // case 4: pair first, then the syllable
        held.setLength(0);
        held.append(term);
        heldStart = offset.startOffset();
        heldEnd = offset.endOffset();
        term.setEmpty().append(previous).append(held);
        offset.setOffset(previousStart, heldEnd);
        type.setType(PAIR);
        return true;
    }

    private void remember() {
        previous.setLength(0);
        previous.append(term);
        previousStart = offset.startOffset();
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        previous.setLength(0);
        holding = false;
    }
}
