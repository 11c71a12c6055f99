package org.caytre.brief;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caytre.classify.Area;
import org.caytre.kb.KnowledgeBase;
import org.caytre.kb.KnowledgeBase.EventFilter;
import org.caytre.kb.KnowledgeBase.EventView;
import org.caytre.kb.KnowledgeBase.StatisticView;
import org.caytre.kb.Ledgers;
import org.caytre.kb.Store;
import org.caytre.kb.ledger.PartnershipLedger;
import org.caytre.kb.ledger.Step;

/**
 * Writes a brief from the knowledge base: for a country, the partnership ledger's steps that a document supports, the
 * events of the period and the figures about the country; for an area of work alone (multilateral diplomacy), the
 * events of the period with a report in a passage of that area; for a search, the events and figures read from the
 * documents it returned, cited from those documents only. Corroborated or confident events only unless
 * {@code allEvents}; by default only what was read from passages about foreign relations; one templated sentence per
 * fact with the fact's evidence as footnotes; a fact with no document evidence is left out. The Đánh giá section says
 * what changed ({@link Assessment}).
 */
public final class BriefBuilder {
    /**
     * What to write: an ISO 3166 alpha-3 country or null, the years {@code from}–{@code to} (inclusive), the language,
     * an area of work (null: all) that filters the events (with no country the brief is the area's), whether only
     * passages about foreign relations count ({@code foreignOnly}), and a search's documents ({@code scope}, null for a
     * country's or an area's brief; its period is the span of the events it states).
     */
    public record Request(String country, int from, int to, String lang, boolean allEvents, Area area, boolean foreignOnly, SearchScope scope) {
        public Request(String country, int from, int to, String lang, boolean allEvents) { this(country, from, to, lang, allEvents, null, true, null); }

        public Request {
            if (country == null && area == null && scope == null) throw new IllegalArgumentException("a brief needs a country, an area or a search");
            if (from > to) throw new IllegalArgumentException("--from " + from + " is after --to " + to);
        }

        /**
         * A request from what a person typed: {@code country} an ISO code or any name (or null), {@code area} an area
         * code (or null); an IllegalArgumentException with a one-line reason for a bad value. The option names are the
         * CLI's (the API's parameters have the same names without the dashes).
         */
        public static Request parse(String country, String area, int from, int to, String lang, boolean allEvents, boolean foreignOnly) {
            if (country == null && area == null) throw new IllegalArgumentException("give --country, --area or both");
            String iso = country == null ? null : org.caytre.search.EntityIds.country(country);
            if (country != null && (iso == null || org.caytre.search.EntityLabels.label(iso).get(1).equals(iso)))
                throw new IllegalArgumentException("unknown country code '" + country.strip() + "'");
            Area topic = area == null ? null : Area.parse(area);
            return new Request(iso, from, to, language(lang), allEvents, topic, foreignOnly, null);
        }

        /** The brief of a search's documents; its years are set from the events once they are read. */
        public static Request search(SearchScope scope, String lang, boolean allEvents, boolean foreignOnly) {
            int year = LocalDate.now().getYear();
            return new Request(null, year, year, language(lang), allEvents, null, foreignOnly, scope);
        }

        private static String language(String lang) {
            if (!"vi".equals(lang) && !"en".equals(lang)) throw new IllegalArgumentException("--lang must be vi or en, not '" + lang + "'");
            return lang;
        }

        Request spanning(int first, int last) { return new Request(country, first, last, lang, allEvents, area, foreignOnly, scope); }

        /** The stem of the chart files: {@code USA-2020-2024}, {@code USA-economic-2020-2024}, {@code multilateral-2020-2024}, {@code search-tau-san-bay}. */
        public String stem() {
            if (scope != null) return scope.stem();
            return (country == null ? "" : country + "-") + (area == null ? "" : area.code() + "-") + from + "-" + to;
        }
    }

    private static final String VIETNAM = "VNM";
    private static final Set<String> POLITICAL = Set.of("VISIT", "MEETING", "PHONE_CALL", "PARTNERSHIP", "DIPLOMATIC_NOTE", "NEGOTIATION");
    private static final Set<String> ECONOMIC = Set.of("AGREEMENT", "AID");

    private final Store store;
    private final KnowledgeBase kb;
    private final Request request;
    private final List<EventView> all;
    private final Citations c;
    private final Templates t;
    private final Figures figures;
    private final List<Chart> charts = new ArrayList<>();

    private BriefBuilder(Store store, KnowledgeBase kb, Request request, List<EventView> all, Coverage coverage) {
        this.store = store;
        this.kb = kb;
        this.request = request;
        this.all = all;
        this.t = new Templates(request.lang());
        Map<String, String> base = new HashMap<>();
        base.put("country", org.caytre.search.EntityLabels.label(request.country() == null ? VIETNAM : request.country()).get(t.lang().equals("vi") ? 0 : 1));
        base.put("from", String.valueOf(request.from()));
        base.put("to", String.valueOf(request.to()));
        base.put("area", request.area() == null ? "" : t.lang().equals("vi") ? request.area().vietnamese() : request.area().english());
        if (request.scope() != null) base.put("query", SearchBriefs.query(t, request.scope()));
        this.c = new Citations(kb, t, base, coverage);
        this.figures = new Figures(store, kb, c);
    }

    public static Brief build(Store store, Request request) throws SQLException {
        KnowledgeBase kb = new KnowledgeBase(store);
        Coverage coverage = Coverage.of(store, request.scope());
        List<EventView> all;
        if (request.scope() == null) {
            all = kb.events(filter(request, null, String.valueOf(request.from()), String.valueOf(request.to())));
        } else {   // every event with a report in the search's documents (or passages), whatever its date; the period is theirs
            all = kb.events(filter(request, null, null, null)).stream()
                    .filter(e -> e.mentions().stream().anyMatch(m -> coverage.covers(m.doc(), m.offset()))).toList();
            List<Integer> years = all.stream().map(e -> Citations.year(e.date())).filter(java.util.Objects::nonNull).sorted().toList();
            if (!years.isEmpty()) request = request.spanning(years.get(0), years.get(years.size() - 1));
        }
        return new BriefBuilder(store, kb, request, all, coverage).build();
    }

    private static EventFilter filter(Request request, String type, String from, String to) {
        return new EventFilter(request.country(), type, from, to).classified(request.area(), request.foreignOnly());
    }

    private Brief build() throws SQLException {
        List<EventView> events = request.allEvents() ? all : all.stream().filter(e -> e.corroboration().confident()).toList();
        List<EventView> unconfirmed = all.stream().filter(e -> !e.corroboration().confident()).toList();
        PartnershipLedger ledger = request.country() == null ? null : new Ledgers(store).ledger(request.foreignOnly());
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
            EventFilter relations = filter(request, "DIPLOMATIC_RELATIONS", null, null);
            for (EventView e : kb.events(request.allEvents() ? relations : relations.confidentOnly())) general.add(event(e));
        }
        List<EventView> stated = new ArrayList<>();
        for (EventView e : events) {
            if (e.type().equals("PARTNERSHIP") && statedByStep(e, history)) continue;   // the ledger's step already says it
            boolean withOrganisation = e.participants().stream().anyMatch(p -> p.startsWith("ORG:"));
            boolean areaBrief = request.country() == null && request.scope() == null;
            List<String> into = null;
            if (e.type().equals("MULTILATERAL_ROLE") && areaBrief) into = general;   // an area's brief opens with Vietnam's roles
            else if (e.type().equals("MULTILATERAL_ROLE") || (withOrganisation && POLITICAL.contains(e.type()))) into = multilateral;
            else if (POLITICAL.contains(e.type())) political.add(e.date() + "\u0000" + event(e));
            else if (ECONOMIC.contains(e.type())) into = economic;
            else if (e.type().equals("CITIZEN_PROTECTION")) into = citizens;
            else if (e.type().equals("DIPLOMATIC_RELATIONS") && request.scope() != null) into = general;
            if (into != null) into.add(event(e));
            if (into != null || POLITICAL.contains(e.type())) stated.add(e);
        }
        // the ledger's steps and the events in one chronology: sorted by the date put before each, then the date dropped
        political.sort(null);
        political.replaceAll(p -> p.substring(p.indexOf('\u0000') + 1));
        Figures.Kept kept = request.scope() != null ? figures.inDocuments(request.scope().docs(), request.foreignOnly())
                : request.country() != null ? figures.aboutCountry(request.country(), request.from(), request.to(), request.foreignOnly())
                : new Figures.Kept(List.of(), 0);
        if (request.area() == null || request.area() == Area.ECONOMIC) {
            List<StatisticView> trade = kept.figures().stream().filter(f -> !Figures.CITIZEN_INDICATORS.contains(f.indicator())).toList();
            figures.addTable(economic, trade, request.scope() == null ? "fact.figures" : "fact.figures.search", request.scope() != null);
            Chart chart = Assessment.tradeChart(t, request.stem() + "-trade.svg", trade);
            if (chart != null) economic.add(figure(chart));
        }
        if (request.area() == null || request.area() == Area.CITIZENS)
            figures.addTable(citizens, kept.figures().stream().filter(f -> Figures.CITIZEN_INDICATORS.contains(f.indicator())).toList(),
                    request.scope() == null ? "fact.figures" : "fact.figures.search", request.scope() != null);
        String leftOut = request.area() == null || request.area() == Area.ECONOMIC || request.area() == Area.CITIZENS
                ? figures.leftOutSentence(kept.leftOut()) : null;   // said where the tables are
        if (leftOut != null) economic.add(leftOut);
        Assessment assessment = new Assessment(c, request, stated, unconfirmed, history, ledger == null ? List.of() : ledger.claims(request.country()));
        List<String> assessed = assessment.sentences(request.stem() + "-events.svg");
        if (assessment.chart() != null) charts.add(assessment.chart());

        String kind = request.scope() != null ? "search." : request.country() == null ? "area." : "";
        List<Brief.Section> sections = new ArrayList<>();
        if (request.scope() != null) {
            general.add(0, SearchBriefs.scopeSentence(t, c.values(), request.scope(), stated.size(), kept.figures().size()));
            if (stated.isEmpty() && unconfirmed.isEmpty() && kept.figures().isEmpty()) {   // nothing to cite: say so once, not in six sections
                general.add(t.text("nothing.search.all", c.values()));
                if (leftOut != null) general.add(leftOut);
                sections.add(new Brief.Section("general", t.text("section.general"), general));
                sections.add(sources());
                return Renumbering.renumbered(new Brief(title(), sections, c.footnotes(), t.text("undated"), charts));
            }
        }
        sections.add(section("general", kind, general));
        sections.add(section("political", kind, political));
        sections.add(section("economic", kind, economic));
        sections.add(section("multilateral", kind, multilateral));
        sections.add(section("citizens", kind, citizens));
        sections.add(section("assessment", kind, assessed));
        sections.add(sources());
        return Renumbering.renumbered(new Brief(title(), sections, c.footnotes(), t.text("undated"), charts));
    }

    private String title() {
        String key = request.scope() != null ? "title.search" : request.country() == null ? "title.area" : request.area() == null ? "title" : "title.country_area";
        return t.text(key, c.values());
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
        v.put("passages", t.text(request.foreignOnly() ? "passages.foreign" : "passages.all"));
        blocks.add(t.text(request.scope() == null ? "sources.period" : "sources.search", v));
        if (request.area() != null) blocks.add(t.text("sources.area", v));
        // a search's brief lists every document it used; another lists the documents its footnotes cite
        List<String> docs = request.scope() != null ? request.scope().docs() : c.footnotes().stream().map(Footnote::doc).distinct().sorted().toList();
        StringBuilder list = new StringBuilder(t.text("sources.list")).append("\n");
        for (String doc : docs) {
            KnowledgeBase.DocumentView d = c.document(doc);
            list.append("\n- `").append(doc).append("`");
            if (d.title() != null && !d.title().isBlank()) list.append(" — ").append(Footnote.oneLine(d.title()));
            list.append(", ").append(d.date() == null ? t.text("undated") : d.date());
        }
        if (!docs.isEmpty()) blocks.add(list.toString());
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
}
