package org.caytre.structure;

import java.util.ArrayList;
import java.util.List;

/** Splits source text into {@link SourceLine}s, counting the blank lines and form feeds between them. */
final class LineReader {
    private LineReader() {}

    static List<SourceLine> read(String source) {
        List<SourceLine> lines = new ArrayList<>();
        int blanks = 0;
        boolean pageBreak = false;
        int pos = 0, n = source.length();
        while (pos <= n) {
            int eol = source.indexOf('\n', pos);
            if (eol < 0) eol = n;
            int end = eol;
            if (end > pos && source.charAt(end - 1) == '\r') end--;
            String raw = source.substring(pos, end);
            if (raw.indexOf('\f') >= 0) pageBreak = true;
            String text = raw.replace('\f', ' ').replace('\u00A0', ' ');
            if (text.isBlank()) {
                blanks++;
            } else {
                int indent = 0;
                while (indent < text.length() && (text.charAt(indent) == ' ' || text.charAt(indent) == '\t')) indent++;
                int trail = text.length();
                while (trail > indent && Character.isWhitespace(text.charAt(trail - 1))) trail--;
                lines.add(new SourceLine(lines.size(), pos, pos + trail, text.substring(0, trail), indent, blanks, pageBreak));
                blanks = 0;
                pageBreak = false;
            }
            pos = eol + 1;
        }
        return lines;
    }

    /** The most common number of blank lines between consecutive lines: 1 for double-spaced PDF output, else 0. */
    static int usualSpacing(List<SourceLine> lines) {
        int[] counts = new int[4];
        for (int i = 1; i < lines.size(); i++) counts[Math.min(3, lines.get(i).blanksBefore())]++;
        return counts[1] > counts[0] ? 1 : 0;
    }
}
