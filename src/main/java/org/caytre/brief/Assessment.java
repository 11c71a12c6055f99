package org.caytre.brief;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.caytre.kb.KnowledgeBase.EventView;
import org.caytre.kb.KnowledgeBase.Mention;
import org.caytre.kb.KnowledgeBase.StatisticView;
import org.caytre.kb.ledger.ClaimView;
import org.caytre.kb.ledger.Step;

/**
 * The Đánh giá section: what changed in the period, from the data only. The framework's steps in the period (new, up
 * or changed) or that it held; the events the brief states, counted by year and type (and drawn); the level claims
 * the ledger does not follow, said as such ("theo …; theo …"); and, unless every event is stated, how many events
 * only one source reports, with those sources. Every sentence carries the footnotes of what it counts.
 */
final class Assessment {
    private static final int MAX_NOTES = 6;
    private static final Set<String> TRADE = Set.of("exports", "imports", "trade balance", "trade turnover");

    private final Citations c;
    private final BriefBuilder.Request request;
    private final List<EventView> stated, unconfirmed;
    private final List<Step> history;
    private final List<ClaimView> claims;
    private Chart chart;

    Assessment(Citations c, BriefBuilder.Request request, List<EventView> stated, List<EventView> unconfirmed, List<Step> history, List<ClaimView> claims) {
        this.c = c;
        this.request = request;
        this.stated = stated;
        this.unconfirmed = unconfirmed;
        this.history = history;
        this.claims = claims;
    }

    /** The chart of the events by year and type, once {@link #sentences} drew it (null when no event has a year). */
    Chart chart() { return chart; }

    List<String> sentences(String chartFile) throws SQLException {
        List<String> out = new ArrayList<>();
        framework(out);
        SortedMap<String, Map<String, Number>> byYear = new TreeMap<>();
        // a period's every year gets its column; a search's events may lie decades apart, so there only their years do
        if (request.scope() == null) for (int y = request.from(); y <= request.to(); y++) byYear.put(String.valueOf(y), new LinkedHashMap<>());
        Map<String, List<EventView>> eventsByYear = new TreeMap<>();
        for (EventView e : stated) {
            Integer year = Citations.year(e.date());
            if (year == null || year < request.from() || year > request.to()) continue;
            eventsByYear.computeIfAbsent(String.valueOf(year), k -> new ArrayList<>()).add(e);
            byYear.computeIfAbsent(String.valueOf(year), k -> new LinkedHashMap<>()).merge(type(e.type()), 1, (a, b) -> a.intValue() + b.intValue());
        }
        for (Map.Entry<String, List<EventView>> year : eventsByYear.entrySet()) {
            Map<String, Integer> types = new LinkedHashMap<>();
            List<Footnote> notes = new ArrayList<>();
            for (EventView e : year.getValue()) {
                types.merge(type(e.type()), 1, Integer::sum);
                Footnote first = c.reports(e).get(0);
                if (notes.size() < MAX_NOTES && !notes.contains(first)) notes.add(first);
            }
            List<String> parts = new ArrayList<>();
            types.forEach((type, n) -> parts.add(n + " " + type));
            out.add(c.sentence("assess.year", Map.of("y", year.getKey(), "n", String.valueOf(year.getValue().size()), "breakdown", String.join(", ", parts)), notes));
        }
        if (!eventsByYear.isEmpty()) {
            String anyType = byYear.values().stream().flatMap(m -> m.keySet().stream()).findFirst().orElseThrow();
            byYear.values().forEach(m -> { if (m.isEmpty()) m.put(anyType, 0); });   // a year without events still gets its column
            Map<String, String> v = c.values();
            chart = Charts.stackedBars(chartFile, c.t.text("chart.events", v), c.t.text("chart.year"), c.t.text("chart.count"), byYear, true);
            out.add("![" + chart.caption() + "](" + chart.file() + ")");
        }
        conflicts(out);
        if (!request.allEvents() && !unconfirmed.isEmpty()) {
            List<Footnote> notes = new ArrayList<>();
            Set<String> sources = new LinkedHashSet<>();
            for (EventView e : unconfirmed) {
                if (notes.size() == MAX_NOTES) break;
                Mention m = c.mentions(e).get(0);
                notes.add(c.footnote(m.doc(), m.evidence()));
                sources.add(c.source(m.doc(), m.outlet()));
            }
            out.add(c.sentence("assess.unconfirmed", Map.of("n", String.valueOf(unconfirmed.size()), "sources", join(new ArrayList<>(sources))), notes.stream().distinct().toList()));
        }
        return out;
    }

    /** The framework's steps in the period, each from the one before it; or the step that held all through. */
    private void framework(List<String> out) throws SQLException {
        Step before = null;
        boolean changed = false;
        for (Step s : history) {
            int year = s.from().getYear();
            if (year >= request.from() && year <= request.to() && s.doc() != null) {
                Map<String, String> v = Map.of("when", c.when(s.since()), "level", c.level(s.level().name()),
                        "previous", before == null ? "" : c.level(before.level().name()), "since", before == null ? "" : before.since());
                String key = before == null ? "assess.new" : before.level().rank() < s.level().rank() ? "assess.upgrade" : "assess.change";
                List<Footnote> notes = new ArrayList<>(List.of(c.footnote(s.doc(), s.evidence())));
                if (before != null && before.doc() != null) notes.add(c.footnote(before.doc(), before.evidence()));
                else if (before != null) key += ".reference";   // the level before comes from the reference table, not a document
                out.add(c.sentence(key, v, notes));
                changed = true;
            }
            before = s;
        }
        if (changed) return;
        for (Step s : history)
            if (s.doc() != null && s.holdsOn(java.time.LocalDate.of(request.from(), 1, 1)) && s.holdsOn(java.time.LocalDate.of(request.to(), 12, 31)))
                out.add(c.sentence("assess.unchanged", Map.of("level", c.level(s.level().name()), "since", s.since()), List.of(c.footnote(s.doc(), s.evidence()))));
    }

    /** Level claims of the period the ledger does not follow: "theo A, …; theo B, …" when the ledger's side has a document. */
    private void conflicts(List<String> out) throws SQLException {
        for (ClaimView cv : claims) {
            if (!cv.conflicting() || !cv.claim().isDocument()) continue;
            int year = cv.claim().when().first().getYear();
            if (year < request.from() || year > request.to()) continue;
            Footnote claimNote = c.footnote(cv.claim().doc(), cv.claim().evidence());
            String claimSource = c.source(cv.claim().doc(), cv.claim().outlet());
            Step ledgerSide = cv.ledgerLevel() == null ? null : history.stream()
                    .filter(s -> s.doc() != null && s.level().name().equals(cv.ledgerLevel()) && s.holdsOn(cv.claim().when().first())).findFirst().orElse(null);
            Map<String, String> v = new java.util.HashMap<>();
            v.put("source", claimSource);
            v.put("level", c.level(cv.claim().level().name()));
            v.put("when", cv.claim().when().text());
            if (ledgerSide == null) out.add(c.sentence("assess.claim_unconfirmed", v, List.of(claimNote)));
            else {
                v.put("other", c.source(ledgerSide.doc(), null));
                v.put("other_level", c.level(ledgerSide.level().name()));
                out.add(c.sentence("assess.conflict", v, List.of(claimNote, c.footnote(ledgerSide.doc(), ledgerSide.evidence()))));
            }
        }
    }

    private String type(String type) { return c.t.labelOr("type." + type, type); }

    private String join(List<String> sources) { return String.join(c.t.text("join.according") + " ", sources); }

    /** The distinct sources of an event's reports, as "A; theo B" (the template says the first "theo"). */
    static String according(Citations c, EventView e) throws SQLException {
        Set<String> sources = new LinkedHashSet<>();
        for (Mention m : c.mentions(e)) if (sources.size() < Citations.MAX_SOURCES_PER_FACT) sources.add(c.source(m.doc(), m.outlet()));
        return String.join(c.t.text("join.according") + " ", sources);
    }

    /**
     * Where reports give the event other dates ({@code date_alternatives}): " (… theo A, 2021; theo B, 2023)", each
     * report's evidence added to {@code notes}; null when they agree.
     */
    static String otherDates(Citations c, EventView e, List<Footnote> notes) throws SQLException {
        List<String> parts = new ArrayList<>();
        for (Map<String, Object> alternative : e.alternatives()) {
            Object docs = alternative.get("docs");
            if (!(docs instanceof List<?> list)) continue;
            for (Object doc : list)
                for (Mention m : c.mentions(e))
                    if (m.doc().equals(doc)) {
                        parts.add(c.source(m.doc(), m.outlet()) + ", " + alternative.get("date"));
                        Footnote f = c.footnote(m.doc(), m.evidence());
                        if (!notes.contains(f)) notes.add(f);
                        break;
                    }
        }
        return parts.isEmpty() ? null : c.t.text("note.dates", Map.of("alternatives", String.join(c.t.text("join.according") + " ", parts)));
    }

    /**
     * The trade figures in USD (exports, imports, balance, turnover) by period, in billions, as grouped bars; null when
     * there is none. The first figure of an indicator and period is drawn, as the table lists them all with sources.
     */
    static Chart tradeChart(Templates t, String file, List<StatisticView> figures) {
        SortedMap<String, Map<String, Number>> values = new TreeMap<>();
        for (StatisticView f : figures) {
            if (!TRADE.contains(f.indicator()) || !"USD".equals(f.unit()) || f.period() == null || f.period().isBlank()) continue;
            values.computeIfAbsent(f.period(), k -> new LinkedHashMap<>()).putIfAbsent(Figures.indicator(t, f.indicator()), f.value() / 1e9);
        }
        if (values.isEmpty()) return null;
        return Charts.groupedBars(file, t.text("chart.trade"), t.text("table.period"), t.text("chart.usd_bn"), values);
    }
}
