package org.caytre.kb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * People's offices and organisations' people, read from the stored person mentions: a person's mention covers the
 * title written before the name ("Bộ trưởng Ngoại giao Xinh-ga-po Gia-mét Tan"), so the office is that text without the
 * name, and an organisation's people are those whose title contains a mention of it ("Tổng Thư ký ASEAN …").
 *
 * <pre>{@code new EntityRoles(store).offices("PER:Trần Minh Khoa") // [Role[person=PER:…, title=Bộ trưởng Ngoại giao, …]]}</pre>
 */
public final class EntityRoles {
    /** One office as written, with how often and when (document dates) and the first document that writes it. */
    public record Role(String person, String title, long mentions, long documents, String first, String last, String doc) {}

    /** Most roles listed for one entity. */
    static final int MAX = 100;

    private final Store store;

    public EntityRoles(Store store) { this.store = store; }

    /** The titles a person is named with, most written first. */
    public List<Role> offices(String personId) throws SQLException {
        return roles(OFFICES, personId, false);
    }

    /**
     * The people whose title names this organisation (or country), with that title, most written first; then the
     * {@code members} a reference list places in it (the gazetteer's people of an organisation) with the titles they
     * are written with, or with an empty title when the documents name them without one.
     */
    public List<Role> people(String entityId, List<String> members) throws SQLException {
        List<Role> out = new ArrayList<>(roles("SELECT p.entity_id, p.text, p.doc_id, d.doc_date FROM entity_mentions o"
                + " JOIN entity_mentions p ON p.doc_id = o.doc_id AND p.start_offset <= o.start_offset AND p.end_offset >= o.end_offset"
                + " AND p.entity_id LIKE 'PER:%' JOIN documents d ON d.id = o.doc_id WHERE o.entity_id = ?", entityId, false));
        for (String member : members) {
            if (out.size() >= MAX) break;
            for (Role r : roles(OFFICES, member, true)) if (out.stream().noneMatch(o -> o.person().equals(r.person()) && o.title().equals(r.title()))) out.add(r);
        }
        return out.size() > MAX ? out.subList(0, MAX) : out;
    }

    private static final String OFFICES = "SELECT m.entity_id, m.text, m.doc_id, d.doc_date FROM entity_mentions m"
            + " JOIN documents d ON d.id = m.doc_id WHERE m.entity_id = ?";

    /** {@code keepUntitled}: mentions of the bare name count too, under an empty title. */
    private List<Role> roles(String sql, String id, boolean keepUntitled) throws SQLException {
        Map<String, long[]> counts = new LinkedHashMap<>();   // person \t title → mentions
        Map<String, java.util.Set<String>> docs = new LinkedHashMap<>();
        Map<String, String[]> span = new LinkedHashMap<>();   // first date, last date, first document
        try (Connection c = store.connect(); PreparedStatement s = Sql.prepare(c, sql, id); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                String person = r.getString(1), title = title(person, r.getString(2)), doc = r.getString(3), date = r.getString(4);
                if (title.isEmpty() && !keepUntitled) continue;
                String key = person + "\t" + title;
                counts.computeIfAbsent(key, k -> new long[1])[0]++;
                docs.computeIfAbsent(key, k -> new java.util.HashSet<>()).add(doc);
                String[] d = span.computeIfAbsent(key, k -> new String[] {null, null, doc});
                if (date != null && (d[0] == null || date.compareTo(d[0]) < 0)) d[0] = date;
                if (date != null && (d[1] == null || date.compareTo(d[1]) > 0)) d[1] = date;
                if (doc.compareTo(d[2]) < 0) d[2] = doc;
            }
        }
        List<Role> out = new ArrayList<>();
        counts.forEach((key, n) -> {
            String[] k = key.split("\t", 2), d = span.get(key);
            out.add(new Role(k[0], k[1], n[0], docs.get(key).size(), d[0], d[1], d[2]));
        });
        out.sort(Comparator.comparingLong(Role::mentions).reversed().thenComparing(Role::title));
        return out.size() > MAX ? out.subList(0, MAX) : out;
    }

    /** The mention's text without the person's name: "Bộ trưởng Ngoại giao Trần Minh Khoa" → "Bộ trưởng Ngoại giao". */
    static String title(String personId, String text) {
        String name = personId.startsWith("PER:") ? personId.substring(4) : personId;
        String t = text == null ? "" : text.replace(name, " ");
        return t.replaceAll("\\s+", " ").replaceAll("^[\\s,;:–—-]+|[\\s,;:–—-]+$", "");
    }
}
