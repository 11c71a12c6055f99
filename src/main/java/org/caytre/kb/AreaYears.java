package org.caytre.kb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.caytre.classify.Area;

/**
 * Events and figures per area of work per year: an event counts once in each area one of its mentions' passages serves,
 * in the year of its date; a figure in the areas of its passage, in the year of its period (else of its document). The
 * share is the area's events over the year's events that have any area, so the weight of economic diplomacy can be
 * followed from year to year.
 *
 * <pre>{@code new AreaYears(store).count(true).toJson() }</pre>
 */
public final class AreaYears {
    /** One area in one year. */
    public record Year(String year, int events, int statistics, double eventShare) {}

    /** Every area with its years, oldest first (areas without any event or figure have no years). */
    public record Counts(Map<Area, List<Year>> areas) {
        public Map<String, Object> toJson() {
            List<Map<String, Object>> list = new ArrayList<>();
            areas.forEach((area, years) -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("area", area.code());
                m.put("label", List.of(area.vietnamese(), area.english()));
                List<Map<String, Object>> ys = new ArrayList<>();
                for (Year y : years) {
                    Map<String, Object> ym = new LinkedHashMap<>();
                    ym.put("year", y.year());
                    ym.put("events", y.events());
                    ym.put("statistics", y.statistics());
                    ym.put("event_share", Math.round(y.eventShare() * 1000) / 1000.0);
                    ys.add(ym);
                }
                m.put("years", ys);
                list.add(m);
            });
            return Map.of("areas", list);
        }
    }

    private final Store store;

    public AreaYears(Store store) { this.store = store; }

    /** With {@code foreignOnly}, only mentions and figures of passages about foreign relations count. */
    public Counts count(boolean foreignOnly) throws SQLException {
        Map<Area, Map<String, Set<String>>> events = new EnumMap<>(Area.class);
        Map<String, Set<String>> anyArea = new TreeMap<>();
        Map<Area, Map<String, Integer>> figures = new EnumMap<>(Area.class);
        String relevant = foreignOnly ? " AND " + String.format(PassageClasses.RELEVANT, "m") : "";
        try (Connection c = store.connect()) {
            try (PreparedStatement s = c.prepareStatement("SELECT e.id, e.event_date, m.areas FROM events e JOIN event_mentions m"
                    + " ON m.event_id = e.id WHERE m.areas IS NOT NULL AND m.areas <> ''" + relevant); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String year = year(r.getString(2));
                    if (year == null) continue;
                    anyArea.computeIfAbsent(year, y -> new HashSet<>()).add(r.getString(1));
                    for (Area a : Area.split(r.getString(3)))
                        events.computeIfAbsent(a, k -> new TreeMap<>()).computeIfAbsent(year, y -> new HashSet<>()).add(r.getString(1));
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT m.period, d.doc_date, m.areas FROM statistics m JOIN documents d"
                    + " ON d.id = m.doc_id WHERE m.areas IS NOT NULL AND m.areas <> ''" + relevant); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String year = year(r.getString(1));
                    if (year == null) year = year(r.getString(2));
                    if (year == null) continue;
                    for (Area a : Area.split(r.getString(3)))
                        figures.computeIfAbsent(a, k -> new TreeMap<>()).merge(year, 1, Integer::sum);
                }
            }
        }
        Map<Area, List<Year>> out = new EnumMap<>(Area.class);
        for (Area a : Area.values()) {
            Set<String> years = new java.util.TreeSet<>();
            years.addAll(events.getOrDefault(a, Map.of()).keySet());
            years.addAll(figures.getOrDefault(a, Map.of()).keySet());
            List<Year> list = new ArrayList<>();
            for (String y : years) {
                int n = events.getOrDefault(a, Map.of()).getOrDefault(y, Set.of()).size();
                int all = anyArea.getOrDefault(y, Set.of()).size();
                list.add(new Year(y, n, figures.getOrDefault(a, Map.of()).getOrDefault(y, 0), all == 0 ? 0 : (double) n / all));
            }
            out.put(a, list);
        }
        return new Counts(out);
    }

    /** The year an ISO date or period starts in, or null. */
    private static String year(String iso) {
        if (iso == null || iso.length() < 4) return null;
        for (int i = 0; i < 4; i++) if (!Character.isDigit(iso.charAt(i))) return null;
        return iso.substring(0, 4);
    }
}
