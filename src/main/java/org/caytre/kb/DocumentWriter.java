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
 * The ingest transaction: one document in, one transaction. A document whose content hash is already stored is left
 * alone; a new version of a stored source replaces the old one and everything derived from it; the events of every
 * identity class the document touches (before or after) are recomputed from their mentions, so a crash at any moment
 * leaves either the old state or the new one. Not thread-safe: the ingest has one writer.
 */
public final class DocumentWriter implements AutoCloseable {
    /** Stored with every document, so a later pipeline can tell what produced its rows. */
    public static final String PIPELINE_VERSION = "caytre-0.1";
    private static final int MAX_NAMES = 20;

    public enum Outcome { STORED, REPLACED, UNCHANGED }

    private final Store store;
    private Connection c;                                                  // null after a failed write, until the next
    private final Map<String, Set<String>> knownNames = new HashMap<>();   // committed entity names, to skip upserts

    public DocumentWriter(Store store) throws SQLException {
        this.store = store;
        this.c = connect(store);
    }

    private static Connection connect(Store store) throws SQLException {
        Connection c = store.connect();
        c.setAutoCommit(false);
        return c;
    }

    private String lastId;

    /** The id of the document the last {@link #write} stored, replaced or found unchanged under its source. */
    public String lastId() { return lastId; }

    /**
     * Writes one document in one transaction. On failure nothing of it is kept: SQLite may already have rolled the
     * transaction back itself (a full disk, say), after which an explicit rollback fails and the connection would go
     * on in auto-commit mode, so the connection is dropped and the next write opens a fresh one. The exception thrown
     * is the first cause, with any rollback failure suppressed.
     */
    public Outcome write(PreparedDocument d) throws SQLException {
        if (c == null) c = connect(store);
        try {
            Outcome outcome = writeInTransaction(d);
            c.commit();
            return outcome;
        } catch (SQLException | RuntimeException e) {
            knownNames.clear();   // the cache may hold names of the rolled-back document
            try {
                c.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            try {
                c.close();
            } catch (SQLException close) {
                e.addSuppressed(close);
            }
            c = null;
            throw e;
        }
    }

    private Outcome writeInTransaction(PreparedDocument d) throws SQLException {
        String oldId = null;
        try (PreparedStatement s = c.prepareStatement("SELECT id, content_hash FROM documents WHERE source = ?")) {
            s.setString(1, d.source());
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    lastId = r.getString(1);
                    if (r.getString(2).equals(d.contentHash())) return Outcome.UNCHANGED;
                    oldId = r.getString(1);
                }
            }
        }
        // the same content under another source (a copied file) would count its events twice
        if (oldId == null && Sql.exists(c, "SELECT 1 FROM documents WHERE content_hash = ?", d.contentHash())) return Outcome.UNCHANGED;
        Set<String> classes = new TreeSet<>();
        List<String> oldEntities = List.of();
        String docId;
        if (oldId != null) {
            classes.addAll(Sql.strings(c, "SELECT DISTINCT class_key FROM event_mentions WHERE doc_id = ?", oldId));
            oldEntities = Sql.strings(c, "SELECT DISTINCT entity_id FROM entity_mentions WHERE doc_id = ?", oldId);
            delete(oldId);
            docId = oldId;
        } else {
            docId = freeId(d.name(), d.source());
        }
        lastId = docId;
        insertDocument(docId, d);
        Extraction x = d.extraction();
        insertPassages(docId, x.document());
        insertEntities(docId, x);
        classes.addAll(insertEventMentions(docId, x));
        insertStatistics(docId, x);
        insertDates(docId, x);
        PassageClasses.store(c, docId, x);
        for (String classKey : classes) recompute(classKey);
        for (String entity : oldEntities)   // an entity only the old version named goes with it
            if (Sql.update(c, "DELETE FROM entities WHERE id = ? AND NOT EXISTS (SELECT 1 FROM entity_mentions WHERE entity_id = ?)",
                    entity, entity) > 0) knownNames.remove(entity);
        return oldId == null ? Outcome.STORED : Outcome.REPLACED;
    }

    /** Explicit deletes (not only ON DELETE CASCADE) so SQLite files opened without foreign keys stay clean too. */
    private void delete(String docId) throws SQLException {
        for (String table : List.of("event_mentions", "statistics", "entity_mentions", "date_mentions", "passages"))
            Sql.update(c, "DELETE FROM " + table + " WHERE doc_id = ?", docId);
        Sql.update(c, "DELETE FROM documents WHERE id = ?", docId);
    }

    private String freeId(String name, String source) throws SQLException {
        String id = name == null || name.isBlank() ? "doc" : name;
        if (!Sql.exists(c, "SELECT 1 FROM documents WHERE id = ?", id)) return id;
        return id + "~" + EventMerger.id(source).substring(3);   // another source already has this name
    }

    private void insertDocument(String docId, PreparedDocument d) throws SQLException {
        Document doc = d.extraction().document();
        ObjectNode meta = ExtractionJson.metadata(doc.metadata());
        meta.put("date", d.date()).put("date_source", d.dateSource()).put("url", d.url()).put("source", d.origin());
        Sql.update(c, "INSERT INTO documents (id, source, content_hash, title, metadata, doc_date, date_source, text_length,"
                + " ingested_at, pipeline_version, outlet, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", docId, d.source(), d.contentHash(),
                d.title() != null && !d.title().isBlank() ? d.title() : doc.metadata().title(), meta.toString(), d.date(),
                d.dateSource(), doc.text().length(), Instant.now().toString(), PIPELINE_VERSION,
                DocumentOrigin.outlet(d.url(), d.origin()), DocumentOrigin.kind(doc.metadata().type(), d.source()));
    }

    private void insertPassages(String docId, Document doc) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO passages (id, doc_id, kind, ordinal, section, start_offset,"
                + " end_offset, text, marker_offset, section_path) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (Paragraph p : doc.paragraphs()) {
                Sql.batch(s, docId + ":p" + n, docId, "paragraph", n, p.sectionId(), p.span().start(), p.span().end(), doc.text(p.span()),
                        null, SectionPath.of(doc, doc.section(p.sectionId())));
                n++;
            }
            Set<String> ids = new HashSet<>();
            for (Footnote f : doc.footnotes()) {
                String id = docId + ":f" + f.number();
                for (int k = 2; !ids.add(id); k++) id = docId + ":f" + f.number() + "-" + k;   // a renumbered list
                var section = f.markerOffset() == null ? null : doc.sectionAt(f.markerOffset());
                Sql.batch(s, id, docId, "footnote", f.number(), section == null ? null : section.id(), f.body().start(),
                        f.body().end(), doc.text(f.body()), f.markerOffset(), SectionPath.of(doc, section));
            }
            s.executeBatch();
        }
    }

    private void insertEntities(String docId, Extraction x) throws SQLException {
        Document doc = x.document();
        Map<String, String> types = new LinkedHashMap<>();
        Map<String, Set<String>> names = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO entity_mentions (doc_id, n, entity_id, start_offset,"
                + " end_offset, text) VALUES (?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (EntityMention e : x.annotations().entities()) {
                if (e.id() == null) continue;
                types.putIfAbsent(e.id(), e.type().name());
                names.computeIfAbsent(e.id(), k -> new LinkedHashSet<>()).add(e.text());
                Sql.batch(s, docId, n++, e.id(), e.span().start(), e.span().end(), e.text());
            }
            for (PersonMention p : x.annotations().people()) {
                types.putIfAbsent(p.id(), "PERSON");
                names.computeIfAbsent(p.id(), k -> new LinkedHashSet<>()).add(p.name());
                Sql.batch(s, docId, n++, p.id(), p.span().start(), p.span().end(), doc.text(p.span()));
            }
            upsertEntities(types, names);   // entities first: mentions reference them
            s.executeBatch();
        }
    }

    private void upsertEntities(Map<String, String> types, Map<String, Set<String>> names) throws SQLException {
        for (Map.Entry<String, Set<String>> e : names.entrySet()) {
            Set<String> known = knownNames.get(e.getKey());
            if (known != null && (known.containsAll(e.getValue()) || known.size() >= MAX_NAMES)) continue;
            List<String> stored = Sql.strings(c, "SELECT names FROM entities WHERE id = ?", e.getKey());
            Set<String> all = new LinkedHashSet<>(stored.isEmpty() ? List.of() : Json.stringList(stored.get(0)));
            for (String name : e.getValue()) if (all.size() < MAX_NAMES) all.add(name);
            if (stored.isEmpty())
                Sql.update(c, "INSERT INTO entities (id, type, names) VALUES (?, ?, ?)", e.getKey(), types.get(e.getKey()), Json.write(all));
            else
                Sql.update(c, "UPDATE entities SET names = ? WHERE id = ?", Json.write(all), e.getKey());
            knownNames.put(e.getKey(), all);
        }
    }

    private Set<String> insertEventMentions(String docId, Extraction x) throws SQLException {
        Set<String> classes = new TreeSet<>();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO event_mentions (doc_id, n, event_id, class_key, type,"
                + " participants, people, event_date, attrs, evidence, start_offset, end_offset, rule)"
                + " VALUES (?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (Event e : x.events()) {
                String classKey = EventIdentity.classKey(e.type(), e.participants(), e.attrs());
                classes.add(classKey);
                Sql.batch(s, docId, n++, classKey, e.type(), Json.write(e.participants()), Json.write(e.people()), e.date(),
                        Json.write(e.attrs()), ExtractionJson.quote(x.document(), e.evidence()), e.evidence().start(),
                        e.evidence().end(), e.rule());
            }
            s.executeBatch();
        }
        return classes;
    }

    private void insertDates(String docId, Extraction x) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO date_mentions (doc_id, n, start_offset, end_offset, text, value,"
                + " date_precision) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (org.caytre.model.DateMention d : x.annotations().dates())
                Sql.batch(s, docId, n++, d.span().start(), d.span().end(), d.text(), d.value(), d.precision().name());
            s.executeBatch();
        }
    }

    private void insertStatistics(String docId, Extraction x) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO statistics (doc_id, n, indicator, value, unit, period,"
                + " subject, approximate, evidence, start_offset, end_offset, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (Statistic st : x.statistics()) {
                if (!Double.isFinite(st.value())) continue;
                Sql.batch(s, docId, n++, st.indicator(), st.value(), st.unit(), st.period(), st.subject(), st.approximate() ? 1 : 0,
                        ExtractionJson.quote(x.document(), st.evidence()), st.evidence().start(), st.evidence().end(), st.rule());
            }
            s.executeBatch();
        }
    }

    /** Rebuilds the events of one identity class from all its mentions (see {@link EventMerger}). */
    private void recompute(String classKey) throws SQLException {
        List<EventMerger.Mention> mentions = new ArrayList<>();
        Map<String, String[]> rows = new HashMap<>();   // doc#n → participants, attrs
        try (PreparedStatement s = c.prepareStatement("SELECT doc_id, n, event_date, participants, attrs FROM event_mentions WHERE class_key = ?")) {
            s.setString(1, classKey);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    mentions.add(new EventMerger.Mention(r.getString(1), r.getInt(2), r.getString(3)));
                    rows.put(r.getString(1) + "#" + r.getInt(2), new String[] {r.getString(4), r.getString(5)});
                }
            }
        }
        Sql.update(c, "DELETE FROM events WHERE class_key = ?", classKey);
        if (mentions.isEmpty()) return;
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO events (id, class_key, type, participants, event_date,"
                + " date_alternatives, attrs, mention_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement link = c.prepareStatement("UPDATE event_mentions SET event_id = ? WHERE doc_id = ? AND n = ?")) {
            for (EventMerger.Merged m : EventMerger.merge(classKey, mentions)) {
                Map<String, Object> attrs = new LinkedHashMap<>();
                List<String> participants = null;
                for (EventMerger.Mention mention : m.mentions()) {
                    String[] row = rows.get(mention.doc() + "#" + mention.n());
                    if (participants == null) participants = EventIdentity.sides(Json.stringList(row[0]));
                    Json.object(row[1]).forEach(attrs::putIfAbsent);   // first non-null value in (doc, n) order
                    Sql.batch(link, m.id(), mention.doc(), mention.n());
                }
                attrs.values().removeIf(v -> v == null);
                Sql.batch(ins, m.id(), classKey, EventIdentity.type(classKey), Json.write(participants), m.date(),
                        m.alternatives().isEmpty() ? null : Json.write(m.alternatives()), Json.write(attrs), m.mentions().size());
            }
            ins.executeBatch();
            link.executeBatch();
        }
    }

    @Override
    public void close() throws SQLException { if (c != null) c.close(); }
}
