package org.caytre.extract;

import static org.caytre.extract.EventParts.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caytre.extract.ClauseContext.Side;
import org.caytre.extract.rules.EventRule;
import org.caytre.model.EntityMention;
import org.caytre.model.EntityType;
import org.caytre.model.Event;
import org.caytre.model.PersonMention;

/**
 * Events between two other countries, told in a clause that names no Vietnamese: the actor named before the trigger
 * ("Ngoại trưởng Trung Quốc … cuộc gặp với người đồng cấp Iran"), visits with their visitor and host.
 */
final class ThirdParties {
    private static final Pattern VISITOR = ClausePhrases.get("visitor"), OFFICIAL = ClausePhrases.get("counterpart-title");
    /** How far apart two stops of a tour may be named in its list ("Nhật Bản, Hàn Quốc, Trung Quốc, Việt Nam và …"). */
    private static final int TOUR_LIST_REACH = 30;

    private ThirdParties() {}

    /**
     * The foreign side a clause that names no Vietnamese starts with, when another side is named after the trigger
     * ("Tổng thống Nga lên đường sang Trung Quốc"); a place ("Tại Tô-ky-ô, …") is no actor.
     */
    static Side foreignAgent(String text, ClauseContext c, List<Side> sides, int ts, int te) {
        Side agent = null;
        for (Side s : sides) if (s.at() < ts && !Places.isPlace(text, c.clause().start(), s.at())) { agent = s; break; }
        if (agent == null) return null;
        for (Side s : sides) if (s.at() >= te && !s.id().equals(agent.id())) return agent;
        return null;
    }

    /**
     * Visits between two other countries ("Tổng thống Nga lên đường sang Trung Quốc", "chuyến thăm của Tổng thống
     * Philippines tới Trung Quốc"): one per host the clause names, the visitor named before the trigger or as its
     * "của …"; none when either is missing.
     */
    static List<Event> visitsBetween(EventRule r, ClauseContext c, String text, List<Side> sides, Map<String, Object> attrs, int ts, int te) {
        Hosts.Found hosts = Hosts.find(text, c, r.trigger());
        // "… đến Hà Nội": the visits of the clause's sides — unless foreign hosts are named, Vietnam then being a venue or a
        // topic ("… sẽ tới Hàn Quốc để thảo luận về hội nghị … ở Hà Nội")
        if (hosts.vietnam() && c.vietnamese() && hosts.countries().isEmpty()) return List.of();
        if (!hosts.vietnam() && hosts.countries().isEmpty()) return List.of();
        Side visitor = null;
        for (Side s : sides) {
            if (hosts.countries().contains(s.id()) || Places.isPlace(text, c.clause().start(), s.at()) || listedAfterHost(text, c, hosts, s)) continue;
            if (s.at() < ts || s.at() >= te && VISITOR.matcher(text).region(te, s.at()).lookingAt()) { visitor = s; break; }
        }
        if (visitor == null) visitor = officialAfterPhrase(text, c, sides, hosts, te);
        if (visitor == null) return List.of();
        List<Event> out = new ArrayList<>();
        if (hosts.vietnam() && hosts.countries().isEmpty()) {             // "Tổng thống Pháp đến Hà Nội, bắt đầu chuyến thăm"
            Map<String, Object> a = new LinkedHashMap<>(attrs);
            a.put("host", "VNM");
            return List.of(event(r, c, List.of("VNM", visitor.id()), firstDate(c), a));
        }
        for (String host : hosts.countries()) {                          // named or by a city ("tới Bắc Kinh")
            if (host.equals(visitor.id())) continue;
            Map<String, Object> a = new LinkedHashMap<>(attrs);
            a.put("host", host);
            out.add(event(r, c, List.of(visitor.id(), host), firstDate(c), a));
        }
        return out;
    }

    /**
     * "Trong khuôn khổ chuyến thăm Anh, Ngoại trưởng Úc … khẳng định": the visit opens the clause as a phrase; its visitor is
     * the official who is the subject after the comma.
     */
    private static Side officialAfterPhrase(String text, ClauseContext c, List<Side> sides, Hosts.Found hosts, int te) {
        int comma = text.indexOf(',', te);
        if (comma < 0 || comma >= c.clause().end() || comma - te > 60) return null;
        for (Side s : sides) {
            if (s.at() <= comma || s.at() - comma > 40 || hosts.countries().contains(s.id())) continue;
            Matcher title = OFFICIAL.matcher(text).region(comma + 1, s.at());
            return title.find() && text.substring(title.end(), s.at()).isBlank() ? s : null;
        }
        return null;
    }

    /**
     * A foreign visitor named before the trigger whose tour has Vietnam among its stops ("Tổng thống Mỹ đang trong chuyến công
     * du châu Á, với các điểm dừng Nhật Bản, Hàn Quốc, Việt Nam"): one visit by that visitor to each stop, none of Vietnam
     * to the others; with Vietnam not among the listed stops, the visitor's visits to the foreign hosts
     * ({@link #visitsAbroad}); empty when no foreign visitor comes before the trigger.
     */
    static List<Event> tourWithVietnam(EventRule r, ClauseContext c, String text, List<Side> sides, Map<String, Object> attrs, int ts, int te) {
        Side visitor = null;
        for (Side s : sides) if (s.at() < ts && !Places.isPlace(text, c.clause().start(), s.at())) { visitor = s; break; }
        if (visitor == null) return List.of();
        List<String> stops = new ArrayList<>();
        stops.add("VNM");
        List<Integer> vietnam = c.occurrences("VNM");
        boolean listed = false;                                  // Vietnam one of the stops, listed beside another
        for (Side s : sides) {
            if (s.at() < te || s.id().equals(visitor.id()) || stops.contains(s.id())) continue;
            stops.add(s.id());
            for (int at : vietnam) if (at >= te && Math.abs(at - s.at()) <= TOUR_LIST_REACH) listed = true;
        }
        if (!listed) return visitsAbroad(r, c, text, visitor, attrs);
        return visitsTo(r, c, visitor.id(), stops, attrs);
    }

    /** One visit per stop of a tour, Vietnam first among the sides when it is the host. */
    private static List<Event> visitsTo(EventRule r, ClauseContext c, String visitor, List<String> stops, Map<String, Object> attrs) {
        List<Event> out = new ArrayList<>();
        for (String host : stops) {
            Map<String, Object> a = new LinkedHashMap<>(attrs);
            a.put("host", host);
            out.add(event(r, c, host.equals("VNM") ? List.of("VNM", visitor) : List.of(visitor, host), firstDate(c), a));
        }
        return out;
    }

    /**
     * "Ngoài Việt Nam, Chủ tịch Diaz-Canel cũng sẽ tới Nga, Triều Tiên, Trung Quốc và Lào": a foreign leader named right
     * before the trigger (no country or comma between) is the visitor of each host after it, Vietnam among them only when
     * it is one of those hosts. Null when the clause has no such visitor.
     */
    static List<Event> foreignVisitor(EventRule r, ClauseContext c, String text, Map<String, Object> attrs, int ts) {
        // the tour: one list of countries introduced by a place word ("tới Nga, Triều Tiên, Trung Quốc và Lào", "đến 5 quốc gia
        // gồm Nhật Bản, …, Việt Nam và Philippines"); hosts named apart are left to the rules that read one visit
        List<String> stops = new ArrayList<>();
        EntityMention last = null;
        int listStart = -1;
        for (EntityMention e : c.entities()) {
            if (e.type() != EntityType.COUNTRY || e.span().start() < c.clause().start()) continue;
            if (last != null && Hosts.glued(text, last.span().end(), e.span().start())) {
                if (!stops.contains(e.id())) stops.add(e.id());
                last = e;
            } else if (!stops.isEmpty()) {
                break;
            } else if (Hosts.introduced(text, c.clause().start(), e.span().start())) {
                stops.add(e.id());
                last = e;
                listStart = e.span().start();
            }
        }
        if (stops.size() < 2) return null;
        int first = Math.min(ts, listStart);                      // the visit begins where the trigger or its list does
        PersonMention visitor = null;
        for (PersonMention p : c.people()) if (p.span().start() >= c.clause().start() && p.span().end() <= first) visitor = p;
        if (visitor == null) {
            // "Chuyến công du … đưa ông đến 5 quốc gia gồm Nhật Bản, …, Việt Nam và Philippines": Vietnam one of the stops, the
            // visitor unnamed in the clause is the story's foreign side
            String story = c.counterpart();
            if (story == null || story.equals("VNM") || stops.contains(story) || !stops.contains("VNM")
                    || c.people().stream().anyMatch(p -> "VNM".equals(p.countryId()))) return null;
            return visitsTo(r, c, story, stops, attrs);
        }
        if (visitor.countryId() == null || visitor.countryId().equals("VNM")) return null;
        int from = visitor.span().end(), to = first;
        if (to - from > 30 || text.substring(from, to).indexOf(',') >= 0
                || c.entities().stream().anyMatch(e -> e.span().start() >= from && e.span().start() < to)) return null;
        stops.remove(visitor.countryId());
        return visitsTo(r, c, visitor.countryId(), stops, attrs);
    }

    /**
     * "Cố vấn an ninh quốc gia Mỹ … sẽ tới Hàn Quốc để thảo luận về hội nghị … ở Hà Nội": a foreign visitor going to another
     * foreign country visits it; Vietnam, named only after the trigger as a topic or a venue, is no side.
     */
    private static List<Event> visitsAbroad(EventRule r, ClauseContext c, String text, Side visitor, Map<String, Object> attrs) {
        List<Event> out = new ArrayList<>();
        for (String host : Hosts.find(text, c, r.trigger()).countries()) {
            if (host.equals(visitor.id())) continue;
            Map<String, Object> a = new LinkedHashMap<>(attrs);
            a.put("host", host);
            out.add(event(r, c, List.of(visitor.id(), host), firstDate(c), a));
        }
        return out;
    }

    /** "Sau khi tới Nhật Bản, Hàn Quốc, …": a country listed after a host is a host too, not the visitor. */
    static boolean listedAfterHost(String text, ClauseContext c, Hosts.Found hosts, Side s) {
        for (EntityMention e : c.entities())
            if (hosts.countries().contains(e.id()) && e.span().end() <= s.at() && Hosts.glued(text, e.span().end(), s.at())) return true;
        return false;
    }

}
