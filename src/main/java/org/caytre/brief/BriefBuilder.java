package org.caytre.brief;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caytre.internal.DataFiles;
import org.caytre.kb.KnowledgeBase;
import org.caytre.kb.KnowledgeBase.EventFilter;
import org.caytre.kb.KnowledgeBase.EventView;
import org.caytre.kb.KnowledgeBase.Mention;
import org.caytre.kb.KnowledgeBase.StatisticView;
import org.caytre.kb.Ledgers;
import org.caytre.kb.Page;
import org.caytre.kb.Store;
import org.caytre.kb.ledger.Step;
import org.caytre.search.EntityLabels;

/**
 * Writes a country's brief from the knowledge base: the partnership ledger's steps that a document supports, the
 * events of the period (corroborated or confident ones unless {@code allEvents}) and the figures about the country,
 * one templated sentence per fact with the fact's evidence as footnotes. A fact with no document evidence is left out.
 */
public final class BriefBuilder {
    /** What to write: an ISO 3166 alpha-3 country, the years {@code from}–{@code to} (inclusive), the language. */
    public record Request(String country, int from, int to, String lang, boolean allEvents) {}

    private static final int MAX_SOURCES_PER_FACT = 3;
    private static final String VIETNAM = "VNM";
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?.*");
    private static final Set<String> POLITICAL = Set.of("VISIT", "MEETING", "PHONE_CALL", "PARTNERSHIP", "DIPLOMATIC_NOTE", "NEGOTIATION");
    private static final Set<String> ECONOMIC = Set.of("AGREEMENT", "AID");
    private static final Set<String> CITIZEN_INDICATORS = Set.of("citizens protected or repatriated", "repatriation flights");
    private static final Map<String, String> INDICATORS_VI = new HashMap<>();

    static {
        for (String[] row : DataFiles.table("/extract/indicators.tsv")) INDICATORS_VI.put(row[1], row[2]);
    }

    private final Store store;
    private final KnowledgeBase kb;
    private final Templates t;
    private final Request request;
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, Footnote> footnotes = new LinkedHashMap<>();   // doc + evidence → footnote
    private final Map<String, KnowledgeBase.DocumentView> documents = new HashMap<>();

    private BriefBuilder(Store store, Request request) {
        this.store = store;
        this.kb = new KnowledgeBase(store);
        this.t = new Templates(request.lang());
        this.request = request;
    }

    public static Brief build(Store store, Request request) throws SQLException {
        if (request.from() > request.to()) throw new IllegalArgumentException("--from " + request.from() + " is after --to " + request.to());
        return new BriefBuilder(store, request).build();
    }

    private Brief build() throws SQLException {
        String from = String.valueOf(request.from()), to = String.valueOf(request.to());
        EventFilter period = new EventFilter(request.country(), null, from, to);
        if (!request.allEvents()) period = period.confidentOnly();
        List<EventView> events = kb.events(period);
        List<Step> history = new Ledgers(store).ledger().history(request.country());

        List<String> general = new ArrayList<>(), political = new ArrayList<>(), economic = new ArrayList<>(),
                multilateral = new ArrayList<>(), citizens = new ArrayList<>();
        LocalDate end = LocalDate.of(request.to(), 12, 31);
        for (Step s : history) {
            if (s.doc() == null || s.evidence() == null) continue;   // a reference row has no document to cite
            if (s.holdsOn(end))
                general.add(sentence("fact.level_now", Map.of("level", level(s.level().name()), "since", s.since()), List.of(footnote(s.doc(), s.evidence()))));
            int year = s.from().getYear();
            if (year >= request.from() && year <= request.to())
                political.add((s.from() + "\u0000") + sentence("fact.step", Map.of("level", level(s.level().name()), "when", when(s.since())), List.of(footnote(s.doc(), s.evidence()))));
        }
        EventFilter relations = new EventFilter(request.country(), "DIPLOMATIC_RELATIONS", null, null);
        for (EventView e : kb.events(request.allEvents() ? relations : relations.confidentOnly())) general.add(event(e));
        for (EventView e : events) {
            if (e.type().equals("PARTNERSHIP") && statedByStep(e, history)) continue;   // the ledger's step already says it
            boolean withOrganisation = e.participants().stream().anyMatch(p -> p.startsWith("ORG:"));
            if (e.type().equals("MULTILATERAL_ROLE") || (withOrganisation && POLITICAL.contains(e.type()))) multilateral.add(event(e));
            else if (POLITICAL.contains(e.type())) political.add(e.date() + "\u0000" + event(e));
            else if (ECONOMIC.contains(e.type())) economic.add(event(e));
            else if (e.type().equals("CITIZEN_PROTECTION")) citizens.add(event(e));
        }
        // the ledger's steps and the events in one chronology: sorted by the date put before each, then the date dropped
        political.sort(null);
        political.replaceAll(p -> p.substring(p.indexOf('\u0000') + 1));
        List<StatisticView> figures = figures();
        addTable(economic, figures.stream().filter(f -> !CITIZEN_INDICATORS.contains(f.indicator())).toList());
        addTable(citizens, figures.stream().filter(f -> CITIZEN_INDICATORS.contains(f.indicator())).toList());

        List<Brief.Section> sections = new ArrayList<>();
        sections.add(section("general", general));
        sections.add(section("political", political));
        sections.add(section("economic", economic));
        sections.add(section("multilateral", multilateral));
        sections.add(section("citizens", citizens));
        sections.add(sources());
        return renumbered(new Brief(t.text("title", values()), sections, List.copyOf(footnotes.values()), t.text("undated"), List.of()));
    }

    private static final Pattern MARKER = Pattern.compile("\\[\\^(\\d+)]");

    private static final Pattern MARKER_RUN = Pattern.compile("(?:\\[\\^\\d+])+");

    /** Each run of adjacent markers ({@code [^7][^5]}) in ascending order. */
    private static String sortedRuns(String block) {
        return MARKER_RUN.matcher(block).replaceAll(run -> Matcher.quoteReplacement(MARKER.matcher(run.group()).results()
                .map(m -> Integer.valueOf(m.group(1))).sorted().map(n -> "[^" + n + "]").reduce("", String::concat)));
    }

    /** The brief with its footnotes numbered in the order the text first cites them. */
    private static Brief renumbered(Brief b) {
        Map<Integer, Integer> order = new LinkedHashMap<>();
        for (Brief.Section s : b.sections())
            for (String block : s.blocks()) {
                Matcher m = MARKER.matcher(block);
                while (m.find()) order.putIfAbsent(Integer.valueOf(m.group(1)), order.size() + 1);
            }
        List<Brief.Section> sections = b.sections().stream().map(s -> new Brief.Section(s.key(), s.heading(),
                s.blocks().stream().map(block -> sortedRuns(MARKER.matcher(block).replaceAll(m -> "[^" + order.get(Integer.valueOf(m.group(1))) + "]"))).toList())).toList();
        List<Footnote> notes = b.footnotes().stream().filter(f -> order.containsKey(f.number()))
                .map(f -> new Footnote(order.get(f.number()), f.doc(), f.title(), f.date(), f.evidence()))
                .sorted(java.util.Comparator.comparingInt(Footnote::number)).toList();
        return new Brief(b.title(), sections, notes, b.undated(), b.charts());
    }

    private static boolean statedByStep(EventView e, List<Step> history) {
        Object level = e.attrs().get("level");
        return e.date() != null && history.stream().anyMatch(s -> s.doc() != null && s.level().name().equals(level)
                && (e.date().startsWith(s.since()) || s.since().startsWith(e.date())));
    }

    private Brief.Section section(String key, List<String> blocks) {
        return new Brief.Section(key, t.text("section." + key), blocks.isEmpty() ? List.of(t.text("nothing." + key, values())) : blocks);
    }

    private Brief.Section sources() throws SQLException {
        List<String> blocks = new ArrayList<>();
        Map<String, String> v = values();
        v.put("filter", t.text(request.allEvents() ? "filter.all" : "filter.confident"));
        blocks.add(t.text("sources.period", v));
        StringBuilder list = new StringBuilder(t.text("sources.list")).append("\n");
        footnotes.values().stream().map(Footnote::doc).distinct().sorted().forEach(doc -> {
            KnowledgeBase.DocumentView d = documents.get(doc);
            list.append("\n- `").append(doc).append("`");
            if (d.title() != null && !d.title().isBlank()) list.append(" — ").append(Footnote.oneLine(d.title()));
            list.append(", ").append(d.date() == null ? t.text("undated") : d.date());
        });
        if (!footnotes.isEmpty()) blocks.add(list.toString());
        return new Brief.Section("sources", t.text("section.sources"), blocks);
    }

    /** One event as its type's sentence, footnoted with up to three of its reports. */
    private String event(EventView e) throws SQLException {
        Map<String, String> v = new HashMap<>();
        v.put("when", when(e.date()));
        v.put("sides", sides(e.participants()));
        Object level = e.attrs().get("level");
        if (level != null) v.put("level", level(level.toString()));
        Object stage = e.attrs().get("stage");
        if (stage != null) v.put("stage", t.labelOr("stage." + stage, stage.toString()));
        Object agreement = e.attrs().get("agreement");
        v.put("agreement", agreement == null ? t.text("agreement.unnamed") : name(agreement.toString()));
        Object item = e.attrs().get("item");
        v.put("item", item == null ? "" : " (" + item + ")");
        Object body = e.attrs().get("body");
        v.put("body", body == null ? "" : name(body.toString()));
        Object role = e.attrs().get("role");
        v.put("role", role == null ? "" : role.toString());
        List<Footnote> notes = new ArrayList<>();
        for (Mention m : e.mentions()) {
            if (notes.size() == MAX_SOURCES_PER_FACT) break;
            Footnote f = footnote(m.doc(), m.evidence());
            if (!notes.contains(f)) notes.add(f);
        }
        String key = "fact." + e.type();
        if (e.attrs().get("from") != null && e.attrs().get("to") != null && t.has(key + ".directed")) {
            key += ".directed";
            v.put("giver", name(e.attrs().get("from").toString()));
            v.put("receiver", name(e.attrs().get("to").toString()));
        }
        return sentence(t.has(key) ? key : "fact.MEETING", v, notes);
    }

    private String sentence(String key, Map<String, String> slots, List<Footnote> notes) {
        Map<String, String> v = values();
        v.putAll(slots);
        StringBuilder s = new StringBuilder(t.text(key, v));
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
        try (Connection c = store.connect()) {
            if (!request.country().equals(VIETNAM))
                for (StatisticView f : kb.statistics(new KnowledgeBase.StatisticFilter(null, VIETNAM, null), Page.ALL, "indicator").items())
                    if (evidenceNames(c, f)) candidates.add(f);
        }
        for (StatisticView f : candidates) {
            Integer year = year(f.period());
            if (year == null) year = year(document(f.doc()).date());
            if (year != null && year >= request.from() && year <= request.to()) out.add(f);
        }
        return out;
    }

    private boolean evidenceNames(Connection c, StatisticView f) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM entity_mentions WHERE doc_id = ? AND entity_id = ? AND start_offset >= ? AND end_offset <= ?")) {
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
        blocks.add(figuresSentence(figures));
        StringBuilder table = new StringBuilder("| ").append(t.text("table.indicator")).append(" | ").append(t.text("table.period"))
                .append(" | ").append(t.text("table.value")).append(" | ").append(t.text("table.source")).append(" |\n| --- | --- | --- | --- |");
        for (StatisticView f : figures) {
            String indicator = t.lang().equals("vi") ? INDICATORS_VI.getOrDefault(f.indicator(), f.indicator()) : f.indicator();
            String period = f.period() == null || f.period().isBlank() ? t.text("undated") : f.period();
            table.append("\n| ").append(indicator).append(" | ").append(period).append(" | ").append(value(f)).append(" | [^")
                    .append(footnote(f.doc(), f.evidence()).number()).append("] |");
        }
        blocks.add(table.toString());
    }

    /** The sentence introducing a table, footnoted with the first figure's source (every row carries its own). */
    private String figuresSentence(List<StatisticView> figures) throws SQLException {
        return sentence("fact.figures", Map.of(), List.of(footnote(figures.get(0).doc(), figures.get(0).evidence())));
    }

    private String value(StatisticView f) {
        String n = java.text.NumberFormat.getNumberInstance(t.lang().equals("vi") ? java.util.Locale.forLanguageTag("vi") : java.util.Locale.ENGLISH).format(f.value());
        return (f.approximate() ? "~" : "") + n + (f.unit() == null || f.unit().isBlank() ? "" : " " + f.unit());
    }

    private Footnote footnote(String doc, String evidence) throws SQLException {
        String key = doc + "\u0000" + evidence;
        Footnote known = footnotes.get(key);
        if (known != null) return known;
        KnowledgeBase.DocumentView d = document(doc);
        Footnote f = new Footnote(footnotes.size() + 1, doc, d.title(), d.date(), evidence);
        footnotes.put(key, f);
        return f;
    }

    private KnowledgeBase.DocumentView document(String id) throws SQLException {
        KnowledgeBase.DocumentView d = documents.get(id);
        if (d == null) {
            d = kb.document(id).orElseThrow(() -> new IllegalStateException("the store names document " + id + " but does not hold it"));
            documents.put(id, d);
        }
        return d;
    }

    private Map<String, String> values() {
        Map<String, String> v = new HashMap<>();
        v.put("country", name(request.country()));
        v.put("from", String.valueOf(request.from()));
        v.put("to", String.valueOf(request.to()));
        return v;
    }

    private String level(String level) { return t.labelOr("level." + level, level); }

    private String name(String id) {
        return names.computeIfAbsent(id, i -> EntityLabels.label(i).get(t.lang().equals("vi") ? 0 : 1));
    }

    private String sides(List<String> participants) {
        List<String> named = participants.stream().map(this::name).toList();
        String and = t.lang().equals("vi") ? " và " : " and ";
        if (named.size() <= 2) return String.join(and, named);
        return String.join(", ", named.subList(0, named.size() - 1)) + and + named.get(named.size() - 1);
    }

    /** An ISO date (or range: its start) as the "when" phrase that opens a sentence. */
    private String when(String iso) {
        Matcher m = iso == null ? null : ISO.matcher(iso);
        String phrase;
        if (m == null || !m.matches()) phrase = t.text("when.none");
        else {
            Map<String, String> v = new HashMap<>();
            v.put("y", m.group(1));
            if (m.group(2) != null) v.put("m", t.lang().equals("vi") ? String.valueOf(Integer.parseInt(m.group(2))) : m.group(2));
            if (m.group(3) != null) v.put("d", t.lang().equals("vi") ? String.valueOf(Integer.parseInt(m.group(3))) : m.group(3));
            phrase = t.text(m.group(3) != null ? "when.day" : m.group(2) != null ? "when.month" : "when.year", v);
        }
        return phrase;
    }

    private static Integer year(String iso) {
        if (iso == null) return null;
        Matcher m = ISO.matcher(iso);
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }
}
