package org.caytre.kb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.caytre.kb.KnowledgeBase.Mention;

/**
 * Replays the analysts' event actions, oldest first, over the merged events read from the store. Actions are keyed by
 * stable event ids, so they apply again after a re-ingest; an action whose event is gone (re-extraction no longer
 * finds it) is orphaned and kept, never dropped.
 *
 * <ul>
 *   <li>confirm / reject: the event's review status (a rejected event leaves the default views);</li>
 *   <li>edit: {@code after} holds the fields that replace the extracted ones (type, participants, date, attrs);</li>
 *   <li>merge: the other event's mentions join the target; the other is {@code merged} into it;</li>
 *   <li>split: the mentions listed in {@code after.mentions} ({@code doc@offset}) leave the target for a new event
 *       with the id in {@code other_id} and the target's fields.</li>
 * </ul>
 */
final class EventReviews {
    static final String UNREVIEWED = "unreviewed", CONFIRMED = "confirmed", REJECTED = "rejected", EDITED = "edited",
            MERGED = "merged";
    static final Set<String> EVENT_ACTIONS = Set.of(Review.CONFIRM, Review.REJECT, Review.EDIT, Review.MERGE, Review.SPLIT);

    /** One event while the actions are replayed. */
    static final class Draft {
        final String id;
        String type, date;
        List<String> participants;
        Map<String, Object> attrs;
        List<Map<String, Object>> alternatives;
        final List<Mention> mentions = new ArrayList<>();
        String status = UNREVIEWED, mergedInto, splitFrom;
        int reviews;

        Draft(String id, String type, List<String> participants, String date, Map<String, Object> attrs, List<Map<String, Object>> alternatives) {
            this.id = id;
            this.type = type;
            this.participants = participants;
            this.date = date;
            this.attrs = attrs;
            this.alternatives = alternatives;
        }
    }

    private EventReviews() {}

    /** Applies the event actions to the drafts (adding split-off events); returns the orphaned actions. */
    @SuppressWarnings("unchecked")
    static List<Review> apply(Map<String, Draft> drafts, List<Review> reviews) {
        List<Review> orphaned = new ArrayList<>();
        for (Review r : reviews) {
            if (!r.targetKind().equals(Review.EVENT)) continue;
            Draft e = drafts.get(r.targetId());
            if (e == null) { orphaned.add(r); continue; }
            e.reviews++;
            Map<String, Object> after = r.after() == null ? Map.of() : Json.object(r.after());
            switch (r.action()) {
                case Review.CONFIRM -> e.status = CONFIRMED;
                case Review.REJECT -> e.status = REJECTED;
                case Review.EDIT -> {
                    if (after.containsKey("type")) e.type = String.valueOf(after.get("type"));
                    if (after.containsKey("participants")) e.participants = List.copyOf((List<String>) after.get("participants"));
                    if (after.containsKey("date")) e.date = (String) after.get("date");
                    if (after.containsKey("attrs")) e.attrs = new LinkedHashMap<>((Map<String, Object>) after.get("attrs"));
                    if (!e.status.equals(REJECTED)) e.status = EDITED;
                }
                case Review.MERGE -> {
                    Draft other = drafts.get(r.otherId());
                    if (other == null || other == e) { orphaned.add(r); continue; }
                    other.reviews++;
                    e.mentions.addAll(other.mentions);
                    other.mentions.clear();
                    other.status = MERGED;
                    other.mergedInto = e.id;
                }
                case Review.SPLIT -> {
                    Set<String> keys = new TreeSet<>((List<String>) after.getOrDefault("mentions", List.of()));
                    List<Mention> moved = e.mentions.stream().filter(m -> keys.contains(m.key())).toList();
                    if (moved.isEmpty() || moved.size() == e.mentions.size()) { orphaned.add(r); continue; }
                    e.mentions.removeAll(moved);
                    Draft part = new Draft(r.otherId(), e.type, e.participants, e.date, e.attrs, List.of());
                    part.mentions.addAll(moved);
                    part.splitFrom = e.id;
                    part.reviews = 1;
                    drafts.put(part.id, part);
                }
                default -> orphaned.add(r);   // an action this version does not know: kept, shown, not applied
            }
        }
        return orphaned;
    }
}
