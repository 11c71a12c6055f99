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
    private final boolean full;

    private VietnameseAnalyzer(boolean full) { this.full = full; }

    /** The whole chain, for the indexed text. */
    public static VietnameseAnalyzer indexing() { return new VietnameseAnalyzer(true); }

    /** Syllables and joined forms only (lower case, NFC, tone placed), for building queries. */
    public static VietnameseAnalyzer syllables() { return new VietnameseAnalyzer(false); }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new SyllableTokenizer();
        TokenStream s = new CompoundSplitFilter(new VietnameseNormalizationFilter(new LowerCaseFilter(source)));
        if (full) s = new FoldedFormFilter(new SyllablePairFilter(s));
        return new TokenStreamComponents(source, s);
    }
}
