package org.caytre.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caytre.internal.DataFiles;
import org.caytre.model.EntityMention;
import org.caytre.model.EntityType;
import org.caytre.model.PersonMention;

/**
 * Who hosts a visit, read from the clause: the countries right after a visit trigger ("thăm chính thức Lào,
 * Campuchia"), a country after a place word ("đến Ấn Độ", "sang Thuỵ Điển"), the inviter's country ("theo lời mời
 * của Thủ tướng Thái Lan"); a place in Vietnam or Vietnam itself there ("đến Hà Nội", "thăm Việt Nam") makes Vietnam
 * the host. Phrases are in {@code extract/hosts.tsv}.
 */
final class Hosts {
    private static final Map<String, Pattern> PHRASES = phrases();
    private static final Pattern GLUE = PHRASES.get("glue"), TO = PHRASES.get("to"), INVITATION = PHRASES.get("invitation");
    /** Capitals and cities ({@code extract/cities.tsv}): "đến Bắc Kinh" makes China the host, "đến Hà Nội" Vietnam. */
    private static final Map<String, String> CITIES = new HashMap<>();
    private static final Pattern CITY, VIETNAM_PLACE;
    static {
        StringBuilder foreign = new StringBuilder(), vietnamese = new StringBuilder();
        for (String[] row : DataFiles.table("/extract/cities.tsv")) {
            CITIES.put(row[0], row[1]);
            StringBuilder to = row[1].equals("VNM") ? vietnamese : foreign;
            to.append(to.length() == 0 ? "" : "|").append(Pattern.quote(row[0]));
        }
        CITY = Pattern.compile("(?<![\\p{L}])(?:" + foreign + ")(?![\\p{L}])");
        VIETNAM_PLACE = Pattern.compile(PHRASES.get("vietnam-place").pattern() + "(?:" + vietnamese + ")(?![\\p{L}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
    /** The city and Vietnam-place patterns tried only where one of their names can start: hundreds of alternatives each. */
    private static final org.caytre.internal.LeadingChars.Search CITY_SEARCH = org.caytre.internal.LeadingChars.search(CITY),
            VIETNAM_PLACE_SEARCH = org.caytre.internal.LeadingChars.search(VIETNAM_PLACE);

    /** The hosts found: foreign countries, and whether Vietnam is named as host. */
    record Found(Set<String> countries, boolean vietnam) {
        /** The side's host: itself when visited, else Vietnam; null when the clause names no host at all. */
        String hostOf(String side) {
            if (countries.contains(side)) return side;
            return countries.isEmpty() && !vietnam ? null : "VNM";
        }
    }

    /** How far after the visit's trigger a city names its host once a host is named. */
    private static final int CITY_REACH = 60;

    private Hosts() {}

    static Found find(String text, ClauseContext c, Pattern trigger) {
        Set<String> hosts = new java.util.LinkedHashSet<>();
        boolean vietnam = false;
        int start = c.clause().start(), end = c.clause().end();
        Matcher t = trigger.matcher(text).region(start, end);
        int firstTrigger = -1, lastTriggerEnd = -1;
        while (t.find()) {
            if (firstTrigger < 0) firstTrigger = t.start();
            lastTriggerEnd = t.end();
            int p = t.end();
            for (EntityMention e : c.entities()) {             // "thăm chính thức Lào, Ma-lai-xi-a và …"
                if (e.span().start() < p || e.type() != EntityType.COUNTRY) continue;
                Matcher glue = GLUE.matcher(text).region(p, e.span().start());
                if (!glue.lookingAt() || glue.end() != e.span().start()) break;
                if (e.id().equals("VNM")) vietnam = true;
                else hosts.add(e.id());
                p = e.span().end();
            }
        }
        if (firstTrigger < 0) return new Found(hosts, vietnam);
        for (EntityMention e : c.entities()) {                 // "… đến Ấn Độ", "sang Thuỵ Điển"
            if (e.type() != EntityType.COUNTRY || e.span().start() < firstTrigger - 80) continue;
            String before = text.substring(Math.max(start, e.span().start() - 40), e.span().start());
            if (!TO.matcher(before).find()) continue;
            if (e.id().equals("VNM")) vietnam = true;
            else hosts.add(e.id());
        }
        for (EntityMention e : c.entities())                  // "tới Lào và Campuchia": listed after a host, a host too
            if (e.type() == EntityType.COUNTRY && !e.id().equals("VNM") && !hosts.contains(e.id()) && e.span().start() >= firstTrigger)
                for (EntityMention h : c.entities())
                    if (hosts.contains(h.id()) && h.span().end() <= e.span().start() && glued(text, h.span().end(), e.span().start())) {
                        hosts.add(e.id());
                        break;
                    }
        boolean named = vietnam || !hosts.isEmpty();
        org.caytre.internal.LeadingChars.Finder city = CITY_SEARCH.finderIn(text, Math.max(start, firstTrigger - 80), end);
        while (city.find()) {                                 // "đến Bắc Kinh", "tới thủ đô Viêng Chăn"
            // "chuyến công du sang Việt Nam … từ khi ông rời ga xe lửa ở Bình Nhưỡng": with the host named, a city far from
            // the trigger is where another verb happens
            if (named && city.start() - firstTrigger > CITY_REACH) continue;
            String before = text.substring(Math.max(start, city.start() - 40), city.start());
            if (TO.matcher(before).find()) hosts.add(CITIES.get(city.matcher().group()));
        }
        // "Chuyến thăm của ông Tập … sau khi hội nghị thượng đỉnh … tại Hà Nội": a city of Vietnam far after the trigger is
        // where another verb happens
        if (VIETNAM_PLACE_SEARCH.findIn(text, start, Math.min(end, lastTriggerEnd + CITY_REACH))) vietnam = true;
        Matcher inv = INVITATION.matcher(text).region(start, end);
        if (inv.find()) {                                      // "theo lời mời của Thủ tướng Thái Lan …"
            int after = inv.end();
            for (EntityMention e : c.entities())
                if (e.type() == EntityType.COUNTRY && e.span().start() >= after && e.span().start() - after < 40 && !e.id().equals("VNM")) {
                    hosts.add(e.id());
                    break;
                }
            for (PersonMention p : c.people())
                if (p.span().start() >= after && p.span().start() - after < 5 && p.countryId() != null && !p.countryId().equals("VNM")) {
                    hosts.add(p.countryId());
                    break;
                }
        }
        return new Found(hosts, vietnam);
    }

    /**
     * The country of the place named right after {@code at} ("tổ chức tại Lào", "tại thủ đô Viêng Chăn, Lào", "tại Hà
     * Nội"): a country, or a city of {@code extract/cities.tsv} (not when {@code countryOnly}: then a country right
     * after); null when none starts within a few words. {@code from}: where the words before the place begin.
     */
    static String placeAfter(String text, ClauseContext c, int from, int at, boolean countryOnly) {
        int window = Math.min(c.clause().end(), at + 40);
        for (EntityMention e : c.entities())
            if (e.type() == EntityType.COUNTRY && e.span().start() >= at && e.span().start() < window)
                return countryOnly && !text.substring(at, e.span().start()).isBlank() ? null : e.id();
        if (countryOnly) return null;
        org.caytre.internal.LeadingChars.Finder city = CITY_SEARCH.finderIn(text, at, window);
        if (city.find()) return CITIES.get(city.matcher().group());
        return VIETNAM_PLACE_SEARCH.findIn(text, from, window) ? "VNM" : null;
    }

    /** Whether only list glue (", ", " và ") stands between {@code from} and {@code to}. */
    /** Whether a place word ("đến", "tới", "sang", "thăm" …) introduces the country named at {@code at}. */
    static boolean introduced(String text, int clauseStart, int at) {
        return TO.matcher(text).region(Math.max(clauseStart, at - 40), at).find();
    }

    static boolean glued(String text, int from, int to) {
        return from <= to && GLUE.matcher(text).region(from, to).matches();
    }

    private static Map<String, Pattern> phrases() {
        Map<String, Pattern> out = new HashMap<>();
        for (String[] row : DataFiles.table("/extract/hosts.tsv")) out.put(row[0], Pattern.compile(row[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        return Map.copyOf(out);
    }

    /**
     * "Đại sứ Nhật Bản tại Việt Nam … đã đến thăm tỉnh Quảng Nam": an envoy travelling in the country of the post makes no
     * visit between states — unless a country other than the envoy's two is named after the trigger.
     */
    static boolean tripAtPost(String text, ClauseContext c, int ts, int te) {
        String posted = null;
        int sendingFrom = -1, sendingTo = -1;
        for (EntityMention e : c.entities()) {             // "Đại sứ … tại Việt Nam", or after a nominal trigger: "Chuyến thăm của đại sứ Mỹ tại Trung Quốc"
            if (e.type() != EntityType.COUNTRY || e.span().start() < c.clause().start()) continue;
            Matcher m = ENVOY_AT.matcher(text).region(Math.max(c.clause().start(), e.span().start() - 60), e.span().start());
            if (m.find()) { posted = e.id(); sendingFrom = m.start(1); sendingTo = m.end(1); }
        }
        if (posted == null) return false;
        for (EntityMention e : c.entities())
            if (e.type() == EntityType.COUNTRY && e.span().start() >= te && !e.id().equals(posted)
                    && (e.span().start() < sendingFrom || e.span().start() >= sendingTo)) return false;
        return true;
    }

    private static final Pattern ENVOY_AT = ClausePhrases.get("envoy-at");
}
