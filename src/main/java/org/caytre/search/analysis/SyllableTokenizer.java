package org.caytre.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Splits text into words as Vietnamese writes them: runs of letters, digits and combining marks (so NFD input stays in
 * one token). A hyphen or slash between two such characters joins them ("Pu-tin", "34-NQ/TW"), and so does a dot or
 * comma between two digits ("1.000", "3,5"); {@link CompoundSplitFilter} later splits those into syllables. Everything
 * else separates tokens. Tokens longer than {@value #MAX_LENGTH} characters are cut.
 */
public final class SyllableTokenizer extends Tokenizer {
    static final int MAX_LENGTH = 255;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final StringBuilder text = new StringBuilder();   // the whole input, read at the first token
    private final char[] buf = new char[4096];                // reused: a new one per passage was 17 % of an ingest's allocation
    private boolean read;
    private int pos;

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        if (!read) readAll();
        int n = text.length();
        while (pos < n && !isWordChar(text.charAt(pos))) pos++;
        if (pos == n) return false;
        int start = pos;
        while (pos < n && pos - start < MAX_LENGTH) {
            char c = text.charAt(pos);
            if (isWordChar(c)) pos++;
            else if (pos + 1 < n && joins(text.charAt(pos - 1), c, text.charAt(pos + 1))) pos++;
            else break;
        }
        term.append(text, start, pos);
        offset.setOffset(correctOffset(start), correctOffset(pos));
        return true;
    }

    static boolean isWordChar(char c) {
        if (Character.isLetterOrDigit(c)) return true;
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    // case: hyphen or slash between word characters; dot or comma between digits
    private static boolean joins(char before, char c, char after) {
        if (!isWordChar(before) || !isWordChar(after)) return false;
        if (c == '-' || c == '\u2010' || c == '\u2011' || c == '/') return true;
        return (c == '.' || c == ',') && Character.isDigit(before) && Character.isDigit(after);
    }

    private void readAll() throws IOException {
        for (int r; (r = input.read(buf)) != -1; ) text.append(buf, 0, r);
        read = true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int end = correctOffset(text.length());
        offset.setOffset(end, end);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        text.setLength(0);
        read = false;
        pos = 0;
    }
}
