package org.caytre.brief;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caytre.kb.Store;

/**
 * What a brief may read: every report (a country's or an area's brief), the reports of a search's documents, or with
 * {@link SearchScope#matchedOnly()} only those inside the passages the search matched.
 */
final class Coverage {
    static final Coverage EVERYTHING = new Coverage(null, null);

    private final Set<String> docs;
    private final Map<String, List<int[]>> passages;   // doc → [start, end) offsets of the matched passages

    private Coverage(Set<String> docs, Map<String, List<int[]>> passages) {
        this.docs = docs;
        this.passages = passages;
    }

    static Coverage of(Store store, SearchScope scope) throws SQLException {
        if (scope == null) return EVERYTHING;
        if (!scope.matchedOnly()) return new Coverage(Set.copyOf(scope.docs()), null);
        Map<String, List<int[]>> ranges = new HashMap<>();
        try (Connection c = store.connect(); PreparedStatement s = c.prepareStatement("SELECT doc_id, start_offset, end_offset FROM passages WHERE id = ?")) {
            for (String id : scope.passageIds()) {
                s.setString(1, id);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) ranges.computeIfAbsent(r.getString(1), d -> new ArrayList<>()).add(new int[] {r.getInt(2), r.getInt(3)});
                }
            }
        }
        return new Coverage(Set.copyOf(scope.docs()), ranges);
    }

    /** Whether a report read at {@code offset} of document {@code doc} may be used. */
    boolean covers(String doc, int offset) {
        if (docs == null) return true;
        if (!docs.contains(doc)) return false;
        if (passages == null) return true;
        for (int[] range : passages.getOrDefault(doc, List.of())) if (offset >= range[0] && offset < range[1]) return true;
        return false;
    }
}
