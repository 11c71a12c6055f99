package org.caytre.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caytre.kb.Store;

/**
 * Keeps the search index in step with the store it sits beside, by content: every passage carries the content hash of
 * the stored version it was built from. Passages enter the index one way only, {@link #index}, which rebuilds a
 * document's passages from the store's rows (the section paths, entities, event types and years the store holds), so a
 * fresh ingest, an upload and a repair write the same passages. Ingest commits the index at checkpoints after the store's
 * transactions, so a crash can leave the index behind the store (documents missing, or on their old text after a
 * re-ingest) or ahead of it: {@link #repair} compares each document's indexed hash with the stored one and deletes or
 * rebuilds what differs.
 *
 * <pre>{@code try (IndexSync sync = IndexSync.open(store, index)) { sync.index("bao-cao-2020"); } index.commit();}</pre>
 */
public final class IndexSync implements AutoCloseable {
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[89]\\d\\d|2\\d\\d\\d)(?!\\d)");

    /** What a repair changed. */
    public record Repair(int removed, int rebuilt) {
        public boolean changed() { return removed + rebuilt > 0; }
    }

    private final Connection c;
    private final PassageIndex index;
    private final boolean ownsConnection;

    private IndexSync(Connection c, PassageIndex index, boolean ownsConnection) {
        this.c = c;
        this.index = index;
        this.ownsConnection = ownsConnection;
    }

    /** Indexes the rows {@code c} sees, those of its open transaction included (committed to the index before the
     *  store: a crash between leaves the store to be written again, never the index behind it); closing leaves
     *  {@code c} open. */
    public static IndexSync within(Connection c, PassageIndex index) { return new IndexSync(c, index, false); }

    /** A reading connection to the store for indexing documents into {@code index}; close it after. */
    public static IndexSync open(Store store, PassageIndex index) throws SQLException {
        return new IndexSync(store.connect(), index, true);
    }

    /** (Re)indexes one stored document from its rows, or removes it from the index when the store no longer has it. */
    public void index(String docId) throws SQLException {
        String hash = null;
        try (PreparedStatement s = c.prepareStatement("SELECT content_hash FROM documents WHERE id = ?")) {
            s.setString(1, docId);
            try (ResultSet r = s.executeQuery()) { if (r.next()) hash = r.getString(1); }
        }
        if (hash == null) index.delete(docId);
        else index.replace(docId, hash, passages(c, docId));
    }

    @Override
    public void close() throws SQLException { if (ownsConnection) c.close(); }

    /** How many documents the index holds on another version than the store's, misses, or holds though the store has not. */
    public static long differences(Store store, Map<String, String> indexed) throws SQLException {
        Map<String, String> stored = storedHashes(store);
        long n = indexed.keySet().stream().filter(id -> !stored.containsKey(id)).count();
        for (Map.Entry<String, String> e : stored.entrySet()) if (!e.getValue().equals(indexed.get(e.getKey()))) n++;
        return n;
    }

    /** Each stored document that has passages, with its content hash: what the index must hold. */
    private static Map<String, String> storedHashes(Store store) throws SQLException {
        Map<String, String> stored = new HashMap<>();
        try (Connection c = store.connect(); PreparedStatement s = c.prepareStatement("SELECT d.id, d.content_hash FROM documents d"
                + " WHERE EXISTS (SELECT 1 FROM passages p WHERE p.doc_id = d.id)"); ResultSet r = s.executeQuery()) {
            while (r.next()) stored.put(r.getString(1), r.getString(2));
        }
        return stored;
    }

    /** Makes the index hold exactly the stored version of every stored document that has passages; commits if it changed. */
    public static Repair repair(Store store, PassageIndex index) throws SQLException {
        Map<String, String> indexed = index.documentHashes();
        Map<String, String> stored = storedHashes(store);
        try (IndexSync sync = open(store, index)) {
            int removed = 0, rebuilt = 0;
            for (String id : indexed.keySet()) if (!stored.containsKey(id)) { index.delete(id); removed++; }
            for (Map.Entry<String, String> e : new TreeMap<>(stored).entrySet())
                if (!e.getValue().equals(indexed.get(e.getKey()))) { sync.index(e.getKey()); rebuilt++; }
            if (removed + rebuilt > 0) index.commit();
            return new Repair(removed, rebuilt);
        }
    }

    /** A stored document's passages with the entities, event types and years the store holds for each. */
    static List<Passage> passages(Connection c, String docId) throws SQLException {
        String date = null;
        try (PreparedStatement s = c.prepareStatement("SELECT doc_date FROM documents WHERE id = ?")) {
            s.setString(1, docId);
            try (ResultSet r = s.executeQuery()) { if (r.next()) date = r.getString(1); }
        }
        List<int[]> mentionSpans = new ArrayList<>();
        List<String[]> mentionIds = new ArrayList<>();           // entity id, type
        try (PreparedStatement s = c.prepareStatement("SELECT m.entity_id, e.type, m.start_offset, m.end_offset FROM entity_mentions m"
                + " JOIN entities e ON e.id = m.entity_id WHERE m.doc_id = ? ORDER BY m.start_offset")) {
            s.setString(1, docId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) { mentionIds.add(new String[] {r.getString(1), r.getString(2)}); mentionSpans.add(new int[] {r.getInt(3), r.getInt(4)}); }
            }
        }
        List<Object[]> dated = new ArrayList<>();                // start offset, event type or null, date/period
        try (PreparedStatement s = c.prepareStatement("SELECT start_offset, type, event_date FROM event_mentions WHERE doc_id = ?")) {
            s.setString(1, docId);
            try (ResultSet r = s.executeQuery()) { while (r.next()) dated.add(new Object[] {r.getInt(1), r.getString(2), r.getString(3)}); }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT start_offset, period FROM statistics WHERE doc_id = ?")) {
            s.setString(1, docId);
            try (ResultSet r = s.executeQuery()) { while (r.next()) dated.add(new Object[] {r.getInt(1), null, r.getString(2)}); }
        }
        List<Passage> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, text, start_offset, end_offset, section_path, areas FROM passages"
                + " WHERE doc_id = ? ORDER BY kind DESC, ordinal, start_offset")) {
            s.setString(1, docId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    int start = r.getInt(3), end = r.getInt(4);
                    Set<String> entities = new LinkedHashSet<>(), countries = new TreeSet<>(), types = new TreeSet<>(), years = new TreeSet<>();
                    List<Passage.Mention> mentions = new ArrayList<>();
                    for (int k = 0; k < mentionSpans.size(); k++) {
                        int[] sp = mentionSpans.get(k);
                        if (sp[0] < start || sp[1] > end) continue;
                        entities.add(mentionIds.get(k)[0]);
                        if ("COUNTRY".equals(mentionIds.get(k)[1])) countries.add(mentionIds.get(k)[0]);
                        mentions.add(new Passage.Mention(mentionIds.get(k)[0], sp[0] - start, sp[1] - start));
                    }
                    for (Object[] d : dated) {
                        int at = (Integer) d[0];
                        if (at < start || at >= end) continue;
                        if (d[1] != null) types.add((String) d[1]);
                        if (d[2] != null) { Matcher m = YEAR.matcher((String) d[2]); while (m.find()) years.add(m.group(1)); }
                    }
                    String section = r.getString(5);
                    out.add(new Passage(r.getString(1), docId, r.getString(2), start, end, section == null ? "" : section, date,
                            List.copyOf(entities), mentions, List.copyOf(countries), List.copyOf(types), List.copyOf(years),
                            r.getString(6) == null || r.getString(6).isEmpty() ? List.of() : List.of(r.getString(6).split(","))));
                }
            }
        }
        return out;
    }
}
