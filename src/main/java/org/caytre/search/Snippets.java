package org.caytre.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * A window of a passage around its densest run of matches, as HTML: the text escaped ({@code &amp; &lt; &gt; &quot;
 * &#39;}), each match between {@code <b>} and {@code </b>}, the only markup, so a client may render it as HTML. Matches
 * are the tokens whose index term the query asked for (found by running the passage through the index analyzer, so
 * folded and joined forms are marked where they matched) and the names of the entities the query named, whatever
 * name the passage uses.
 */
final class Snippets {
    static final int WIDTH = 240;
    static final String OPEN = "<b>", CLOSE = "</b>";
    private static final int LEAD = 40;   // characters of context before the first match

    private final Analyzer analyzer;

    Snippets(Analyzer analyzer) { this.analyzer = analyzer; }

    /** The index terms to mark, in the form a token's characters are looked up in without making a string of each
     *  (a page's passages are analysed token by token: one set per page, not a string per token). */
    static CharArraySet marks(Set<String> terms) { return CharArraySet.unmodifiableSet(new CharArraySet(terms, false)); }

    String snippet(Passage p, CharArraySet terms, Set<String> entityIds) {
        String text = p.text();
        List<int[]> spans = merged(matches(p, terms, entityIds));
        int from = 0, to = Math.min(text.length(), WIDTH);
        if (text.length() > WIDTH && !spans.isEmpty()) {
            int best = densest(spans);
            from = Math.max(0, spans.get(best)[0] - LEAD);
            while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) from--;
            to = Math.min(text.length(), from + WIDTH);
            while (to < text.length() && to > from && !Character.isWhitespace(text.charAt(to))) to--;
            if (to <= from) to = Math.min(text.length(), from + WIDTH);
        }
        StringBuilder b = new StringBuilder(to - from + 32);
        if (from > 0) b.append('…');
        int at = from;
        for (int[] s : spans) {
            int a = Math.max(s[0], from), e = Math.min(s[1], to);
            if (a >= e) continue;
            escaped(b, text, at, a).append(OPEN);
            escaped(b, text, a, e).append(CLOSE);
            at = e;
        }
        escaped(b, text, at, to);
        if (to < text.length()) b.append('…');
        return b.toString();
    }

    /** Appends text[from, to) as HTML text: a snippet is HTML whose only markup is the match marks. */
    private static StringBuilder escaped(StringBuilder b, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b;
    }

    private List<int[]> matches(Passage p, CharArraySet terms, Set<String> entityIds) {
        List<int[]> out = new ArrayList<>();
        if (!terms.isEmpty()) {
            try (TokenStream ts = analyzer.tokenStream(PassageFields.TEXT, p.text())) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
                ts.reset();
                while (ts.incrementToken())
                    if (terms.contains(term.buffer(), 0, term.length())) out.add(new int[] {offset.startOffset(), offset.endOffset()});
                ts.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (Passage.Mention m : p.mentions()) if (entityIds.contains(m.id())) out.add(new int[] {m.start(), m.end()});
        return out;
    }

    private static List<int[]> merged(List<int[]> spans) {
        spans.sort(Comparator.comparingInt((int[] s) -> s[0]));
        List<int[]> out = new ArrayList<>();
        for (int[] s : spans) {
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
            else out.add(new int[] {s[0], s[1]});
        }
        return out;
    }

    /** Index of the span starting the window of {@link #WIDTH} characters with the most matched characters (a phrase
     *  match, merged into one long span, outweighs scattered single syllables). */
    private static int densest(List<int[]> spans) {
        int best = 0, bestChars = 0;
        for (int i = 0; i < spans.size(); i++) {
            int chars = 0;
            for (int j = i; j < spans.size() && spans.get(j)[1] - spans.get(i)[0] <= WIDTH - LEAD; j++)
                chars += spans.get(j)[1] - spans.get(j)[0];
            if (chars > bestChars) { best = i; bestChars = chars; }
        }
        return best;
    }
}
