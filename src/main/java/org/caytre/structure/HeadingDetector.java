package org.caytre.structure;

import org.caytre.internal.DataFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caytre.text.Chars;

/**
 * Recognises the enumerator that opens a section: {@code I.}, {@code 1.}, {@code 1.1.}, {@code 2.1.1.},
 * {@code Thứ nhất}, {@code Một là}, {@code (i)}, {@code a)}, {@code (1)} — patterns in {@code structure/headings.tsv}.
 * Reports often open a whole paragraph with such a label; the title is then the text up to the first sentence end
 * or colon.
 */
public final class HeadingDetector {
    /** A detected heading: the label as printed, the title, the label's kind and where the title starts. */
    public record Heading(String label, String title, String kind, int titleOffset) {}

    private record Rule(String kind, Pattern pattern) {}

    private static final int MAX_TITLE = 150;
    private static final List<Rule> RULES = load();

    private static final java.util.Set<String> LABEL_WORDS =
            java.util.Set.of("Thứ", "Một", "Hai", "Ba", "Bốn", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười");

    public Optional<Heading> detect(String paragraph) {
        if (!mayStartHeading(paragraph)) return Optional.empty();
        for (Rule r : RULES) {
            Matcher m = r.pattern().matcher(paragraph);
            if (!m.lookingAt()) continue;
            String label = paragraph.substring(0, m.end()).strip();
            return Optional.of(new Heading(label, title(paragraph, m.end()), r.kind(), m.end()));
        }
        return Optional.empty();
    }

    /** Cheap check on one wrapped line: does a new section start here? */
    public boolean startsHeading(String line) {
        if (line.startsWith("#")) return true;
        if (!mayStartHeading(line)) return false;
        for (Rule r : RULES) if (r.pattern().matcher(line).lookingAt()) return true;
        return false;
    }

    /** Cheap pre-check: a label starts with a digit or '(', is a short token ending in '.', ')' or '-', or a label word. */
    static boolean mayStartHeading(String s) {
        if (s.isEmpty()) return false;
        char c = s.charAt(0);
        if (Chars.isDigit(c) || c == '(') return true;
        int space = s.indexOf(' ');
        String first = space < 0 ? s : s.substring(0, space);
        if (LABEL_WORDS.contains(first)) return true;
        if (first.length() > 6) return false;
        char last = first.charAt(first.length() - 1);
        return last == '.' || last == ')' || last == '-' || last == '–' || (space > 0 && space + 1 < s.length()
                && (s.charAt(space + 1) == '-' || s.charAt(space + 1) == '–' || s.charAt(space + 1) == '.'));
    }

    private static String title(String p, int from) {
        int end = p.length();
        for (int i = from; i < p.length(); i++) {
            char c = p.charAt(i);
            if ((c == '.' || c == ':' || c == ';' || c == '?' || c == '!')
                    && (i + 1 == p.length() || Character.isWhitespace(p.charAt(i + 1)))) { end = i; break; }
        }
        if (end - from > MAX_TITLE) {
            end = from + MAX_TITLE;
            while (end > from && !Character.isWhitespace(p.charAt(end))) end--;
            return p.substring(from, end).strip() + "…";
        }
        return p.substring(from, end).strip();
    }

    private static List<Rule> load() {
        List<Rule> rules = new ArrayList<>();
        for (String line : DataFiles.lines("/structure/headings.tsv")) {
            int tab = line.indexOf('\t');
            rules.add(new Rule(line.substring(0, tab), Pattern.compile(line.substring(tab + 1))));
        }
        return List.copyOf(rules);
    }
}
