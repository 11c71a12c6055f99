package org.caytre.structure;

import org.caytre.internal.DataFiles;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Marks running headers and footers for removal: lines matching the patterns of
 * {@code structure/running-headers.txt}, and short lines that recur on several pages with only their digits
 * changing ("Báo cáo tổng kết … 12", "… 13").
 */
final class RunningHeaders {
    private static final List<Pattern> PATTERNS = DataFiles.patterns("/structure/running-headers.txt", 0);
    private static final int MAX_LENGTH = 120;
    private static final int MIN_REPEATS = 3;

    private RunningHeaders() {}

    static BitSet find(List<SourceLine> lines) {
        BitSet drop = new BitSet(lines.size());
        java.util.regex.Matcher[] matchers = new java.util.regex.Matcher[PATTERNS.size()];   // one per pattern and document
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> atPageEdge = new HashMap<>();
        String[] keys = new String[lines.size()];
        for (SourceLine line : lines) {
            String t = line.trimmed();
            if (t.length() > MAX_LENGTH || t.length() < 8) continue;
            String key = keys[line.index()] = mask(t);
            counts.merge(key, 1, Integer::sum);
            if (atPageEdge(lines, line.index())) atPageEdge.merge(key, 1, Integer::sum);
        }
        for (SourceLine line : lines) {
            String t = line.trimmed();
            String key = keys[line.index()];
            int n = key == null ? 0 : counts.getOrDefault(key, 0);
            // three times anywhere, or twice and always at a page top or bottom
            boolean repeated = n >= MIN_REPEATS || n == 2 && atPageEdge.getOrDefault(key, 0) == 2;
            if (matchesPattern(t, matchers) || (t.length() <= MAX_LENGTH && t.length() >= 8 && repeated && !looksLikeProse(t))) {
                drop.set(line.index());
            }
        }
        return drop;
    }

    private static boolean atPageEdge(List<SourceLine> lines, int i) {
        return i == 0 || lines.get(i).pageBreakBefore()
                || (i + 1 < lines.size() && lines.get(i + 1).pageBreakBefore());
    }

    private static boolean matchesPattern(String t, java.util.regex.Matcher[] matchers) {
        for (int i = 0; i < matchers.length; i++) {
            java.util.regex.Matcher m = matchers[i] == null ? matchers[i] = PATTERNS.get(i).matcher(t) : matchers[i].reset(t);
            if (m.matches()) return true;
        }
        return false;
    }

    // repeated prose ("Trân trọng!", list bullets) is content, not a page furniture
    private static boolean looksLikeProse(String t) {
        char last = t.charAt(t.length() - 1);
        return last == '.' || last == ',' || last == ';' || last == ':' || last == '!' || t.startsWith("-");
    }

    /** The line with every run of digits as '#' and every run of white space as one space. */
    private static String mask(String t) {
        char[] b = new char[t.length()];
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            char last = n == 0 ? 0 : b[n - 1];
            if (c >= '0' && c <= '9') { if (last != '#') b[n++] = '#'; }
            else if (org.caytre.text.Chars.isWhitespace(c)) { if (last != ' ') b[n++] = ' '; }
            else b[n++] = c;
        }
        return new String(b, 0, n);
    }
}
