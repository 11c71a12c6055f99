package org.caytre.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;

/**
 * Cây Tre's analysis of Vietnamese passages, as a chain of filters:
 * {@link SyllableTokenizer} → lower case → {@link VietnameseNormalizationFilter} (NFC, one tone placement) →
 * {@link CompoundSplitFilter} (syllables of "Pu-tin" + joined "putin") → {@link SyllablePairFilter} (neighbouring
 * syllables as one term) → {@link FoldedFormFilter} (each term also without diacritics, marked "~").
 *
 * <p>{@link #syllables()} stops before pairs and folding: the query side reads the exact syllables from it and
 * decides itself which pair, joined and folded terms to ask for.
 *
 * <pre>{@code IndexWriterConfig c = new IndexWriterConfig(VietnameseAnalyzer.indexing()); }</pre>
 */
public final class VietnameseAnalyzer extends Analyzer {
    /** The kinds of index term beside the exact syllable; {@link #without} leaves some out, to measure what each pays. */
    public enum Kind { JOINED, PAIR, FOLDED, FOLDED_PAIR }

    private final boolean full;
    private final java.util.Set<Kind> kinds;

    private VietnameseAnalyzer(boolean full, java.util.Set<Kind> kinds) {
        this.full = full;
        this.kinds = kinds;
    }

    /** The whole chain, for the indexed text. */
    public static VietnameseAnalyzer indexing() { return new VietnameseAnalyzer(true, java.util.EnumSet.allOf(Kind.class)); }

    /** The indexing chain without some kinds of term (an experiment: the index and its queries then disagree on them). */
    public static VietnameseAnalyzer without(java.util.Set<Kind> left) {
        java.util.Set<Kind> kept = java.util.EnumSet.allOf(Kind.class);
        kept.removeAll(left);
        return new VietnameseAnalyzer(true, kept);
    }

    /** Syllables and joined forms only (lower case, NFC, tone placed), for building queries. */
    public static VietnameseAnalyzer syllables() { return new VietnameseAnalyzer(false, java.util.EnumSet.of(Kind.JOINED)); }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new SyllableTokenizer();
        TokenStream s = new CompoundSplitFilter(new VietnameseNormalizationFilter(new LowerCaseFilter(source)), kinds.contains(Kind.JOINED));
        if (full) {
            if (kinds.contains(Kind.PAIR)) s = new SyllablePairFilter(s);
            if (kinds.contains(Kind.FOLDED) || kinds.contains(Kind.FOLDED_PAIR))
                s = new FoldedFormFilter(s, kinds.contains(Kind.FOLDED), kinds.contains(Kind.FOLDED_PAIR));
        }
        return new TokenStreamComponents(source, s);
    }
}
