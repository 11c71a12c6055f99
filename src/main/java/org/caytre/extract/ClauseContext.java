package org.caytre.extract;

import java.util.ArrayList;
import java.util.List;
import org.caytre.model.Annotations;
import org.caytre.model.DateMention;
import org.caytre.model.EntityMention;
import org.caytre.model.EntityType;
import org.caytre.model.PersonMention;
import org.caytre.model.QuantityMention;
import org.caytre.model.Span;

/**
 * The annotations of one clause, and the sides it names, in text order. {@code vietnam}: the sentence names Vietnam or a
 * Vietnamese; {@code vietnamese}: the document does, so a clause naming no actor may be Vietnam's ("hai nước", "công
 * hàm gửi …") — in a story about other countries only the sides it names take part.
 */
record ClauseContext(Span clause, List<EntityMention> entities, List<PersonMention> people, List<DateMention> dates,
                     List<QuantityMention> quantities, boolean vietnam, String counterpart, EntityMention recentBody,
                     boolean vietnamese) {

    ClauseContext(Span clause, List<EntityMention> entities, List<PersonMention> people, List<DateMention> dates,
                  List<QuantityMention> quantities, boolean vietnam, String counterpart, EntityMention recentBody) {
        this(clause, entities, people, dates, quantities, vietnam, counterpart, recentBody, true);
    }

    ClauseContext(Span clause, List<EntityMention> entities, List<PersonMention> people, List<DateMention> dates,
                  List<QuantityMention> quantities, boolean vietnam, String counterpart) {
        this(clause, entities, people, dates, quantities, vietnam, counterpart, null);
    }

    /** The same clause, with the organisation last named before it ("… Hội đồng Bảo an. Nga, Anh … là những uỷ viên thường trực"). */
    ClauseContext withRecentBody(EntityMention body) {
        return new ClauseContext(clause, entities, people, dates, quantities, vietnam, counterpart, body, vietnamese);
    }

    /** The same clause in a document that names Vietnam somewhere ({@code true}) or never ({@code false}). */
    ClauseContext withVietnamese(boolean documentNamesVietnam) {
        return new ClauseContext(clause, entities, people, dates, quantities, vietnam, counterpart, recentBody, documentNamesVietnam);
    }

    /** Vietnam, when it may be the side a clause leaves unnamed; null in a story about other countries. */
    String implicitVietnam() { return vietnam || vietnamese ? "VNM" : null; }

    /** Whether the document names Vietnam or a Vietnamese, or speaks as Vietnam ("nước ta", "Bộ Ngoại giao" bare). */
    static boolean namesVietnam(Annotations a, String text) {
        for (EntityMention e : a.entities()) if (e.id().equals("VNM")) return true;
        for (PersonMention p : a.people()) if ("VNM".equals(p.countryId())) return true;
        // a document that keeps naming one foreign country and never Vietnam is about it: its bare bodies are that country's
        java.util.Map<String, Integer> named = new java.util.HashMap<>();
        for (EntityMention e : a.entities()) if (e.type() == EntityType.COUNTRY) named.merge(e.id(), 1, Integer::sum);
        boolean aboutOther = named.values().stream().anyMatch(n -> n >= FOREIGN_STORY_MENTIONS);
        // both searches run over the whole document: tried only where a match can start (same matches, LeadingChars)
        if ((text.contains(" ta") || text.contains("Ta ")) && VOICE_SEARCH.finder(text).find()) return true;
        if (aboutOther) return false;
        boolean bare = false;
        org.caytre.internal.LeadingChars.Finder body = BODY_SEARCH.finder(text);
        while (body.find()) {
            if (body.matcher().group(1) != null) return false;       // "Bộ Ngoại giao Mỹ": bare bodies are that country's too
            bare = true;
        }
        return bare;
    }

    /** Whether a state body named bare, as Vietnam's are ("Bộ Ngoại giao", not "Bộ Ngoại giao Mỹ"), starts right at {@code at}. */
    static boolean bareVietnamBodyAt(String text, int at, int end) {
        while (at < end && text.charAt(at) == ' ') at++;
        java.util.regex.Matcher m = VIETNAM_BODY.matcher(text).region(at, end);
        return m.lookingAt() && m.group(1) == null;
    }

    /** How often a document names one foreign country (and never Vietnam) to be a story about it. */
    private static final int FOREIGN_STORY_MENTIONS = 3;

    private static final java.util.regex.Pattern VIETNAM_VOICE = ClausePhrases.get("vietnam-voice"),
            VIETNAM_BODY = ClausePhrases.get("vietnam-body");
    private static final org.caytre.internal.LeadingChars.Search VOICE_SEARCH = org.caytre.internal.LeadingChars.search(VIETNAM_VOICE),
            BODY_SEARCH = org.caytre.internal.LeadingChars.search(VIETNAM_BODY);

    ClauseContext(Span clause, List<EntityMention> entities, List<PersonMention> people, List<DateMention> dates,
                  List<QuantityMention> quantities, boolean vietnam) {
        this(clause, entities, people, dates, quantities, vietnam, null);
    }

    /** The same clause, with {@code id} as the side the text speaks of when it names none ("hai nước", "hai bên"). */
    ClauseContext withCounterpart(String id) {
        return new ClauseContext(clause, entities, people, dates, quantities, vietnam, id, recentBody, vietnamese);
    }

    /** The same clause with its dates cut at {@code stop}: they belong to the next event named there. */
    static ClauseContext until(ClauseContext c, int stop) {
        if (stop >= c.clause().end()) return c;
        List<DateMention> ds = c.dates().stream().filter(d -> d.span().start() < stop).toList();
        return new ClauseContext(c.clause(), c.entities(), c.people(), ds, c.quantities(), c.vietnam(), c.counterpart(), c.recentBody(), c.vietnamese());
    }

    /** A side of an event: a canonical id and where it is named. */
    record Side(String id, int at) {}

    static ClauseContext of(Annotations a, Span clause, Span sentence) {
        // mentions are sorted by start: binary search keeps a long document linear
        List<EntityMention> ents = Span.within(a.entities(), EntityMention::span, clause);
        List<PersonMention> ps = Span.within(a.people(), PersonMention::span, clause);
        List<DateMention> ds = Span.within(a.dates(), DateMention::span, clause);
        List<QuantityMention> qs = Span.within(a.quantities(), QuantityMention::span, clause);
        boolean vn = false;
        for (EntityMention e : Span.within(a.entities(), EntityMention::span, sentence)) if (e.id().equals("VNM")) vn = true;
        for (PersonMention p : Span.within(a.people(), PersonMention::span, sentence)) if ("VNM".equals(p.countryId())) vn = true;
        return new ClauseContext(clause, ents, ps, ds, qs, vn);
    }

    /** Foreign sides (countries, and organisations when asked), from entities and people's countries, deduplicated. */
    List<Side> sides(boolean orgs) {
        List<Side> out = new ArrayList<>();
        for (EntityMention e : entities) {
            boolean country = e.type() == EntityType.COUNTRY && !e.id().equals("VNM");
            boolean org = orgs && e.type() == EntityType.ORGANIZATION;
            if (country || org) add(out, e.id(), e.span().start());
        }
        for (PersonMention p : people)
            if (p.countryId() != null && !p.countryId().equals("VNM")) add(out, p.countryId(), p.span().start());
        out.sort((x, y) -> Integer.compare(x.at(), y.at()));
        return out;
    }

    /**
     * The sides of talks: {@link #sides(boolean)}, and organisations whose head is named ("gặp Chủ tịch Ủy ban châu Âu",
     * "Tổng giám đốc WHO") though the rule takes no organisations.
     */
    List<Side> sidesWithHeads(boolean orgs, String text) {
        List<Side> out = new ArrayList<>(sides(orgs));
        if (orgs) return out;
        for (EntityMention e : entities) {
            if (e.type() != EntityType.ORGANIZATION) continue;
            int from = Math.max(clause.start(), e.span().start() - 30);
            if (ORG_LEADER.matcher(text).region(from, e.span().start()).find()) add(out, e.id(), e.span().start());
        }
        out.sort((x, y) -> Integer.compare(x.at(), y.at()));
        return out;
    }

    private static final java.util.regex.Pattern ORG_LEADER = ClausePhrases.get("org-leader");

    private static void add(List<Side> out, String id, int at) {
        for (Side s : out) if (s.id().equals(id)) return;
        out.add(new Side(id, at));
    }

    /** Every place the side is named in the clause (as an entity or as a person's country). */
    List<Integer> occurrences(String id) {
        List<Integer> out = new ArrayList<>();
        for (EntityMention e : entities) if (e.id().equals(id)) out.add(e.span().start());
        for (PersonMention p : people) if (id.equals(p.countryId())) out.add(p.span().start());
        return out;
    }

    /** Whether Vietnam or a Vietnamese is named in the clause between {@code from} and {@code to}. */
    boolean vietnamNamed(int from, int to) {
        for (EntityMention e : entities) if (e.id().equals("VNM") && e.span().start() >= from && e.span().start() < to) return true;
        for (PersonMention p : people)
            if ("VNM".equals(p.countryId()) && p.span().start() >= from && p.span().start() < to) return true;
        return false;
    }

    List<String> personIds() { return people.stream().map(PersonMention::id).distinct().toList(); }

    static boolean inside(Span s, Span outer) { return s.start() >= outer.start() && s.end() <= outer.end(); }
}
