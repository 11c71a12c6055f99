package org.caytre.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.caytre.internal.DataFiles;

/** The phrases of {@code extract/clause-patterns.tsv}, by name, loaded once for every mechanism that reads them. */
final class ClausePhrases {
    private static final Map<String, Pattern> PHRASES = load();

    private ClausePhrases() {}

    static Pattern get(String name) {
        Pattern p = PHRASES.get(name);
        if (p == null) throw new IllegalStateException("extract/clause-patterns.tsv: no phrase named " + name);
        return p;
    }

    private static Map<String, Pattern> load() {
        Map<String, Pattern> out = new HashMap<>();
        for (String[] row : DataFiles.table("/extract/clause-patterns.tsv")) out.put(row[0], Pattern.compile(row[1]));
        return Map.copyOf(out);
    }
}
