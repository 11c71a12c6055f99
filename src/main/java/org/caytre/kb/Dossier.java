package org.caytre.kb;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.caytre.kb.KnowledgeBase.EventView;
import org.caytre.kb.KnowledgeBase.StatisticView;
import org.caytre.kb.ledger.LedgerJson;
import org.caytre.kb.ledger.Step;

/**
 * One country's dossier ({@code caytre country USA}): its partnership history with Vietnam, its events counted by
 * year and type and listed with their sources, the figures about it, and the documents that name it.
 */
public record Dossier(String country, List<Step> history, Map<String, Map<String, Integer>> eventsByYear,
                      List<EventView> events, List<StatisticView> figures, List<String> documents) {

    public static Dossier of(Store store, String country) throws SQLException {
        KnowledgeBase kb = new KnowledgeBase(store);
        List<EventView> events = kb.events(new KnowledgeBase.EventFilter(country, null, null, null));
        Map<String, Map<String, Integer>> byYear = new TreeMap<>();
        for (EventView e : events) {
            String year = e.date() == null || e.date().length() < 4 ? "undated" : e.date().substring(0, 4);
            byYear.computeIfAbsent(year, y -> new TreeMap<>()).merge(e.type(), 1, Integer::sum);
        }
        List<String> documents;
        try (Connection c = store.connect()) {
            documents = Sql.strings(c, "SELECT DISTINCT doc_id FROM entity_mentions WHERE entity_id = ? ORDER BY doc_id", country);
        }
        return new Dossier(country, new Ledgers(store).ledger().history(country), byYear, events,
                kb.statistics(null, country), documents);
    }

    /** {@code {"country", "history": [step…], "events_by_year": {year: {type: n}}, "events": […], "figures": […], "documents": […]}}. */
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("country", country);
        m.put("history", LedgerJson.history(country, history).get("history"));
        m.put("events_by_year", eventsByYear);
        m.put("events", events);
        m.put("figures", figures);
        m.put("documents", documents);
        return m;
    }
}
