package org.caytre.kb;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.caytre.kb.KnowledgeBase.EventView;
import org.caytre.kb.KnowledgeBase.StatisticView;
import org.caytre.kb.ledger.ClaimView;
import org.caytre.kb.ledger.LedgerJson;
import org.caytre.kb.ledger.PartnershipLedger;
import org.caytre.kb.ledger.Step;

/**
 * One country's dossier ({@code caytre country USA}): its partnership history with Vietnam, its events counted by
 * year and type and listed with their sources, the figures about it, and the documents that name it. The lists are
 * one page each (the whole of them for the CLI), with their totals; the counts by year are the store's.
 */
public record Dossier(String country, List<Step> history, Map<String, Map<String, Integer>> eventsByYear,
                      List<EventView> events, List<StatisticView> figures, List<String> documents,
                      long eventsTotal, long figuresTotal, long documentsTotal, List<ClaimView> claims, boolean allEvents,
                      long eventsHidden) {

    /** The whole dossier, with the corroborated or confident events only. */
    public static Dossier of(Store store, String country) throws SQLException { return of(store, country, Page.ALL, false); }

    /** The dossier with one page of events, figures and documents (the first {@code page.limit()} of each, by date). */
    public static Dossier of(Store store, String country, Page page) throws SQLException { return of(store, country, page, false); }

    /**
     * With {@code allEvents}, every event that is not rejected; otherwise the corroborated or confident ones (the
     * default view), {@code eventsHidden} counting the others. The counts by year and type follow the same choice.
     */
    public static Dossier of(Store store, String country, Page page, boolean allEvents) throws SQLException {
        return of(store, country, page, allEvents, false);
    }

    /** As {@link #of(Store, String, Page, boolean)}; with {@code foreignOnly}, only events and figures read from passages about foreign relations. */
    public static Dossier of(Store store, String country, Page page, boolean allEvents, boolean foreignOnly) throws SQLException {
        KnowledgeBase kb = new KnowledgeBase(store);
        KnowledgeBase.EventFilter every = new KnowledgeBase.EventFilter(country, null, null, null).classified(null, foreignOnly);
        KnowledgeBase.EventFilter filter = allEvents ? every : every.confidentOnly();
        Page.Paged<EventView> events = kb.events(filter, page, page.all() ? "date" : "-date");
        long hidden = allEvents ? 0 : kb.events(every, new Page(0, 1), "date").total() - events.total();
        Page.Paged<StatisticView> figures = kb.statistics(new KnowledgeBase.StatisticFilter(null, country, null).classified(null, foreignOnly), page, "indicator");
        Map<String, Map<String, Integer>> byYear = new TreeMap<>();
        List<String> documents;
        long documentsTotal;
        try (Connection c = store.connect()) {
            for (EventView e : page.all() ? events.items() : kb.events(filter, Page.ALL, "date").items()) {
                String year = e.date() == null || e.date().length() < 4 || !Character.isDigit(e.date().charAt(0)) ? "undated" : e.date().substring(0, 4);
                byYear.computeIfAbsent(year, y -> new TreeMap<>()).merge(e.type(), 1, Integer::sum);
            }
            documents = Sql.strings(c, "SELECT DISTINCT doc_id FROM entity_mentions WHERE entity_id = ? ORDER BY doc_id" + page.sql(), country);
            documentsTotal = Sql.count(c, "SELECT COUNT(DISTINCT doc_id) FROM entity_mentions WHERE entity_id = ?", country);
        }
        PartnershipLedger ledger = new Ledgers(store).ledger(foreignOnly);
        return new Dossier(country, ledger.history(country), byYear, events.items(), figures.items(), documents,
                events.total(), figures.total(), documentsTotal, ledger.claims(country), allEvents, hidden);
    }

    /** The claims about this partner the ledger does not follow (single reports of another level, later lower rungs). */
    public List<ClaimView> conflicts() { return claims.stream().filter(ClaimView::conflicting).toList(); }

    /**
     * {@code {"country", "history": [step…], "events_by_year": {year: {type: n}}, "events": […], "figures": […], "documents": […],
     * "events_total", "figures_total", "documents_total", "claims": [claim…], "conflicting_claims": [claim…],
     * "events_filter": "confident"|"all", "events_hidden": n}}; claims as {@link ClaimView#toJson()}; by default the events
     * are the corroborated or confident ones and {@code events_hidden} counts the others.
     */
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
        m.put("claims", claims.stream().map(ClaimView::toJson).toList());
        m.put("conflicting_claims", conflicts().stream().map(ClaimView::toJson).toList());
        m.put("events_filter", allEvents ? "all" : "confident");
        m.put("events_hidden", eventsHidden);
        return m;
    }
}
