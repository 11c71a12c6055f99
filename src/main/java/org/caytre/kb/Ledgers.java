package org.caytre.kb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.caytre.kb.ledger.Fact;
import org.caytre.kb.ledger.Figure;
import org.caytre.kb.ledger.PartnershipLedger;
import org.caytre.kb.ledger.ReferenceTable;
import org.caytre.kb.ledger.SourceOrigin;
import org.caytre.kb.ledger.StatedCountCheck;
import org.caytre.kb.ledger.Verdict;

/**
 * Feeds the partnership ledger and the stated-count check from the store: every stored event mention is a
 * {@link Fact} and every statistic a {@link Figure}, dated by their document (its date, else its reference year),
 * so each step and verdict keeps the document and evidence it came from.
 *
 * <pre>{@code PartnershipLedger ledger = new Ledgers(store).ledger(); ledger.asOf(LocalDate.of(2020, 12, 31)) }</pre>
 */
public final class Ledgers {

    private final Store store;

    public Ledgers(Store store) { this.store = store; }

    /** The stored PARTNERSHIP mentions: the only facts the ledger reads, so a large store is not read whole. */
    public List<Fact> facts() throws SQLException { return facts(false); }

    /** With {@code foreignOnly}, only the mentions read from passages about foreign relations (classify.Relevance). */
    public List<Fact> facts(boolean foreignOnly) throws SQLException {
        List<Fact> out = new ArrayList<>();
        try (Connection c = store.connect(); PreparedStatement s = c.prepareStatement("SELECT m.doc_id, d.doc_date, d.metadata,"
                + " m.type, m.participants, m.event_date, m.attrs, m.evidence FROM event_mentions m JOIN documents d ON d.id = m.doc_id"
                + " WHERE m.type = 'PARTNERSHIP'" + (foreignOnly ? " AND " + String.format(PassageClasses.RELEVANT, "m") : "")
                + " ORDER BY m.doc_id, m.n"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                SourceOrigin.Origin origin = origin(r.getString(3));
                out.add(new Fact(r.getString(1), docDate(r.getString(2), r.getString(3)), r.getString(4), Json.stringList(r.getString(5)),
                        r.getString(6), Json.object(r.getString(7)), r.getString(8), origin.kind(), origin.outlet()));
            }
        }
        return out;
    }

    /** A stored document's kind and outlet, from the metadata JSON it was stored with. */
    static SourceOrigin.Origin origin(String metadata) {
        Map<String, Object> m = Json.object(metadata);
        return SourceOrigin.standard().of(text(m.get("type")), text(m.get("issuer")), text(m.get("url")), text(m.get("source")));
    }

    private static String text(Object o) { return o == null ? null : o.toString(); }

    public List<Figure> figures() throws SQLException { return figures(""); }

    /**
     * Only the figures whose unit or indicator ends in "partners" or "countries", the only ones the check reads (its
     * own rule decides; this spares reading every figure of a large store: 189,078 on the news bench, 3 s).
     */
    public List<Figure> partnerFigures() throws SQLException {
        return figures(" WHERE t.indicator LIKE '%partners' OR t.indicator LIKE '%countries' OR t.unit LIKE '%partners'"
                + " OR t.unit LIKE '%countries'");
    }

    private List<Figure> figures(String where) throws SQLException {
        List<Figure> out = new ArrayList<>();
        try (Connection c = store.connect(); PreparedStatement s = c.prepareStatement("SELECT t.doc_id, d.doc_date, d.metadata,"
                + " t.indicator, t.value, t.unit, t.period, t.subject, t.evidence FROM statistics t JOIN documents d ON d.id = t.doc_id"
                + where + " ORDER BY t.doc_id, t.n"); ResultSet r = s.executeQuery()) {
            while (r.next())
                out.add(new Figure(r.getString(1), docDate(r.getString(2), r.getString(3)), r.getString(4), r.getDouble(5),
                        r.getString(6), r.getString(7), r.getString(8), r.getString(9)));
        }
        return out;
    }

    /** The ledger with the analysts' decisions on claims. */
    public PartnershipLedger ledger() throws SQLException { return ledger(false); }

    /** The ledger of {@link #facts(boolean)}, with the analysts' decisions on claims. */
    public PartnershipLedger ledger(boolean foreignOnly) throws SQLException {
        return PartnershipLedger.of(facts(foreignOnly), ReferenceTable.standard(), new Reviews(store).claimDecisions());
    }

    public List<Verdict> check() throws SQLException { return check(ledger()); }

    public List<Verdict> check(PartnershipLedger ledger) throws SQLException { return new StatedCountCheck(ledger).check(figures()); }

    private static String docDate(String date, String metadata) {
        if (date != null) return date;
        Object year = Json.object(metadata).get("reference_year");
        return year == null ? null : year.toString();
    }
}
