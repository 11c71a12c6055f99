package org.caytre.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What must agree for two event mentions to be the same real event, apart from the date: the type, the sides
 * (participants as a set, people left out because documents name different officials for the same call) and the key
 * attributes of the type (agreement and stage, level, host, body, to). Mentions with the same {@link #classKey} are
 * candidates; {@link EventMerger} then separates them by date.
 *
 * <pre>{@code EventIdentity.classKey("PHONE_CALL", List.of("CHN", "VNM", "PER:Tập Cận Bình"), Map.of())
 *     // "PHONE_CALL|CHN,VNM|"}</pre>
 */
public final class EventIdentity {
    /** Attributes that tell two events of the same sides apart; the others (item, amount, role…) are descriptions. */
    static final List<String> KEY_ATTRIBUTES = List.of("agreement", "stage", "level", "host", "body", "to");

    /** Types that happen once for the same sides and key attributes (a pair reaches a level once, an agreement is
     *  signed once), so their mentions merge whatever dates the documents give; conflicting dates become
     *  alternatives. Every other type recurs (calls, visits, aid), so its date is part of its identity. */
    static final Set<String> ONCE_ONLY = Set.of("PARTNERSHIP", "DIPLOMATIC_RELATIONS", "AGREEMENT");

    private EventIdentity() {}

    public static String classKey(String type, List<String> participants, Map<String, ?> attrs) {
        StringBuilder key = new StringBuilder(type).append('|').append(String.join(",", new TreeSet<>(sides(participants)))).append('|');
        for (String name : KEY_ATTRIBUTES) {
            Object v = attrs.get(name);
            if (v != null) key.append(name).append('=').append(v).append(';');
        }
        return key.toString();
    }

    /** The sides in display order: Vietnam first when it takes part, then sorted; people ({@code PER:}) left out. */
    public static List<String> sides(List<String> participants) {
        TreeSet<String> sorted = new TreeSet<>();
        for (String p : participants) if (!p.startsWith("PER:")) sorted.add(p);
        List<String> out = new ArrayList<>(sorted.size());
        if (sorted.remove("VNM")) out.add("VNM");
        out.addAll(sorted);
        return out;
    }

    static boolean onceOnly(String type) { return ONCE_ONLY.contains(type); }

    /** The type is the first field of a class key. */
    static String type(String classKey) { return classKey.substring(0, classKey.indexOf('|')); }
}
