package org.caytre.structure;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Predicate;

/**
 * Groups body lines into paragraphs.
 *
 * <p>In block formats (Markdown, HTML, DOCX, and plain text with a paragraph per line) a blank line or a new
 * line ends a paragraph. In hard-wrapped PDF output blank lines mean little (some converters put one after every
 * line, and a page break or a footnote block can fall inside a sentence), so a paragraph ends only where a line ends
 * a sentence and is visibly shorter than the column width, where the next line is a heading, or where an all-caps
 * heading gives way to running text.
 */
final class ParagraphJoiner {
    /** How line breaks of the source relate to paragraphs. */
    enum Layout {
        /** Markdown, HTML, DOCX: a blank line separates paragraphs, a single line break is a soft break. */
        BLOCKS,
        /** Plain text written a paragraph per line. */
        LINES,
        /** Hard-wrapped PDF output. */
        WRAPPED
    }

    private final Predicate<String> headingStart;
    private final Layout layout;
    private final int usualSpacing;
    private final BitSet afterFurniture;

    /** {@code afterFurniture}: indexes of lines that follow a dropped running header (a page top). */
    ParagraphJoiner(Predicate<String> headingStart, Layout layout, int usualSpacing, BitSet afterFurniture) {
        this.afterFurniture = afterFurniture;
        this.headingStart = headingStart;
        this.layout = layout;
        this.usualSpacing = usualSpacing;
    }

    List<List<SourceLine>> join(List<SourceLine> body) {
        List<List<SourceLine>> paragraphs = new ArrayList<>();
        double width = columnWidth(body);
        List<SourceLine> current = new ArrayList<>();
        for (SourceLine line : body) {
            if (!current.isEmpty() && breaksBefore(current, line, width)) {
                paragraphs.add(current);
                current = new ArrayList<>();
            }
            current.add(line);
        }
        if (!current.isEmpty()) paragraphs.add(current);
        return paragraphs;
    }

    private boolean breaksBefore(List<SourceLine> para, SourceLine next, double width) {
        String n = next.trimmed();
        SourceLine prevLine = para.get(para.size() - 1);
        String prev = prevLine.trimmed();
        if (layout == Layout.LINES) return true;
        if (layout == Layout.BLOCKS) return next.blanksBefore() > 0 || isMarkdownHeading(prev) || isMarkdownHeading(n);
        if (headingStart.test(n)) return true;
        if (n.startsWith("♦") || n.startsWith("•") || n.startsWith("■")) return true;
        if (isBullet(n) && (endsSentence(prev) || prev.endsWith(";"))) return true;
        if (startsLower(n) || startsWithClosingPunctuation(n)) return false;
        if (isCaps(para)) return hasLowercase(n) || afterFurniture.get(next.index());
        boolean shortLine = prev.length() < 0.8 * width;
        boolean gap = next.blanksBefore() > usualSpacing;
        // "7. Triển khai … ngoại giao văn hóa" / "Ta phát huy …": a heading without a full stop
        if (para.size() <= 3 && headingStart.test(para.get(0).trimmed()) && !endsSentence(prev) && (shortLine || gap))
            return true;
        if (!endsSentence(prev)) return false;
        return shortLine || gap;
    }

    private static boolean isMarkdownHeading(String s) { return s.startsWith("#"); }

    private static boolean isBullet(String s) { return s.startsWith("- ") || s.startsWith("+ "); }

    static boolean endsSentence(String s) {
        int i = s.length() - 1;
        while (i > 0 && "”\"’')»*".indexOf(s.charAt(i)) >= 0) i--;
        char c = s.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == '…' || c == ':';
    }

    private static boolean startsLower(String s) {
        int cp = s.codePointAt(0);
        return Character.isLowerCase(cp);
    }

    private static boolean startsWithClosingPunctuation(String s) {
        return ".,;:)!?%”".indexOf(s.charAt(0)) >= 0;
    }

    private static boolean hasLowercase(String s) {
        return s.codePoints().anyMatch(Character::isLowerCase);
    }

    private static boolean isCaps(List<SourceLine> para) {
        boolean letters = false;
        for (SourceLine l : para) {
            String t = l.trimmed();
            if (hasLowercase(t)) return false;
            letters |= t.codePoints().anyMatch(Character::isLetter);
        }
        return letters;
    }

    /** The usual length of a full line: the 90th percentile of line lengths. */
    private static double columnWidth(List<SourceLine> body) {
        if (body.isEmpty()) return 80;
        int[] lengths = body.stream().mapToInt(l -> l.trimmed().length()).sorted().toArray();
        return Math.max(20, lengths[(int) Math.floor(0.9 * (lengths.length - 1))]);
    }

    /** True when plain text is hard-wrapped (short lines, most of them not ending a sentence). */
    static boolean looksWrapped(List<SourceLine> lines) {
        if (lines.size() < 3) return false;
        int[] lengths = lines.stream().mapToInt(l -> l.trimmed().length()).sorted().toArray();
        int median = lengths[lengths.length / 2];
        long ending = lines.stream().filter(l -> endsSentence(l.trimmed())).count();
        return median < 200 && ending < 0.5 * lines.size();
    }
}
