package org.caytre.kb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
 * year and type and listed with their sources, the figures about it, and the documents that name it. The lists are
 * one page each (the whole of them for the CLI), with their totals; the counts by year are the store's.
 */
public record Dossier(String country, List<Step> history, Map<String, Map<String, Integer>> eventsByYear,
                      List<EventView> events, List<StatisticView> figures, List<String> documents,
                      long eventsTotal, long figuresTotal, long documentsTotal) {

    /** The whole dossier. */
    public static Dossier of(Store store, String country) throws SQLException { return of(store, country, Page.ALL); }

    /** The dossier with one page of events, figures and documents (the first {@code page.limit()} of each, by date). */
    public static Dossier of(Store store, String country, Page page) throws SQLException {
        KnowledgeBase kb = new KnowledgeBase(store);
        Page.Paged<EventView> events = kb.events(new KnowledgeBase.EventFilter(country, null, null, null), page, page.all() ? "date" : "-date");
        Page.Paged<StatisticView> figures = kb.statistics(new KnowledgeBase.StatisticFilter(null, country, null), page, "indicator");
        Map<String, Map<String, Integer>> byYear = new TreeMap<>();
        List<String> documents;
        long documentsTotal;
        try (Connection c = store.connect()) {
            try (PreparedStatement s = Sql.prepare(c, "SELECT SUBSTR(event_date, 1, 4), type, COUNT(*) FROM events WHERE participants LIKE ?"
                    + " GROUP BY SUBSTR(event_date, 1, 4), type", "%\"" + country + "\"%"); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String year = r.getString(1) == null || r.getString(1).length() < 4 ? "undated" : r.getString(1);
                    byYear.computeIfAbsent(year, y -> new TreeMap<>()).merge(r.getString(2), r.getInt(3), Integer::sum);
                }
            }
            documents = Sql.strings(c, "SELECT DISTINCT doc_id FROM entity_mentions WHERE entity_id = ? ORDER BY doc_id" + page.sql(), country);
            documentsTotal = Sql.count(c, "SELECT COUNT(DISTINCT doc_id) FROM entity_mentions WHERE entity_id = ?", country);
        }
        return new Dossier(country, new Ledgers(store).ledger().history(country), byYear, events.items(), figures.items(), documents,
                events.total(), figures.total(), documentsTotal);
    }

    /** {@code {"country", "history": [step…], "events_by_year": {year: {type: n}}, "events": […], "figures": […], "documents": […],
     *  "events_total", "figures_total", "documents_total"}}. */
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("country", country);
        m.put("history", LedgerJson.history(country, history).get("history"));
        m.put("events_by_year", eventsByYear);
        m.put("events", events);
        m.put("figures", figures);
        m.put("documents", documents);
        m.put("events_total", eventsTotal);
        m.put("figures_total", figuresTotal);
        m.put("documents_total", documentsTotal);
        return m;
    }
}
