package org.caytre.brief;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caytre.internal.DataFiles;
import org.caytre.kb.KnowledgeBase;
import org.caytre.kb.KnowledgeBase.StatisticView;
import org.caytre.kb.Page;
import org.caytre.kb.Store;

/**
 * The figures a brief tables: read from the store (a country's, or those of a set of documents), kept only when their
 * indicator and unit agree ({@link FigureUnits}), and written as a table whose every row cites its evidence.
 */
final class Figures {
    static final Set<String> CITIZEN_INDICATORS = Set.of("citizens protected or repatriated", "repatriation flights");
    private static final String VIETNAM = "VNM";
    private static final Map<String, String> INDICATORS_VI = new HashMap<>();

    static {
        for (String[] row : DataFiles.table("/extract/indicators.tsv")) INDICATORS_VI.put(row[1], row[2]);
    }

    /** What a brief may table and how many figures it left out because their indicator and unit disagree. */
    record Kept(List<StatisticView> figures, int leftOut) {}

    private final Store store;
    private final KnowledgeBase kb;
    private final Citations c;

    Figures(Store store, KnowledgeBase kb, Citations c) {
        this.store = store;
        this.kb = kb;
        this.c = c;
    }

    /**
     * The figures dated in {@code from}–{@code to} (by their own period, else their document's date) about
     * {@code country}: those whose subject it is, and Vietnam's figures whose evidence names it (a bilateral trade
     * turnover is read as Vietnam's); with {@code foreignOnly} only those read from passages about foreign relations.
     */
    Kept aboutCountry(String country, int from, int to, boolean foreignOnly) throws SQLException {
        List<StatisticView> candidates = new ArrayList<>(statistics(new KnowledgeBase.StatisticFilter(null, country, null), foreignOnly));
        try (Connection conn = store.connect()) {
            if (!country.equals(VIETNAM))
                for (StatisticView f : statistics(new KnowledgeBase.StatisticFilter(null, VIETNAM, null), foreignOnly))
                    if (evidenceNames(conn, f, country)) candidates.add(f);
        }
        List<StatisticView> out = new ArrayList<>();
        for (StatisticView f : candidates) {
            Integer year = Citations.year(f.period());
            if (year == null) year = Citations.year(c.document(f.doc()).date());
            if (year != null && year >= from && year <= to) out.add(f);
        }
        return trusted(out);
    }

    /** Every figure read from {@code docs} (in their order) that the brief may read, with {@code foreignOnly} only from passages about foreign relations. */
    Kept inDocuments(Collection<String> docs, boolean foreignOnly) throws SQLException {
        List<StatisticView> out = new ArrayList<>();
        for (String doc : docs)
            for (StatisticView f : statistics(new KnowledgeBase.StatisticFilter(null, null, doc), foreignOnly))
                if (c.coverage().covers(f.doc(), f.offset())) out.add(f);
        return trusted(out);
    }

    private List<StatisticView> statistics(KnowledgeBase.StatisticFilter f, boolean foreignOnly) throws SQLException {
        return kb.statistics(f.classified(f.area(), foreignOnly), Page.ALL, "indicator").items();
    }

    private static Kept trusted(List<StatisticView> figures) {
        List<StatisticView> kept = figures.stream().filter(f -> FigureUnits.agree(f.indicator(), f.unit())).toList();
        return new Kept(kept, figures.size() - kept.size());
    }

    private static boolean evidenceNames(Connection conn, StatisticView f, String country) throws SQLException {
        try (PreparedStatement s = conn.prepareStatement("SELECT COUNT(*) FROM entity_mentions WHERE doc_id = ? AND entity_id = ? AND start_offset >= ? AND end_offset <= ?")) {
            s.setString(1, f.doc());
            s.setString(2, country);
            s.setInt(3, f.offset());
            s.setInt(4, f.offset() + f.evidence().length());
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getLong(1) > 0;
            }
        }
    }

    /**
     * The table of {@code figures} (each row citing its evidence) after the sentence introducing it; nothing when there
     * is none. {@code withSubject}: a column naming whose figure it is (a search's figures are about anyone).
     */
    void addTable(List<String> blocks, List<StatisticView> figures, String introKey, boolean withSubject) throws SQLException {
        if (figures.isEmpty()) return;
        Templates t = c.t;
        blocks.add(c.sentence(introKey, Map.of(), List.of(c.footnote(figures.get(0).doc(), figures.get(0).evidence()))));
        StringBuilder table = new StringBuilder("| ");
        if (withSubject) table.append(t.text("table.subject")).append(" | ");
        table.append(t.text("table.indicator")).append(" | ").append(t.text("table.period"))
                .append(" | ").append(t.text("table.value")).append(" | ").append(t.text("table.source")).append(" |\n| --- | --- | --- | --- |");
        if (withSubject) table.append(" --- |");
        for (StatisticView f : figures) {
            String period = f.period() == null || f.period().isBlank() ? t.text("undated") : f.period();
            table.append("\n| ");
            if (withSubject) table.append(f.subject() == null || f.subject().isBlank() ? "—" : c.name(f.subject())).append(" | ");
            table.append(indicator(t, f.indicator())).append(" | ").append(period).append(" | ").append(value(t, f)).append(" | [^")
                    .append(c.footnote(f.doc(), f.evidence()).number()).append("] |");
        }
        blocks.add(table.toString());
    }

    /** The sentence saying how many figures were left out of the table (null when none was). */
    String leftOutSentence(int leftOut) {
        if (leftOut == 0) return null;
        return c.t.text("figures.left_out", Map.of("n", String.valueOf(leftOut)));
    }

    static String indicator(Templates t, String indicator) {
        return t.lang().equals("vi") ? INDICATORS_VI.getOrDefault(indicator, indicator) : indicator;
    }

    private static String value(Templates t, StatisticView f) {
        String n = java.text.NumberFormat.getNumberInstance(t.lang().equals("vi") ? java.util.Locale.forLanguageTag("vi") : java.util.Locale.ENGLISH).format(f.value());
        return (f.approximate() ? "~" : "") + n + (f.unit() == null || f.unit().isBlank() ? "" : " " + f.unit());
    }
}
