package org.caytre.kb;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.caytre.kb.KnowledgeBase.EventView;
import org.caytre.kb.KnowledgeBase.Mention;
import org.caytre.kb.ledger.ClaimView;
import org.caytre.kb.ledger.StableId;

/**
 * The analyst actions, checked and written to the audit trail with the target before and after: confirm, reject,
 * edit, merge and split an event; accept or reject a partnership claim; relink an entity mention. Each needs a named
 * reviewer and a reason; a bad request fails with an {@link IllegalArgumentException} saying why (no record written).
 *
 * <pre>{@code new ReviewActions(store).reject("Lan", "ev-1a2b…", "a football match, not a visit") }</pre>
 */
public final class ReviewActions {
    static final Set<String> EDITABLE = Set.of("type", "participants", "date", "attrs");

    private final Store store;
    private final Reviews reviews;
    private final KnowledgeBase kb;

    public ReviewActions(Store store) {
        this.store = store;
        this.reviews = new Reviews(store);
        this.kb = new KnowledgeBase(store);
    }

    public Review confirm(String reviewer, String event, String reason) throws SQLException {
        return status(reviewer, Review.CONFIRM, event, EventReviews.CONFIRMED, reason);
    }

    public Review reject(String reviewer, String event, String reason) throws SQLException {
        return status(reviewer, Review.REJECT, event, EventReviews.REJECTED, reason);
    }

    /** Replaces the given fields (type, participants, date, attrs) of an event. */
    public Review edit(String reviewer, String event, Map<String, Object> fields, String reason) throws SQLException {
        check(reviewer, reason);
        if (fields == null || fields.isEmpty()) throw new IllegalArgumentException("nothing to edit: give type, participants, date or attrs");
        for (String k : fields.keySet())
            if (!EDITABLE.contains(k)) throw new IllegalArgumentException("cannot edit '" + k + "': only " + new TreeSet<>(EDITABLE));
        if (fields.containsKey("participants") && !(fields.get("participants") instanceof List<?> l && l.stream().allMatch(String.class::isInstance)))
            throw new IllegalArgumentException("participants must be a list of ids");
        if (fields.containsKey("attrs") && !(fields.get("attrs") instanceof Map))
            throw new IllegalArgumentException("attrs must be an object");
        if (fields.get("date") != null && DateRange.parse(String.valueOf(fields.get("date"))) == null)
            throw new IllegalArgumentException("date must be an ISO date at its precision, not '" + fields.get("date") + "'");
        EventView e = live(event);
        Map<String, Object> before = fields(e);
        Map<String, Object> after = new LinkedHashMap<>(before);
        after.putAll(fields);
        return reviews.append(reviewer, Review.EDIT, Review.EVENT, event, null, before, after, reason);
    }

    /** Merges {@code other} into {@code event}: one real event reported twice. */
    public Review merge(String reviewer, String event, String other, String reason) throws SQLException {
        check(reviewer, reason);
        if (event.equals(other)) throw new IllegalArgumentException("an event cannot be merged into itself");
        EventView target = live(event), absorbed = live(other);
        Map<String, Object> after = fields(target);
        List<String> mentions = new ArrayList<>(keys(target));
        mentions.addAll(keys(absorbed));
        after.put("mentions", mentions);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put(event, fields(target));
        before.put(other, fields(absorbed));
        return reviews.append(reviewer, Review.MERGE, Review.EVENT, event, other, before, after, reason);
    }

    /** Splits the mentions given ({@code doc@offset}) off an event into a new event; returns the action (its other_id is the new id). */
    public Review split(String reviewer, String event, List<String> mentions, String reason) throws SQLException {
        check(reviewer, reason);
        EventView e = live(event);
        Set<String> keys = new TreeSet<>(mentions == null ? List.of() : mentions);
        if (keys.isEmpty()) throw new IllegalArgumentException("name the mentions to split off (doc@offset)");
        if (!new TreeSet<>(keys(e)).containsAll(keys)) throw new IllegalArgumentException("not mentions of " + event + ": " + keys);
        if (keys.size() == e.mentions().size()) throw new IllegalArgumentException("a split must leave at least one mention");
        String id = StableId.of("ev", event + "|split|" + String.join(",", keys));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("mentions", List.copyOf(keys));
        after.put("id", id);
        return reviews.append(reviewer, Review.SPLIT, Review.EVENT, event, id, fields(e), after, reason);
    }

    /** Accepts (the claim counts as an analyst's decision) or rejects (it counts for nothing) a partnership claim. */
    public Review decide(String reviewer, String claim, boolean accept, String reason) throws SQLException {
        check(reviewer, reason);
        ClaimView view = new Ledgers(store).ledger().claims().stream().filter(c -> c.claim().id().equals(claim)).findFirst()
                .orElseThrow(() -> new java.util.NoSuchElementException("no claim " + claim));
        Map<String, Object> after = view.claim().toJson();
        after.put("decision", accept ? "accepted" : "rejected");
        return reviews.append(reviewer, accept ? Review.ACCEPT_CLAIM : Review.REJECT_CLAIM, Review.CLAIM, claim, null, view.toJson(), after, reason);
    }

    /** Links the entity mention {@code doc#n} to another entity id (a wrong link, or a person's country). */
    public Review relink(String reviewer, String doc, int n, String entity, String reason) throws SQLException {
        check(reviewer, reason);
        if (entity == null || entity.isBlank()) throw new IllegalArgumentException("give the entity id to link to");
        Map<String, Object> before;
        try (var c = store.connect(); var s = Sql.prepare(c, "SELECT entity_id, text FROM entity_mentions WHERE doc_id = ? AND n = ?", doc, n);
             var r = s.executeQuery()) {
            if (!r.next()) throw new java.util.NoSuchElementException("no entity mention " + doc + "#" + n);
            before = new LinkedHashMap<>();
            before.put("entity_id", r.getString(1));
            before.put("text", r.getString(2));
        }
        Map<String, Object> after = new LinkedHashMap<>(before);
        after.put("entity_id", entity.strip());
        return reviews.append(reviewer, Review.RELINK, Review.ENTITY_MENTION, doc + "#" + n, null, before, after, reason);
    }

    private Review status(String reviewer, String action, String event, String status, String reason) throws SQLException {
        check(reviewer, reason);
        EventView e = live(event);
        Map<String, Object> after = fields(e);
        after.put("status", status);
        return reviews.append(reviewer, action, Review.EVENT, event, null, fields(e), after, reason);
    }

    /** An event that exists and has not been merged into another. */
    private EventView live(String id) throws SQLException {
        EventView e = kb.event(id).orElseThrow(() -> new java.util.NoSuchElementException("no event " + id));
        if (EventReviews.MERGED.equals(e.review().get("status")))
            throw new IllegalArgumentException(id + " was merged into " + e.review().get("merged_into") + ": review that event");
        return e;
    }

    private static void check(String reviewer, String reason) {
        if (reviewer == null || reviewer.isBlank()) throw new IllegalArgumentException("a review needs a named reviewer");
        if (reason == null || reason.isBlank()) throw new IllegalArgumentException("a review needs a reason");
    }

    private static List<String> keys(EventView e) { return e.mentions().stream().map(Mention::key).toList(); }

    private static Map<String, Object> fields(EventView e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", e.type());
        m.put("participants", e.participants());
        m.put("date", e.date());
        m.put("attrs", e.attrs());
        m.put("status", e.review().get("status"));
        m.put("mentions", keys(e));
        return m;
    }
}
