package org.caytre.brief;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caytre.internal.DataFiles;

/**
 * Whether a figure's indicator and unit agree, from {@code brief/figure-units.tsv} (indicator → unit kinds): the brief
 * tables only figures an analyst can take as they are, and says how many it left out.
 */
final class FigureUnits {
    static final String RESOURCE = "/brief/figure-units.tsv";
    private static final Set<String> KINDS = Set.of("money", "percent", "points", "none", "rank");
    private static final Map<String, Set<String>> ALLOWED = load();

    private FigureUnits() {}

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> out = new HashMap<>();
        for (String[] row : DataFiles.table(RESOURCE)) {
            if (row.length != 2 || row[1].isBlank())
                throw new IllegalStateException(RESOURCE + ": expected indicator <TAB> unit kinds, got " + String.join(" | ", row));
            out.put(row[0], Set.copyOf(List.of(row[1].split("\\s*,\\s*"))));
        }
        return Map.copyOf(out);
    }

    /** The unit kinds {@code indicator} may be stated in (none for an indicator the file does not list). */
    static Set<String> allowed(String indicator) { return ALLOWED.getOrDefault(indicator, Set.of()); }

    /** Every indicator the file lists. */
    static Set<String> indicators() { return ALLOWED.keySet(); }

    static boolean agree(String indicator, String unit) {
        Set<String> allowed = allowed(indicator);
        return allowed.contains(kind(unit)) || (unit != null && allowed.contains(unit));
    }

    /** money (an ISO 4217 code), percent, points, none, or the unit itself. */
    static String kind(String unit) {
        if (unit == null || unit.isBlank()) return "none";
        if (unit.equals("%")) return "percent";
        if (unit.equals("percentage points")) return "points";
        return org.caytre.model.QuantityMention.isCurrency(unit) ? "money" : unit;
    }

    /** The kinds this class knows besides the units themselves. */
    static Set<String> kinds() { return KINDS; }
}
