package org.caytre.kb;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.caytre.extract.Extraction;
import org.caytre.extract.ExtractionJson;
import org.caytre.model.Document;
import org.caytre.model.EntityMention;
import org.caytre.model.Event;
import org.caytre.model.Footnote;
import org.caytre.model.Paragraph;
import org.caytre.model.PersonMention;
import org.caytre.model.Statistic;

/**
 * The ingest transaction: documents in, one transaction for a batch of them ({@link #writeAll}), so that each
 * document is entirely in the store or not at all. A document whose content hash is already stored is left alone; a
 * new version of a stored source replaces the old one and everything derived from it; the events of every identity
 * class the documents touch (before or after) are recomputed from their mentions before the commit, so a crash at
 * any moment leaves either the old state or the new one. The statements are prepared once per connection and the
 * rows of the large tables sent in one JDBC batch per table and transaction — on PostgreSQL one {@code COPY} per
 * table and transaction ({@link Load}). Not thread-safe: the ingest has one writer.
 */
public final class DocumentWriter implements AutoCloseable {
    /** Stored with every document, so a later pipeline can tell what produced its rows. */
    public static final String PIPELINE_VERSION = "caytre-0.1";
    private static final int MAX_NAMES = 20;

    public enum Outcome { STORED, REPLACED, UNCHANGED }

    /** How the rows of the large tables (passages, mentions, statistics) reach PostgreSQL: {@code COPY} in the
     *  writer's transaction (the default), or batched multi-row INSERTs. SQLite always takes the INSERTs. */
    public enum Load { COPY, INSERT }

    private static final CopyRows.Table PASSAGES = new CopyRows.Table("passages", "id", "doc_id", "kind", "ordinal", "section",
            "start_offset", "end_offset", "text", "marker_offset", "section_path", "relevance", "areas");
    private static final CopyRows.Table ENTITY_MENTIONS = new CopyRows.Table("entity_mentions", "doc_id", "n", "entity_id",
            "start_offset", "end_offset", "text");
    private static final CopyRows.Table EVENT_MENTIONS = new CopyRows.Table("event_mentions", "doc_id", "n", "event_id", "class_key",
            "type", "participants", "people", "event_date", "attrs", "evidence", "start_offset", "end_offset", "rule", "relevance", "areas");
    private static final CopyRows.Table DATE_MENTIONS = new CopyRows.Table("date_mentions", "doc_id", "n", "start_offset", "end_offset",
            "text", "value", "date_precision");
    private static final CopyRows.Table STATISTICS = new CopyRows.Table("statistics", "doc_id", "n", "indicator", "value", "unit",
            "period", "subject", "approximate", "evidence", "start_offset", "end_offset", "rule", "relevance", "areas");

    /** One document of a batch once it is committed: its outcome and id; or why it failed, in which case nothing of
     *  it is kept. */
    public record Written(PreparedDocument document, Outcome outcome, String id, Exception failure) {}

    private final Store store;
    private final boolean copy;
    private Statements c;                                                  // null after a failed write, until the next
    private final Map<String, Set<String>> knownNames = new HashMap<>();   // committed entity names, to skip upserts
    private final Set<String> touchedClasses = new TreeSet<>();            // of the open transaction, recomputed at its end

    public DocumentWriter(Store store) throws SQLException { this(store, Load.COPY); }

    public DocumentWriter(Store store, Load load) throws SQLException {
        this.store = store;
        this.copy = load == Load.COPY && store.isPostgres();
        this.c = connect();
    }

    private Statements connect() throws SQLException {
        Connection c = store.connect();
        c.setAutoCommit(false);
        return new Statements(c, copy);
    }

    private String lastId;

    /**
     * Writes the documents in one transaction and commits it; only then are they in the store (tell nobody that
     * a document is stored before this returns). When a document cannot be stored for a reason of its own, the
     * transaction is rolled back and the documents are written again one transaction each, so only that one fails.
     * A fault of the store itself (full, read-only, damaged: {@link StorageFault#isStorage}) throws a
     * {@link StorageFault} naming the document and the cause, with nothing of the batch kept.
     *
     * <p>On failure SQLite may already have rolled the transaction back itself (a full disk, say), after which an
     * explicit rollback fails and the connection would go on in auto-commit mode, so the connection is dropped and
     * the next write opens a fresh one.
     */
    public List<Written> writeAll(List<PreparedDocument> documents) {
        List<Written> out = new ArrayList<>();
        PreparedDocument current = null;
        try {
            if (c == null) c = connect();
            for (PreparedDocument d : documents) {
                current = d;
                Outcome outcome = writeInTransaction(d);
                out.add(new Written(d, outcome, lastId, null));
            }
            current = null;
            finishTransaction();
            c.commit();
            return out;
        } catch (SQLException | RuntimeException e) {
            abandon(e);
            if (e instanceof StorageFault f) throw f;
            if (StorageFault.isStorage(e)) {
                String which = current != null ? current.source() : documents.get(0).source()
                        + (documents.size() > 1 ? " (and " + (documents.size() - 1) + " more documents of its transaction)" : "");
                throw new StorageFault("cannot store " + which + " in " + store.where() + ": " + StorageFault.describe(e), e);
            }
            if (documents.size() == 1) return List.of(new Written(documents.get(0), null, null, e));
            List<Written> alone = new ArrayList<>();   // which one failed, and the others stored without it
            for (PreparedDocument d : documents) alone.addAll(writeAll(List.of(d)));
            return alone;
        }
    }

    /** Rolls back and drops the connection after a failure (see {@link #writeAll}); later failures are suppressed in {@code e}. */
    private void abandon(Exception e) {
        knownNames.clear();   // the cache may hold names of the rolled-back documents
        touchedClasses.clear();
        if (c == null) return;
        try {
            c.connection().rollback();
        } catch (SQLException rollback) {
            e.addSuppressed(rollback);
        }
        try {
            c.close();
        } catch (SQLException close) {
            e.addSuppressed(close);
        }
        c = null;
    }

    /** Sends the batched rows and recomputes the events of the classes the transaction touched (the events of a
     *  class are a function of its mentions alone, so once at the end gives what once per document gave). */
    private void finishTransaction() throws SQLException {
        c.flush();
        for (String classKey : touchedClasses) recompute(classKey);
        touchedClasses.clear();
        c.flush();
    }

    private Outcome writeInTransaction(PreparedDocument d) throws SQLException {
        // one query for the three questions: is this source stored (and is it this content), is this content stored
        // under another source (a copied file would count its events twice), is the wanted id taken
        String wanted = d.name() == null || d.name().isBlank() ? "doc" : d.name();
        String oldId = null, sameContent = null;
        boolean idTaken = false;
        PreparedStatement s = c.get("SELECT id, source, content_hash FROM documents WHERE source = ? OR content_hash = ? OR id = ?");
        s.setString(1, d.source());
        s.setString(2, d.contentHash());
        s.setString(3, wanted);
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                String id = r.getString(1);
                if (r.getString(2).equals(d.source())) {
                    if (r.getString(3).equals(d.contentHash())) {
                        lastId = id;
                        return Outcome.UNCHANGED;
                    }
                    oldId = id;
                } else if (r.getString(3).equals(d.contentHash()) && (sameContent == null || id.compareTo(sameContent) < 0)) {
                    sameContent = id;
                }
                idTaken |= id.equals(wanted);
            }
        }
        if (oldId == null && sameContent != null) {
            lastId = sameContent;
            return Outcome.UNCHANGED;
        }
        List<String> oldEntities = List.of();
        String docId;
        if (oldId != null) {
            c.flush();   // the old version's rows may still be in this transaction's batches
            touchedClasses.addAll(c.strings("SELECT DISTINCT class_key FROM event_mentions WHERE doc_id = ?", oldId));
            oldEntities = c.strings("SELECT DISTINCT entity_id FROM entity_mentions WHERE doc_id = ?", oldId);
            delete(oldId);
            docId = oldId;
        } else {
            docId = idTaken ? wanted + "~" + EventMerger.id(d.source()).substring(3) : wanted;   // another source has this name
        }
        lastId = docId;
        Extraction x = d.extraction();
        PassageClasses classes = PassageClasses.of(x);
        insertDocument(docId, d, classes);
        insertPassages(docId, x.document(), classes);
        insertEntities(docId, x);
        touchedClasses.addAll(insertEventMentions(docId, x, classes));
        insertStatistics(docId, x, classes);
        insertDates(docId, x);
        if (!oldEntities.isEmpty()) {
            c.flush();
            for (String entity : oldEntities)   // an entity only the old version named goes with it
                if (c.update("DELETE FROM entities WHERE id = ? AND NOT EXISTS (SELECT 1 FROM entity_mentions WHERE entity_id = ?)",
                        entity, entity) > 0) knownNames.remove(entity);
        }
        return oldId == null ? Outcome.STORED : Outcome.REPLACED;
    }

    /** Explicit deletes (not only ON DELETE CASCADE) so SQLite files opened without foreign keys stay clean too. */
    private void delete(String docId) throws SQLException {
        for (String table : List.of("event_mentions", "statistics", "entity_mentions", "date_mentions", "passages"))
            c.update("DELETE FROM " + table + " WHERE doc_id = ?", docId);
        c.update("DELETE FROM documents WHERE id = ?", docId);
    }

    private void insertDocument(String docId, PreparedDocument d, PassageClasses classes) throws SQLException {
        Document doc = d.extraction().document();
        ObjectNode meta = ExtractionJson.metadata(doc.metadata());
        meta.put("date", d.date()).put("date_source", d.dateSource()).put("url", d.url()).put("source", d.origin());
        c.update("INSERT INTO documents (id, source, content_hash, title, metadata, doc_date, date_source, text_length,"
                + " ingested_at, pipeline_version, outlet, kind, relevance) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", docId, d.source(),
                d.contentHash(), d.title() != null && !d.title().isBlank() ? d.title() : doc.metadata().title(), meta.toString(), d.date(),
                d.dateSource(), doc.text().length(), Instant.now().toString(), PIPELINE_VERSION,
                DocumentOrigin.outlet(d.url(), d.origin()), DocumentOrigin.kind(doc.metadata().type(), d.source()), classes.document());
    }

    private void insertPassages(String docId, Document doc, PassageClasses classes) throws SQLException {
        int n = 0;
        for (Paragraph p : doc.paragraphs()) {
            c.insert(PASSAGES, docId + ":p" + n, docId, "paragraph", n, p.sectionId(), p.span().start(), p.span().end(),
                    doc.text(p.span()), null, SectionPath.of(doc, doc.section(p.sectionId())), classes.paragraphRelevance(n),
                    classes.paragraphAreas(n));
            n++;
        }
        Set<String> ids = new HashSet<>();
        int k = 0;
        for (Footnote f : doc.footnotes()) {
            String id = docId + ":f" + f.number();
            for (int i = 2; !ids.add(id); i++) id = docId + ":f" + f.number() + "-" + i;   // a renumbered list
            var section = f.markerOffset() == null ? null : doc.sectionAt(f.markerOffset());
            c.insert(PASSAGES, id, docId, "footnote", f.number(), section == null ? null : section.id(), f.body().start(),
                    f.body().end(), doc.text(f.body()), f.markerOffset(), SectionPath.of(doc, section), classes.footnoteRelevance(k),
                    classes.footnoteAreas(k));
            k++;
        }
    }

    private void insertEntities(String docId, Extraction x) throws SQLException {
        Document doc = x.document();
        Map<String, String> types = new LinkedHashMap<>();
        Map<String, Set<String>> names = new LinkedHashMap<>();
        List<Object[]> rows = new ArrayList<>();
        int n = 0;
        for (EntityMention e : x.annotations().entities()) {
            if (e.id() == null) continue;
            types.putIfAbsent(e.id(), e.type().name());
            names.computeIfAbsent(e.id(), k -> new LinkedHashSet<>()).add(e.text());
            rows.add(new Object[] {docId, n++, e.id(), e.span().start(), e.span().end(), e.text()});
        }
        for (PersonMention p : x.annotations().people()) {
            types.putIfAbsent(p.id(), "PERSON");
            names.computeIfAbsent(p.id(), k -> new LinkedHashSet<>()).add(p.name());
            rows.add(new Object[] {docId, n++, p.id(), p.span().start(), p.span().end(), doc.text(p.span())});
        }
        upsertEntities(types, names);   // entities first: mentions reference them
        for (Object[] row : rows)
            c.insert(ENTITY_MENTIONS, row);
    }

    private void upsertEntities(Map<String, String> types, Map<String, Set<String>> names) throws SQLException {
        for (Map.Entry<String, Set<String>> e : names.entrySet()) {
            Set<String> known = knownNames.get(e.getKey());
            if (known != null && (known.containsAll(e.getValue()) || known.size() >= MAX_NAMES)) continue;
            List<String> stored = c.strings("SELECT names FROM entities WHERE id = ?", e.getKey());
            Set<String> all = new LinkedHashSet<>(stored.isEmpty() ? List.of() : Json.stringList(stored.get(0)));
            for (String name : e.getValue()) if (all.size() < MAX_NAMES) all.add(name);
            if (stored.isEmpty())
                c.update("INSERT INTO entities (id, type, names) VALUES (?, ?, ?)", e.getKey(), types.get(e.getKey()), Json.write(all));
            else
                c.update("UPDATE entities SET names = ? WHERE id = ?", Json.write(all), e.getKey());
            knownNames.put(e.getKey(), all);
        }
    }

    private Set<String> insertEventMentions(String docId, Extraction x, PassageClasses classes) throws SQLException {
        Set<String> keys = new TreeSet<>();
        int n = 0;
        for (Event e : x.events()) {
            String classKey = EventIdentity.classKey(e.type(), e.participants(), e.attrs());
            keys.add(classKey);
            int start = e.evidence().start();
            c.insert(EVENT_MENTIONS, docId, n++, "", classKey, e.type(), Json.write(e.participants()), Json.write(e.people()), e.date(),
                    Json.write(e.attrs()), ExtractionJson.quote(x.document(), e.evidence()), start, e.evidence().end(), e.rule(),
                    classes.relevanceAt(start), classes.areasAt(start));
        }
        return keys;
    }

    private void insertDates(String docId, Extraction x) throws SQLException {
        int n = 0;
        for (org.caytre.model.DateMention d : x.annotations().dates())
            c.insert(DATE_MENTIONS, docId, n++, d.span().start(), d.span().end(), d.text(), d.value(), d.precision().name());
    }

    private void insertStatistics(String docId, Extraction x, PassageClasses classes) throws SQLException {
        int n = 0;
        for (Statistic st : x.statistics()) {
            if (!Double.isFinite(st.value())) continue;
            int start = st.evidence().start();
            c.insert(STATISTICS, docId, n++, st.indicator(), st.value(), st.unit(), st.period(), st.subject(), st.approximate() ? 1 : 0,
                    ExtractionJson.quote(x.document(), st.evidence()), start, st.evidence().end(), st.rule(), classes.relevanceAt(start),
                    classes.areasAt(start));
        }
    }

    /** Rebuilds the events of one identity class from all its mentions (see {@link EventMerger}). */
    private void recompute(String classKey) throws SQLException {
        List<EventMerger.Mention> mentions = new ArrayList<>();
        Map<String, String[]> rows = new HashMap<>();   // doc#n → participants, attrs
        PreparedStatement s = c.get("SELECT doc_id, n, event_date, participants, attrs FROM event_mentions WHERE class_key = ?");
        s.setString(1, classKey);
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                mentions.add(new EventMerger.Mention(r.getString(1), r.getInt(2), r.getString(3)));
                rows.put(r.getString(1) + "#" + r.getInt(2), new String[] {r.getString(4), r.getString(5)});
            }
        }
        c.update("DELETE FROM events WHERE class_key = ?", classKey);
        if (mentions.isEmpty()) return;
        for (EventMerger.Merged m : EventMerger.merge(classKey, mentions)) {
            Map<String, Object> attrs = new LinkedHashMap<>();
            List<String> participants = null;
            for (EventMerger.Mention mention : m.mentions()) {
                String[] row = rows.get(mention.doc() + "#" + mention.n());
                if (participants == null) participants = EventIdentity.sides(Json.stringList(row[0]));
                Json.object(row[1]).forEach(attrs::putIfAbsent);   // first non-null value in (doc, n) order
                c.add("UPDATE event_mentions SET event_id = ? WHERE doc_id = ? AND n = ?", m.id(), mention.doc(), mention.n());
            }
            attrs.values().removeIf(v -> v == null);
            c.add("INSERT INTO events (id, class_key, type, participants, event_date, date_alternatives, attrs, mention_count)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", m.id(), classKey, EventIdentity.type(classKey), Json.write(participants), m.date(),
                    m.alternatives().isEmpty() ? null : Json.write(m.alternatives()), Json.write(attrs), m.mentions().size());
        }
    }

    @Override
    public void close() throws SQLException { if (c != null) c.close(); }
}
