package org.caytre.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Runs a real token stream and checks what BaseTokenStreamTestCase checks: terms, offsets and position increments as
 * given, start offsets never going backwards, offsets inside the text, the end offset at the text's end, and the
 * same tokens when the (reused) stream analyses the text again.
 */
final class TokenStreamAssert {
    record Token(String term, int start, int end, int posInc) {
        @Override public String toString() { return term + "[" + start + "," + end + ")+" + posInc; }
    }

    private TokenStreamAssert() {}

    static List<Token> tokens(Analyzer a, String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int lastStart = 0;
            while (ts.incrementToken()) {
                Token t = new Token(term.toString(), offset.startOffset(), offset.endOffset(), posInc.getPositionIncrement());
                assertThat(t.start()).as("start offset of %s goes backwards", t).isGreaterThanOrEqualTo(lastStart);
                assertThat(t.end()).as("offsets of %s", t).isBetween(t.start(), text.length());
                if (out.isEmpty()) assertThat(t.posInc()).as("first position increment").isPositive();
                lastStart = t.start();
                out.add(t);
            }
            ts.end();
            assertThat(offset.endOffset()).as("final offset").isEqualTo(text.length());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static void assertAnalyzesTo(Analyzer a, String text, String[] terms, int[] starts, int[] ends, int[] posIncs) {
        List<Token> got = tokens(a, text);
        List<Token> want = new ArrayList<>();
        for (int i = 0; i < terms.length; i++) want.add(new Token(terms[i], starts[i], ends[i], posIncs[i]));
        assertThat(got).as(text).containsExactlyElementsOf(want);
        assertThat(tokens(a, text)).as("reused stream").containsExactlyElementsOf(want);
    }

    static List<String> terms(Analyzer a, String text) { return tokens(a, text).stream().map(Token::term).toList(); }
}
