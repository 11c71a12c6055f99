package org.caytre.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A query as typed, split into free text, "quoted phrases" (must occur as written) and -excluded words or
 * -"phrases". Free text is kept as runs between the other parts so names spanning several words stay together.
 *
 * <pre>{@code UserQuery.parse("tàu sân bay -Anh \"Đà Nẵng\"") // free [tàu sân bay], phrases [Đà Nẵng], excluded [Anh]}</pre>
 */
public record UserQuery(List<String> free, List<String> phrases, List<String> excluded) {
    public UserQuery {
        free = List.copyOf(free);
        phrases = List.copyOf(phrases);
        excluded = List.copyOf(excluded);
    }

    public static UserQuery parse(String q) {
        List<String> free = new ArrayList<>(), phrases = new ArrayList<>(), excluded = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int i = 0, n = q.length();
        while (i < n) {
            char c = q.charAt(i);
            boolean wordStart = i == 0 || Character.isWhitespace(q.charAt(i - 1));
            boolean negated = c == '-' && wordStart && i + 1 < n && !Character.isWhitespace(q.charAt(i + 1));
            int j = negated ? i + 1 : i;
            if (j < n && isQuote(q.charAt(j)) && (negated || wordStart)) {        // case 1: a (negated) phrase
                int close = j + 1;
                while (close < n && !isQuote(q.charAt(close))) close++;
                flush(run, free);
                (negated ? excluded : phrases).add(q.substring(j + 1, close).strip());
                i = close + 1;
            } else if (negated) {                                                  // case 2: an excluded word
                int end = j;
                while (end < n && !Character.isWhitespace(q.charAt(end))) end++;
                flush(run, free);
                excluded.add(q.substring(j, end));
                i = end;
            } else {                                                               // case 3: free text
                run.append(c);
                i++;
            }
        }
        flush(run, free);
        phrases.removeIf(String::isBlank);
        excluded.removeIf(String::isBlank);
        return new UserQuery(free, phrases, excluded);
    }

    private static boolean isQuote(char c) { return c == '"' || c == '“' || c == '”'; }

    private static void flush(StringBuilder run, List<String> into) {
        if (!run.isEmpty() && !run.toString().isBlank()) into.add(run.toString().strip());
        run.setLength(0);
    }
}
