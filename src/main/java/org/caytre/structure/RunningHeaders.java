package org.caytre.structure;

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
        Map<String, Integer> counts = new HashMap<>();
        for (SourceLine line : lines) {
            String t = line.trimmed();
            if (t.length() <= MAX_LENGTH && t.length() >= 8) counts.merge(mask(t), 1, Integer::sum);
        }
        for (SourceLine line : lines) {
            String t = line.trimmed();
            if (matchesPattern(t) || (t.length() <= MAX_LENGTH && t.length() >= 8
                    && counts.getOrDefault(mask(t), 0) >= MIN_REPEATS && !looksLikeProse(t))) {
                drop.set(line.index());
            }
        }
        return drop;
    }

    private static boolean matchesPattern(String t) {
        for (Pattern p : PATTERNS) if (p.matcher(t).matches()) return true;
        return false;
    }

    // repeated prose ("Trân trọng!", list bullets) is content, not a page furniture
    private static boolean looksLikeProse(String t) {
        char last = t.charAt(t.length() - 1);
        return last == '.' || last == ',' || last == ';' || last == ':' || last == '!' || t.startsWith("-");
    }

    private static String mask(String t) {
        return t.replaceAll("\\d+", "#").replaceAll("\\s+", " ");
    }
}
