package org.caytre.kb.ledger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the reference table of Vietnam's partnership frameworks ({@code /kb/partnerships.tsv}: partner, level,
 * since, name, document, where; '#' comments). A malformed row fails with its line number and the reason, since a silently
 * dropped row would make every as-of list wrong.
 */
public final class ReferenceTable {
    public static final String RESOURCE = "/kb/partnerships.tsv";
    private static final Pattern PARTNER = Pattern.compile("[A-Z]{3}|ORG:[A-Za-z0-9_-]+");
    private static volatile List<ReferenceStep> standard;

    private ReferenceTable() {}

    /** The bundled table, read once. */
    public static List<ReferenceStep> standard() {
        if (standard == null) {
            try (InputStream in = ReferenceTable.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
                standard = parse(RESOURCE, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
            } catch (IOException e) {
                throw new UncheckedIOException(RESOURCE, e);
            }
        }
        return standard;
    }

    /** Parses the lines of a table; {@code name} is used in error messages. */
    public static List<ReferenceStep> parse(String name, List<String> lines) {
        List<ReferenceStep> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] c = line.split("\t", -1);
            String where = name + ":" + (i + 1) + ": ";
            if (c.length != 6) throw new IllegalArgumentException(where + "expected 6 tab-separated columns"
                    + " (partner, level, since, name, document, where), got " + c.length);
            if (!PARTNER.matcher(c[0]).matches())
                throw new IllegalArgumentException(where + "partner is neither ISO alpha-3 nor ORG:id: '" + c[0] + "'");
            if (c[4].isBlank()) throw new IllegalArgumentException(where + "no document");
            if (c[5].isBlank()) throw new IllegalArgumentException(where + "no public record (where)");
            try {
                out.add(new ReferenceStep(c[0], Level.parse(c[1]), IsoPeriod.parse(c[2]), c[3].isBlank() ? null : c[3].strip(),
                        c[4].strip(), c[5].strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + e.getMessage());
            }
        }
        return List.copyOf(out);
    }
}
