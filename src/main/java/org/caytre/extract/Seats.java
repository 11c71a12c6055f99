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
import org.caytre.model.Annotations;
import org.caytre.model.DateMention;
import org.caytre.model.EntityMention;
import org.caytre.model.EntityType;
import org.caytre.model.Event;
import org.caytre.model.Span;

/**
 * The "bodies" split: a seat, chair or membership per trigger, with the organisation after it (or before it, or named
 * in the sentences before); its holders listed with it ({@link CoordinatedList}), else Vietnam when the clause speaks
 * of it; dated by the term or month named with the seat, an election by when it was won (its term kept as {@code term}).
 */
final class Seats {
    /** How far back a seat's body may have been named ("… Hội đồng Bảo an. Nga, Anh … là những uỷ viên thường trực."). */
    private static final int RECENT_BODY = 400;
    private static final Pattern ELECTION = ClausePhrases.get("election");
    private static final Pattern BODY_YEAR = Pattern.compile("\\s*((?:19|20)\\d\\d)(?![\\p{N}])");


    private Seats() {}

    /** A person named right after the body ("Chủ tịch Uỷ ban châu Âu Jean-Claude Juncker"): the seat is that person's office. */
    private static boolean officerNamed(ClauseContext c, EntityMention body) {
        for (org.caytre.model.PersonMention p : c.people())
            if (p.span().start() >= body.span().end() - 1 && p.span().start() - body.span().end() <= 2) return true;
        return false;
    }

    static List<Event> read(EventRule r, ClauseContext c, String text, Map<String, Object> attrs) {
        // "Chủ tịch Hội đồng châu Âu, ông Donald Tusk, …": an organisation's own officer holds no seat of a state in it
        return seats(r, c, text, attrs).stream().filter(e -> !e.participants().equals(List.of(String.valueOf(e.attrs().get("body"))))).toList();
    }

    private static List<Event> seats(EventRule r, ClauseContext c, String text, Map<String, Object> attrs) {
        List<Event> out = new ArrayList<>();
        boolean before = "before".equals(r.host());
        // tried only where the trigger can start (LeadingChars): a seat's trigger has many alternatives
        org.caytre.internal.LeadingChars.Finder t = org.caytre.internal.LeadingChars.searchOf(r.trigger()).finderIn(text, c.clause().start(), c.clause().end());
        int consumed = -1;                      // "trúng cử Ủy viên không thường trực HĐBA": one seat, however many triggers
        List<int[]> coordinated = new ArrayList<>();          // {first event index, entity index}: "Chủ tịch ASEAN, AIPA"
        while (t.find()) {
            if (t.start() < consumed) continue;
            EntityMention body = null;
            for (EntityMention e : c.entities()) {
                if (e.type() != EntityType.ORGANIZATION) continue;
                if (!before && e.span().start() >= t.end() && e.span().start() - t.end() <= 60) { body = e; break; }
                if (before && e.span().end() <= t.start() && t.start() - e.span().end() <= 80) body = e;
            }
            if (body == null && !before) body = acronymAfter(text, c, t.end());   // "nước thành viên ADC gồm: …"
            boolean fromContext = false;
            if (body == null && !before && c.recentBody() != null && !CoordinatedList.endingAt(text, c.entities(), t.start()).isEmpty()) {
                body = c.recentBody();                                   // the seat's body was named just before
                fromContext = true;
            }
            if (body == null || NonStateBodies.contains(body.id())) continue;     // "Hội nghị thường niên WEF … tại Thụy Sĩ"
            if (!before && officerNamed(c, body)) continue;             // "Chủ tịch Hội đồng châu Âu Donald Tusk": the body's own officer
            if (!before && !fromContext)
                for (EntityMention more : coordinatedAfter(text, c, body)) coordinated.add(new int[] {out.size(), c.entities().indexOf(more)});
            Map<String, Object> a = new LinkedHashMap<>(attrs);
            String between = before || fromContext ? t.matcher().group() : text.substring(t.start(), body.span().start());   // "trúng cử Phó Chủ tịch …"
            String role = mapped(r.maps().getOrDefault("role", List.of()), between);
            if (role != null) a.put("role", role);
            if ("chair".equals(role) && body.id().equals("ORG:UNSC")) a.put("role", "president");
            a.put("body", body.id());
            List<String> parts = new ArrayList<>();
            // "Nga, Anh, Pháp, Trung Quốc và Mỹ là những uỷ viên thường trực …", "… thành viên … gồm Bolivia, Ethiopia …"
            List<EntityMention> holders = CoordinatedList.endingAt(text, c.entities(), t.start());
            if (holders.isEmpty()) holders = CoordinatedList.introducedAfter(text, c.entities(), body.span().end(), c.clause().end());
            holders = holders.stream().filter(h -> !Places.isPlace(text, c.clause().start(), h.span().start())).toList();
            if (!before && holders.size() >= 2) {
                for (EntityMention h : holders) {
                    if (!parts.contains(h.id())) parts.add(h.id());
                }
                for (String holder : parts) out.add(event(r, c, List.of(holder), null, a));
                continue;
            }
            if ("host".equals(role) && before) {                         // "Hội nghị … ASEAN … tổ chức tại Lào", "… tại Hà Nội"
                // a conference named with its place ("Hội nghị … ASEAN lần thứ 57 … tại Lào"): a country, not a city — a
                // conference in New York or Geneva is at a seat of the UN, no country's hosting
                String place = Hosts.placeAfter(text, c, t.start(), t.end(), t.matcher().group().strip().equals("tại"));
                if (place == null) continue;
                parts.add(place);
                Matcher year = BODY_YEAR.matcher(text).region(body.span().end(), c.clause().end());
                if (year.lookingAt()) a.put("term", year.group(1));
            } else if ("host".equals(role)) {                            // "nước chủ nhà APEC Ma-lai-xi-a"
                for (EntityMention e : c.entities())
                    if (e.type() == EntityType.COUNTRY && e.span().start() > body.span().end() && !e.id().equals("VNM")) {
                        parts.add(e.id());
                        break;
                    }
                if (parts.isEmpty() && (c.vietnam() || before)) parts.add("VNM");   // "Việt Nam đăng cai APEC", "… tổ chức tại Hà Nội"
                Matcher year = BODY_YEAR.matcher(text).region(body.span().end(), c.clause().end());
                if (year.lookingAt()) a.put("term", year.group(1));                  // "APEC 2017": the year hosted
            } else if (!before && holderNamed(text, c, t.start(), t.end(), body) != null) {
                parts.add(holderNamed(text, c, t.start(), t.end(), body).id());        // "Ba Lan, nước giữ vị trí Chủ tịch HĐBA"
            } else if (!before && wishedHolder(text, c, t.start()) != null) {
                parts.add(wishedHolder(text, c, t.start()).id());            // "tin tưởng … Lào … đảm nhận … Chủ tịch ASEAN"
            } else if (!before && SEATS_IN_GENERAL.matcher(text).region(Math.max(c.clause().start(), t.start() - 30), t.start()).find()) {
                continue;                                 // "đối tác … với 28 nước, trong đó có tất cả các nước Uỷ viên thường trực …"
            } else if (c.vietnam() || (before && c.vietnamese())) parts.add("VNM");
            else for (Side s : c.sides(false)) { parts.add(s.id()); break; }
            if (parts.isEmpty()) continue;
            int near = Math.max(t.end(), fromContext ? t.end() : body.span().end()) + 60;   // a term or month named with the seat, not a later year
            List<DateMention> after = c.dates().stream().filter(dm -> dm.span().start() >= t.start() && dm.span().start() <= near).toList();
            if (ELECTION.matcher(t.matcher().group()).find()) {                      // "trúng cử … nhiệm kỳ 2020-2021": elected now, for that term
                after.stream().filter(DateMention::isRange).findFirst().ifPresent(term -> a.put("term", term.value()));
                after = after.stream().filter(dm -> !dm.isRange()).toList();
            }
            if (after.isEmpty() && "host".equals(role) && a.get("term") instanceof String hosted) {     // "đăng cai APEC 2017"
                out.add(event(r, c, parts, hosted, a));
                consumed = Math.max(t.end(), body.span().end());
                continue;
            }
            if (after.isEmpty())                                              // "… nhiệm kỳ 2020-2021, Chủ tịch …", "Sáng 8/6, … trúng cử"
                after = c.dates().stream().filter(dm -> dm.span().start() >= t.start() - 40 && dm.span().start() < t.start()).toList();
            consumed = Math.max(t.end(), body.span().end());
            List<DateMention> terms = DatedItems.split(text, after);         // "vào tháng 7/2008 và tháng 10/2009"
            if (terms.size() >= 2) for (DateMention dm : terms) out.add(event(r, c, parts, dm.value(), a));
            else out.add(event(r, c, parts, after.isEmpty() ? null : after.get(0).value(), a));
        }
        // each body coordinated with the seat's ("Chủ tịch ASEAN, AIPA năm 2024") is held the same way
        for (int i = coordinated.size() - 1; i >= 0; i--) {
            int from = coordinated.get(i)[0];
            int to = i + 1 < coordinated.size() && coordinated.get(i + 1)[0] > from ? coordinated.get(i + 1)[0] : out.size();
            String other = c.entities().get(coordinated.get(i)[1]).id();
            for (int k = from; k < to; k++) if (!other.equals(out.get(k).attrs().get("body"))) out.add(out.get(k).with("body", other));
        }
        return out;
    }

    /** Organisations listed right after a seat's body ("ASEAN, AIPA", "ASEAN và AIPA"). */
    private static List<EntityMention> coordinatedAfter(String text, ClauseContext c, EntityMention body) {
        List<EntityMention> out = new ArrayList<>();
        int end = body.span().end();
        for (EntityMention e : c.entities()) {
            if (e.span().start() < end) continue;
            if (e.type() != EntityType.ORGANIZATION || !LIST_GLUE.matcher(text).region(end, e.span().start()).matches()) break;
            out.add(e);
            end = e.span().end();
        }
        return out;
    }

    private static final Pattern LIST_GLUE = Pattern.compile("\\s*(?:,|và|,\\s*và)\\s*");

    /**
     * The one country a seat is said of: named right before it ("Ba Lan, nước giữ vị trí Chủ tịch …", "Bờ Biển Ngà là
     * thành viên …"), or — when the clause opens with the seat ("Là thành viên tích cực của Liên minh châu Phi, Bờ Biển
     * Ngà sẽ …") — the subject after the comma that ends it.
     */
    private static EntityMention holderNamed(String text, ClauseContext c, int trigger, int triggerEnd, EntityMention body) {
        EntityMention last = null;
        for (EntityMention e : c.entities())
            if (e.type() == EntityType.COUNTRY && e.span().end() <= trigger) last = e;
        if (last != null && HOLDER_GLUE.matcher(text).region(last.span().end(), trigger).matches()) return last;
        if (!SEAT_OPENS.matcher(text).region(c.clause().start(), triggerEnd).matches()) return null;
        int comma = text.indexOf(',', body.span().end());
        if (comma < 0 || comma >= c.clause().end()) return null;
        for (EntityMention e : c.entities())
            if (e.type() == EntityType.COUNTRY && e.span().start() > comma && text.substring(comma + 1, e.span().start()).isBlank()) return e;
        return null;
    }

    /**
     * An organisation the gazetteer does not know, named by its acronym right after a seat ("8 nước thành viên ADC gồm:
     * …", "Chủ tịch luân phiên ADC"): a body of its own, {@code ORG:} and the acronym, as the gold files name such bodies.
     */
    private static EntityMention acronymAfter(String text, ClauseContext c, int from) {
        Matcher m = ACRONYM.matcher(text).region(from, Math.min(c.clause().end(), from + 24));
        if (!m.lookingAt()) return null;
        // an acronym the gazetteer knows as something else ("thành viên của UNCLOS": a convention, no body) names no body
        for (EntityMention e : c.entities()) if (e.span().start() <= m.start(1) && e.span().end() >= m.end(1)) return null;
        return new EntityMention(new Span(m.start(1), m.end(1)), m.group(1), "ORG:" + m.group(1), EntityType.ORGANIZATION);
    }

    private static final Pattern ACRONYM = ClausePhrases.get("acronym-body");

    /** The first foreign country named after the last verb of belief or wish before the seat; null when none. */
    private static EntityMention wishedHolder(String text, ClauseContext c, int trigger) {
        Matcher w = WISHED.matcher(text).region(c.clause().start(), trigger);
        int after = -1;
        while (w.find()) after = w.end();
        if (after < 0) return null;
        for (EntityMention e : c.entities())
            if (e.type() == EntityType.COUNTRY && !e.id().equals("VNM") && e.span().start() >= after && e.span().end() <= trigger) return e;
        return null;
    }

    private static final Pattern WISHED = ClausePhrases.get("seat-wished"), SEATS_IN_GENERAL = ClausePhrases.get("seats-in-general");
    private static final Pattern HOLDER_GLUE = ClausePhrases.get("seat-holder-glue"), SEAT_OPENS = ClausePhrases.get("seat-opens");

    /**
     * The body the sentences before {@code at} speak of: the first organisation of the last sentence that names one
     * ("Vì vậy, Hội đồng Bảo an là cơ quan có thực quyền nhất của Liên Hợp Quốc. Cơ quan này gồm 15 thành viên. Nga, Anh …
     * là những uỷ viên thường trực"): the subject, not the organisation it belongs to. Null when none is near.
     */
    static EntityMention recentBody(Annotations a, String text, int at) {
        List<EntityMention> orgs = Span.within(a.entities(), EntityMention::span, new Span(Math.max(0, at - RECENT_BODY), at))
                .stream().filter(e -> e.type() == EntityType.ORGANIZATION).toList();
        if (orgs.isEmpty()) return null;
        int k = orgs.size() - 1;
        while (k > 0 && !periodBetween(text, orgs.get(k - 1).span().end(), orgs.get(k).span().start())) k--;
        return orgs.get(k);
    }

    /** A full stop between two mentions; none when they overlap (an organisation named inside another's name). */
    private static boolean periodBetween(String text, int from, int to) {
        int dot = from < to ? text.indexOf('.', from) : -1;
        return dot >= 0 && dot < to;
    }
}
