package org.caytre.brief;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caytre.classify.Area;
import org.caytre.internal.DataFiles;
import org.caytre.kb.KnowledgeBase;
import org.caytre.kb.KnowledgeBase.EventFilter;
import org.caytre.kb.KnowledgeBase.EventView;
import org.caytre.kb.KnowledgeBase.StatisticView;
import org.caytre.kb.Ledgers;
import org.caytre.kb.Page;
import org.caytre.kb.Store;
import org.caytre.kb.ledger.PartnershipLedger;
import org.caytre.kb.ledger.Step;

/**
 * Writes a brief from the knowledge base: for a country, the partnership ledger's steps that a document supports, the
 * events of the period and the figures about the country; for an area of work alone (multilateral diplomacy), the
 * events of the period with a report in a passage of that area. Corroborated or confident events only unless
 * {@code allEvents}; one templated sentence per fact with the fact's evidence as footnotes; a fact with no document
 * evidence is left out. The Đánh giá section says what changed ({@link Assessment}).
 */
public final class BriefBuilder {
    /**
     * What to write: an ISO 3166 alpha-3 country or null, the years {@code from}–{@code to} (inclusive), the language,
     * and an area of work (null: all) that filters the events; with no country the brief is the area's.
     */
    public record Request(String country, int from, int to, String lang, boolean allEvents, Area area) {
        public Request(String country, int from, int to, String lang, boolean allEvents) { this(country, from, to, lang, allEvents, null); }

        public Request {
            if (country == null && area == null) throw new IllegalArgumentException("a brief needs a country or an area");
            if (from > to) throw new IllegalArgumentException("--from " + from + " is after --to " + to);
        }

        /**
         * A request from what a person typed: {@code country} an ISO code or any name (or null), {@code area} an area
         * code (or null); an IllegalArgumentException with a one-line reason for a bad value. The option names are the
         * CLI's (the API's parameters have the same names without the dashes).
         */
        public static Request parse(String country, String area, int from, int to, String lang, boolean allEvents) {
            if (country == null && area == null) throw new IllegalArgumentException("give --country, --area or both");
            String iso = country == null ? null : org.caytre.search.EntityIds.country(country);
            if (country != null && (iso == null || org.caytre.search.EntityLabels.label(iso).get(1).equals(iso)))
                throw new IllegalArgumentException("unknown country code '" + country.strip() + "'");
            Area topic = area == null ? null : Area.parse(area);
            if (!"vi".equals(lang) && !"en".equals(lang)) throw new IllegalArgumentException("--lang must be vi or en, not '" + lang + "'");
            return new Request(iso, from, to, lang, allEvents, topic);
        }

        /** The stem of the chart files: {@code USA-2020-2024}, {@code USA-economic-2020-2024}, {@code multilateral-2020-2024}. */
        public String stem() {
            return (country == null ? "" : country + "-") + (area == null ? "" : area.code() + "-") + from + "-" + to;
        }
    }

    private static final String VIETNAM = "VNM";
    private static final Set<String> POLITICAL = Set.of("VISIT", "MEETING", "PHONE_CALL", "PARTNERSHIP", "DIPLOMATIC_NOTE", "NEGOTIATION");
    private static final Set<String> ECONOMIC = Set.of("AGREEMENT", "AID");
    private static final Set<String> CITIZEN_INDICATORS = Set.of("citizens protected or repatriated", "repatriation flights");
    private static final Map<String, String> INDICATORS_VI = new HashMap<>();

    static {
        for (String[] row : DataFiles.table("/extract/indicators.tsv")) INDICATORS_VI.put(row[1], row[2]);
    }

    private final Store store;
    private final KnowledgeBase kb;
    private final Request request;
    private final Citations c;
    private final Templates t;
    private final List<Chart> charts = new ArrayList<>();

    private BriefBuilder(Store store, Request request) {
        this.store = store;
        this.kb = new KnowledgeBase(store);
        this.request = request;
        this.t = new Templates(request.lang());
        Map<String, String> base = new HashMap<>();
        base.put("country", org.caytre.search.EntityLabels.label(request.country() == null ? VIETNAM : request.country()).get(t.lang().equals("vi") ? 0 : 1));
        base.put("from", String.valueOf(request.from()));
        base.put("to", String.valueOf(request.to()));
        base.put("area", request.area() == null ? "" : t.lang().equals("vi") ? request.area().vietnamese() : request.area().english());
        this.c = new Citations(kb, t, base);
    }

    public static Brief build(Store store, Request request) throws SQLException {
        return new BriefBuilder(store, request).build();
    }

    private EventFilter filter(String type, String from, String to) {
        EventFilter f = new EventFilter(request.country(), type, from, to);
        return request.area() == null ? f : f.classified(request.area(), false);
    }

    private Brief build() throws SQLException {
        String from = String.valueOf(request.from()), to = String.valueOf(request.to());
        List<EventView> all = kb.events(filter(null, from, to));
        List<EventView> events = request.allEvents() ? all : all.stream().filter(e -> e.corroboration().confident()).toList();
        PartnershipLedger ledger = request.country() == null ? null : new Ledgers(store).ledger();
        List<Step> history = ledger == null ? List.of() : ledger.history(request.country());

        List<String> general = new ArrayList<>(), political = new ArrayList<>(), economic = new ArrayList<>(),
                multilateral = new ArrayList<>(), citizens = new ArrayList<>();
        LocalDate end = LocalDate.of(request.to(), 12, 31);
        for (Step s : history) {
            if (s.doc() == null || s.evidence() == null) continue;   // a reference row has no document to cite
            if (s.holdsOn(end))
                general.add(c.sentence("fact.level_now", Map.of("level", c.level(s.level().name()), "since", s.since()), List.of(c.footnote(s.doc(), s.evidence()))));
            int year = s.from().getYear();
            if (year >= request.from() && year <= request.to())
                political.add((s.from() + "\u0000") + c.sentence("fact.step", Map.of("level", c.level(s.level().name()), "when", c.when(s.since())), List.of(c.footnote(s.doc(), s.evidence()))));
        }
        if (request.country() != null) {
            EventFilter relations = filter("DIPLOMATIC_RELATIONS", null, null);
            for (EventView e : kb.events(request.allEvents() ? relations : relations.confidentOnly())) general.add(event(e));
        }
        List<EventView> stated = new ArrayList<>();
        for (EventView e : events) {
            if (e.type().equals("PARTNERSHIP") && statedByStep(e, history)) continue;   // the ledger's step already says it
            boolean withOrganisation = e.participants().stream().anyMatch(p -> p.startsWith("ORG:"));
            List<String> into = null;
            if (e.type().equals("MULTILATERAL_ROLE") && request.country() == null) into = general;   // an area's brief opens with Vietnam's roles
            else if (e.type().equals("MULTILATERAL_ROLE") || (withOrganisation && POLITICAL.contains(e.type()))) into = multilateral;
            else if (POLITICAL.contains(e.type())) political.add(e.date() + "\u0000" + event(e));
            else if (ECONOMIC.contains(e.type())) into = economic;
            else if (e.type().equals("CITIZEN_PROTECTION")) into = citizens;
            if (into != null) into.add(event(e));
            if (into != null || POLITICAL.contains(e.type())) stated.add(e);
        }
        // the ledger's steps and the events in one chronology: sorted by the date put before each, then the date dropped
        political.sort(null);
        political.replaceAll(p -> p.substring(p.indexOf('\u0000') + 1));
        if (request.country() != null) {
            List<StatisticView> figures = figures();
            if (request.area() == null || request.area() == Area.ECONOMIC) {
                List<StatisticView> trade = figures.stream().filter(f -> !CITIZEN_INDICATORS.contains(f.indicator())).toList();
                addTable(economic, trade);
                Chart chart = Assessment.tradeChart(t, request.stem() + "-trade.svg", trade);
                if (chart != null) economic.add(figure(chart));
            }
            if (request.area() == null || request.area() == Area.CITIZENS)
                addTable(citizens, figures.stream().filter(f -> CITIZEN_INDICATORS.contains(f.indicator())).toList());
        }
        Assessment assessment = new Assessment(c, request, stated, all.stream().filter(e -> !e.corroboration().confident()).toList(),
                history, ledger == null ? List.of() : ledger.claims(request.country()));
        List<String> assessed = assessment.sentences(request.stem() + "-events.svg");
        if (assessment.chart() != null) charts.add(assessment.chart());

        String kind = request.country() == null ? "area." : "";
        List<Brief.Section> sections = new ArrayList<>();
        sections.add(section("general", kind, general));
        sections.add(section("political", kind, political));
        sections.add(section("economic", kind, economic));
        sections.add(section("multilateral", kind, multilateral));
        sections.add(section("citizens", kind, citizens));
        sections.add(section("assessment", kind, assessed));
        sections.add(sources());
        String title = t.text(request.country() == null ? "title.area" : request.area() == null ? "title" : "title.country_area", c.values());
        return Renumbering.renumbered(new Brief(title, sections, c.footnotes(), t.text("undated"), charts));
    }

    /** A chart's line in the Markdown ({@code ![caption](file)}), the chart kept for the writers. */
    private String figure(Chart chart) {
        charts.add(chart);
        return "![" + chart.caption() + "](" + chart.file() + ")";
    }

    private static boolean statedByStep(EventView e, List<Step> history) {
        Object level = e.attrs().get("level");
        return e.date() != null && history.stream().anyMatch(s -> s.doc() != null && s.level().name().equals(level)
                && (e.date().startsWith(s.since()) || s.since().startsWith(e.date())));
    }

    private Brief.Section section(String key, String kind, List<String> blocks) {
        String nothing = t.has("nothing." + kind + key) ? "nothing." + kind + key : "nothing." + key;
        return new Brief.Section(key, t.text("section." + key), blocks.isEmpty() ? List.of(t.text(nothing, c.values())) : blocks);
    }

    private Brief.Section sources() throws SQLException {
        List<String> blocks = new ArrayList<>();
        Map<String, String> v = c.values();
        v.put("filter", t.text(request.allEvents() ? "filter.all" : "filter.confident"));
        blocks.add(t.text("sources.period", v));
        if (request.area() != null) blocks.add(t.text("sources.area", v));
        List<Footnote> notes = c.footnotes();
        StringBuilder list = new StringBuilder(t.text("sources.list")).append("\n");
        for (String doc : notes.stream().map(Footnote::doc).distinct().sorted().toList()) {
            KnowledgeBase.DocumentView d = c.document(doc);
            list.append("\n- `").append(doc).append("`");
            if (d.title() != null && !d.title().isBlank()) list.append(" — ").append(Footnote.oneLine(d.title()));
            list.append(", ").append(d.date() == null ? t.text("undated") : d.date());
        }
        if (!notes.isEmpty()) blocks.add(list.toString());
        return new Brief.Section("sources", t.text("section.sources"), blocks);
    }

    /** One event as its type's sentence, footnoted with up to three of its reports; a single report said as such. */
    private String event(EventView e) throws SQLException {
        Map<String, String> v = new HashMap<>();
        v.put("when", c.when(e.date()));
        v.put("sides", c.sides(e.participants()));
        Object level = e.attrs().get("level");
        if (level != null) v.put("level", c.level(level.toString()));
        Object stage = e.attrs().get("stage");
        if (stage != null) v.put("stage", t.labelOr("stage." + stage, stage.toString()));
        Object agreement = e.attrs().get("agreement");
        v.put("agreement", agreement == null ? t.text("agreement.unnamed") : c.name(agreement.toString()));
        Object item = e.attrs().get("item");
        v.put("item", item == null ? "" : " (" + item + ")");
        Object body = e.attrs().get("body");
        v.put("body", body == null ? "" : c.name(body.toString()));
        Object role = e.attrs().get("role");
        v.put("role", role == null ? "" : t.labelOr("role." + role, role.toString()));
        String key = "fact." + e.type();
        if (e.attrs().get("from") != null && e.attrs().get("to") != null && t.has(key + ".directed")) {
            key += ".directed";
            v.put("giver", c.name(e.attrs().get("from").toString()));
            v.put("receiver", c.name(e.attrs().get("to").toString()));
        }
        if (e.participants().size() == 1 && t.has(key + ".one")) key += ".one";
        List<Footnote> notes = new ArrayList<>(c.reports(e));
        String sentence = c.sentence(t.has(key) ? key : "fact.MEETING", v, List.of());
        if (!e.corroboration().confident())   // with --all: the one source named in the sentence ("theo …")
            sentence = sentence.substring(0, sentence.length() - 1) + t.text("note.unconfirmed", Map.of("sources", Assessment.according(c, e))) + ".";
        String otherDates = Assessment.otherDates(c, e, notes);
        if (otherDates != null) sentence = sentence.substring(0, sentence.length() - 1) + otherDates + ".";
        StringBuilder s = new StringBuilder(sentence);
        for (Footnote f : notes) s.append("[^").append(f.number()).append("]");
        return s.toString();
    }

    /**
     * The figures dated in the period (by their own period, else their document's date) about the country: those whose
     * subject it is, and Vietnam's figures whose evidence names it (a bilateral trade turnover is read as Vietnam's).
     */
    private List<StatisticView> figures() throws SQLException {
        List<StatisticView> out = new ArrayList<>();
        List<StatisticView> candidates = new ArrayList<>(kb.statistics(new KnowledgeBase.StatisticFilter(null, request.country(), null), Page.ALL, "indicator").items());
        try (Connection conn = store.connect()) {
            if (!request.country().equals(VIETNAM))
                for (StatisticView f : kb.statistics(new KnowledgeBase.StatisticFilter(null, VIETNAM, null), Page.ALL, "indicator").items())
                    if (evidenceNames(conn, f)) candidates.add(f);
        }
        for (StatisticView f : candidates) {
            Integer year = Citations.year(f.period());
            if (year == null) year = Citations.year(c.document(f.doc()).date());
            if (year != null && year >= request.from() && year <= request.to()) out.add(f);
        }
        return out;
    }

    private boolean evidenceNames(Connection conn, StatisticView f) throws SQLException {
        try (PreparedStatement s = conn.prepareStatement("SELECT COUNT(*) FROM entity_mentions WHERE doc_id = ? AND entity_id = ? AND start_offset >= ? AND end_offset <= ?")) {
            s.setString(1, f.doc());
            s.setString(2, request.country());
            s.setInt(3, f.offset());
            s.setInt(4, f.offset() + f.evidence().length());
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getLong(1) > 0;
            }
        }
    }

    private void addTable(List<String> blocks, List<StatisticView> figures) throws SQLException {
        if (figures.isEmpty()) return;
        blocks.add(c.sentence("fact.figures", Map.of(), List.of(c.footnote(figures.get(0).doc(), figures.get(0).evidence()))));
        StringBuilder table = new StringBuilder("| ").append(t.text("table.indicator")).append(" | ").append(t.text("table.period"))
                .append(" | ").append(t.text("table.value")).append(" | ").append(t.text("table.source")).append(" |\n| --- | --- | --- | --- |");
        for (StatisticView f : figures) {
            String period = f.period() == null || f.period().isBlank() ? t.text("undated") : f.period();
            table.append("\n| ").append(indicator(t, f.indicator())).append(" | ").append(period).append(" | ").append(value(f)).append(" | [^")
                    .append(c.footnote(f.doc(), f.evidence()).number()).append("] |");
        }
        blocks.add(table.toString());
    }

    static String indicator(Templates t, String indicator) {
        return t.lang().equals("vi") ? INDICATORS_VI.getOrDefault(indicator, indicator) : indicator;
    }

    private String value(StatisticView f) {
        String n = java.text.NumberFormat.getNumberInstance(t.lang().equals("vi") ? java.util.Locale.forLanguageTag("vi") : java.util.Locale.ENGLISH).format(f.value());
        return (f.approximate() ? "~" : "") + n + (f.unit() == null || f.unit().isBlank() ? "" : " " + f.unit());
    }
}
