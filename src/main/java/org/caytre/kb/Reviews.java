package org.caytre.kb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit trail of analyst actions (table {@code reviews}): appended to, never changed. Reads replay it: the
 * decision on a claim is the last accept or reject of it.
 *
 * <pre>{@code new Reviews(store).append("Lan", Review.REJECT, Review.EVENT, id, null, before, after, "sports page") }</pre>
 */
public final class Reviews {
    private final Store store;

    public Reviews(Store store) { this.store = store; }

    /** Appends one action and returns it with its sequence number and time. */
    public Review append(String reviewer, String action, String targetKind, String targetId, String otherId,
                         Object before, Object after, String reason) throws SQLException {
        String at = Instant.now().toString();
        String b = before == null ? null : Json.write(before), a = after == null ? null : Json.write(after);
        try (Connection c = store.connect()) {
            // seq is max + 1 in the same statement; the primary key refuses a concurrent duplicate
            Sql.update(c, "INSERT INTO reviews (seq, at, reviewer, action, target_kind, target_id, other_id, before_json, after_json, reason)"
                    + " SELECT COALESCE(MAX(seq), 0) + 1, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM reviews",
                    at, reviewer, action, targetKind, targetId, otherId, b, a, reason);
            long seq = Sql.count(c, "SELECT MAX(seq) FROM reviews");
            return new Review(seq, at, reviewer, action, targetKind, targetId, otherId, b, a, reason);
        }
    }

    /** Every action, oldest first. */
    public List<Review> all() throws SQLException { return query("", new Object[0]); }

    /** The actions on one target (as target or as the other event of a merge or split), oldest first. */
    public List<Review> of(String id) throws SQLException {
        return query(" WHERE target_id = ? OR other_id = ?", new Object[] {id, id});
    }

    /** Claim id → accepted (true) or rejected (false), by each claim's last decision. */
    public Map<String, Boolean> claimDecisions() throws SQLException {
        Map<String, Boolean> out = new HashMap<>();
        for (Review r : query(" WHERE target_kind = ?", new Object[] {Review.CLAIM}))
            out.put(r.targetId(), r.action().equals(Review.ACCEPT_CLAIM));
        return out;
    }

    /** The entity links analysts fixed in one document: {@code doc#n} → entity id, by each mention's last relink. */
    public Map<String, String> relinks(String doc) throws SQLException {
        Map<String, String> out = new HashMap<>();
        for (Review r : query(" WHERE target_kind = ? AND target_id LIKE ?", new Object[] {Review.ENTITY_MENTION, doc + "#%"}))
            if (r.targetId().startsWith(doc + "#"))   // LIKE may match more when the id holds % or _
                out.put(r.targetId(), String.valueOf(Json.object(r.after()).get("entity_id")));
        return out;
    }

    private List<Review> query(String where, Object[] args) throws SQLException {
        List<Review> out = new ArrayList<>();
        try (Connection c = store.connect(); PreparedStatement s = Sql.prepare(c, "SELECT seq, at, reviewer, action, target_kind,"
                + " target_id, other_id, before_json, after_json, reason FROM reviews" + where + " ORDER BY seq", args);
             ResultSet r = s.executeQuery()) {
            while (r.next())
                out.add(new Review(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                        r.getString(7), r.getString(8), r.getString(9), r.getString(10)));
        }
        return out;
    }
}
