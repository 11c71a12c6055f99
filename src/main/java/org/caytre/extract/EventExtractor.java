package org.caytre.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caytre.extract.ClauseContext.Side;
import org.caytre.extract.rules.EventRule;
import org.caytre.extract.rules.EventRules;
import org.caytre.model.Annotations;
import org.caytre.model.DateMention;
import org.caytre.model.Document;
import org.caytre.model.EntityMention;
import org.caytre.model.EntityType;
import org.caytre.model.Event;
import org.caytre.model.QuantityMention;
import org.caytre.model.Section;
import org.caytre.model.Span;

/**
 * Reads typed events out of annotated text with the rules of {@code extract/rules/events.jsonl}, clause by clause.
 * Plans and directions ({@code extract/plans.txt}) are not events. A clause without a trigger that follows one with a
 * "carry" rule in the same sentence continues it ("… điện đàm với Thủ tướng Nhật Bản (22/3); Chủ tịch nước … (11/5)").
 */
public final class EventExtractor {
    private final List<EventRule> rules;
    private final List<Pattern> planCues = new ArrayList<>();
    private Pattern planSections;
    private final Map<String, List<String>> parties = new HashMap<>();

    public EventExtractor() { this(EventRules.load("/extract/rules/events.jsonl")); }

    public EventExtractor(List<EventRule> rules) {
        this.rules = rules;
        for (String[] row : Data.table("/extract/plans.txt")) {
            if (row[0].startsWith("section:")) planSections = Pattern.compile("(?i)" + row[0].substring(8));
            else planCues.add(Pattern.compile("(?i)" + row[0]));
        }
        for (String[] row : Data.table("/extract/agreement-parties.tsv")) parties.put(row[0], List.of(row[1].split(",")));
    }

    public List<EventRule> rules() { return rules; }

    public List<Event> extract(Document d, Annotations a) {
        Map<String, Event> out = new LinkedHashMap<>();
        String text = d.text();
        for (Span sentence : d.sentences()) {
            if (inPlanSection(d, sentence)) continue;
            EventRule carried = null;
            List<Side> carriedSides = List.of();
            for (Span clause : Clauses.of(text, sentence)) {
                if (isPlan(text, clause)) { carried = null; continue; }
                ClauseContext c = ClauseContext.of(a, clause, sentence);
                boolean fired = false;
                for (EventRule r : rules) {
                    Matcher t = r.trigger().matcher(text).region(clause.start(), clause.end());
                    if (!t.find()) continue;
                    if (r.require() != null && !r.require().matcher(text).region(clause.start(), clause.end()).find()) continue;
                    List<Event> events = apply(r, c, text, t.start(), t.end(), t.group(), null);
                    for (Event e : events) out.putIfAbsent(key(e), e);
                    fired |= !events.isEmpty();
                    if (r.carry() && !events.isEmpty()) { carried = r; carriedSides = c.sides(r.orgs()); }
                }
                if (!fired && carried != null && !c.dates().isEmpty() && !c.people().isEmpty()) {
                    List<Side> inherited = c.sides(carried.orgs()).isEmpty() ? carriedSides : null;
                    for (Event e : apply(carried, c, text, clause.start(), clause.start(), "", inherited)) out.putIfAbsent(key(e), e);
                } else if (fired) {
                    // keep carrying the last rule that fired
                } else {
                    carried = null;
                }
            }
        }
        return List.copyOf(out.values());
    }

    private List<Event> apply(EventRule r, ClauseContext c, String text, int ts, int te, String trigger, List<Side> inherited) {
        List<Side> sides = inherited != null ? inherited : c.sides(r.orgs());
        String clauseText = text.substring(c.clause().start(), c.clause().end());
        Map<String, Object> attrs = new LinkedHashMap<>(r.attrs());
        for (var m : r.maps().entrySet()) {
            String v = mapped(m.getValue(), trigger);
            if (v == null) v = mapped(m.getValue(), clauseText);
            if (v != null) attrs.put(m.getKey(), v);
        }
        return switch (r.split()) {
            case "each" -> each(r, c, sides, attrs, ts, inherited != null);
            case "agreements" -> agreements(r, c, sides, attrs);
            case "bodies" -> bodies(r, c, text, attrs);
            case "aid" -> aid(r, c, sides, attrs, ts, te, text);
            case "note" -> note(r, c, sides, attrs, ts, te);
            case "citizens" -> citizens(r, c, attrs);
            default -> List.of();
        };
    }

    private List<Event> each(EventRule r, ClauseContext c, List<Side> sides, Map<String, Object> attrs, int ts, boolean inherited) {
        List<Event> out = new ArrayList<>();
        if (sides.isEmpty()) return out;
        if (!c.vietnam() && sides.size() >= 2) {                 // "Mỹ và Nga đã tiến hành Hội nghị thượng đỉnh"
            out.add(event(r, c, sides.stream().map(Side::id).toList(), firstDate(c), attrs));
            return out;
        }
        for (int i = 0; i < sides.size(); i++) {
            Side s = sides.get(i);
            int from = inherited ? c.clause().start() : s.at();
            int to = !inherited && i + 1 < sides.size() ? sides.get(i + 1).at() : c.clause().end();
            List<DateMention> ds = datesIn(c, from, to);
            if (ds.isEmpty()) ds = nearestBefore(c, s.at());
            Map<String, Object> a = new LinkedHashMap<>(attrs);
            if ("after-trigger".equals(r.host())) a.put("host", s.at() > ts ? s.id() : "VNM");
            List<String> parts = new ArrayList<>();
            if (c.vietnam() || inherited) parts.add("VNM");
            parts.add(s.id());
            if (ds.size() >= 2 && ds.stream().allMatch(d -> d.precision() == DateMention.Precision.DAY))
                for (DateMention d : ds) out.add(event(r, c, parts, d.value(), a));
            else out.add(event(r, c, parts, ds.isEmpty() ? firstDate(c) : ds.get(0).value(), a));
        }
        return out;
    }

    private List<Event> agreements(EventRule r, ClauseContext c, List<Side> sides, Map<String, Object> attrs) {
        List<Event> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (EntityMention e : c.entities()) {
            if (e.type() != EntityType.AGREEMENT || !seen.add(e.id())) continue;
            List<String> parts = new ArrayList<>(parties.getOrDefault(e.id(), List.of()));
            if (parts.isEmpty()) {
                if (c.vietnam()) parts.add("VNM");
                for (Side s : sides) if (!parts.contains(s.id())) parts.add(s.id());
            }
            Map<String, Object> a = new LinkedHashMap<>(attrs);
            a.put("agreement", e.id());
            out.add(event(r, c, parts, firstDate(c), a));
        }
        return out;
    }

    private List<Event> bodies(EventRule r, ClauseContext c, String text, Map<String, Object> attrs) {
        List<Event> out = new ArrayList<>();
        Matcher t = r.trigger().matcher(text).region(c.clause().start(), c.clause().end());
        while (t.find()) {
            EntityMention body = null;
            for (EntityMention e : c.entities())
                if (e.type() == EntityType.ORGANIZATION && e.span().start() >= t.end() && e.span().start() - t.end() <= 60) { body = e; break; }
            if (body == null) continue;
            Map<String, Object> a = new LinkedHashMap<>(attrs);
            String role = mapped(r.maps().getOrDefault("role", List.of()), t.group());
            if (role != null) a.put("role", role);
            if ("chair".equals(role) && body.id().equals("ORG:UNSC")) a.put("role", "president");
            a.put("body", body.id());
            List<String> parts = new ArrayList<>();
            if (c.vietnam()) parts.add("VNM");
            else for (Side s : c.sides(false)) { parts.add(s.id()); break; }
            if (parts.isEmpty()) continue;
            DateMention d = null;
            for (DateMention dm : c.dates()) if (dm.span().start() >= t.start() - 40) { d = dm; break; }
            out.add(event(r, c, parts, d == null ? null : d.value(), a));
        }
        return out;
    }

    private List<Event> aid(EventRule r, ClauseContext c, List<Side> sides, Map<String, Object> attrs, int ts, int te, String text) {
        List<Event> out = new ArrayList<>();
        if (sides.isEmpty()) return out;
        QuantityMention amount = null;
        for (QuantityMention q : c.quantities()) if (q.span().start() >= te) { amount = q; break; }
        Side giver = null;
        for (Side s : sides) if (s.at() < ts) giver = s;
        List<Side> receivers = sides.stream().filter(s -> s.at() > ts).toList();
        String item = itemAfter(text, te, c.clause().end());
        if (giver != null && receivers.isEmpty()) {
            out.add(aidEvent(r, c, giver.id(), "VNM", item, amount, attrs));
        } else if (giver == null) {
            for (Side s : receivers) out.add(aidEvent(r, c, "VNM", s.id(), item, amount, attrs));
        }
        return out;
    }

    private Event aidEvent(EventRule r, ClauseContext c, String from, String to, String item, QuantityMention q, Map<String, Object> attrs) {
        Map<String, Object> a = new LinkedHashMap<>(attrs);
        a.put("from", from);
        a.put("to", to);
        a.put("item", item);
        a.put("amount", q == null ? null : q.value());
        a.put("unit", q == null ? null : q.unit());
        List<String> parts = new ArrayList<>(List.of("VNM"));
        String other = from.equals("VNM") ? to : from;
        if (!other.equals("VNM")) parts.add(other);
        return event(r, c, parts, firstDate(c), a);
    }

    private List<Event> note(EventRule r, ClauseContext c, List<Side> sides, Map<String, Object> attrs, int ts, int te) {
        Map<String, Object> a = new LinkedHashMap<>(attrs);
        QuantityMention count = null;
        for (QuantityMention q : c.quantities()) if (q.span().end() <= ts && ts - q.span().end() <= 12) count = q;
        String to = null;
        for (Side s : sides) if (s.at() >= te) { to = s.id(); break; }
        if (to == null && c.vietnam()) to = "VNM";
        if (to == null) return List.of();
        a.put("to", to);
        a.put("count", count == null ? null : count.value());
        List<String> parts = new ArrayList<>();
        if (c.vietnam()) parts.add("VNM");
        for (Side s : sides) if (!parts.contains(s.id())) parts.add(s.id());
        return List.of(event(r, c, parts, firstDate(c), a));
    }

    private List<Event> citizens(EventRule r, ClauseContext c, Map<String, Object> attrs) {
        if (!c.vietnam()) return List.of();
        Map<String, Object> a = new LinkedHashMap<>(attrs);
        a.put("flights", unitValue(c, "flights"));
        Object citizens = unitValue(c, "citizens");
        a.put("citizens", citizens != null ? citizens : unitValue(c, "fishermen"));
        a.put("countries", unitValue(c, "countries"));
        return List.of(event(r, c, List.of("VNM"), firstDate(c), a));
    }

    private static Object unitValue(ClauseContext c, String unit) {
        for (QuantityMention q : c.quantities()) if (unit.equals(q.unit())) return q.value();
        return null;
    }

    private static String itemAfter(String text, int from, int end) {
        String rest = text.substring(from, end).strip();
        String[] words = rest.split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, 6))).replaceAll("[,.;:]+$", "");
    }

    private static Event event(EventRule r, ClauseContext c, List<String> participants, String date, Map<String, Object> attrs) {
        return new Event(r.type(), participants, c.personIds(), date, attrs, c.clause(), r.name());
    }

    private static String firstDate(ClauseContext c) { return c.dates().isEmpty() ? null : c.dates().get(0).value(); }

    private static List<DateMention> datesIn(ClauseContext c, int from, int to) {
        return c.dates().stream().filter(d -> d.span().start() >= from && d.span().start() < to).toList();
    }

    private static List<DateMention> nearestBefore(ClauseContext c, int at) {
        DateMention best = null;
        for (DateMention d : c.dates()) if (d.span().start() < at) best = d;
        return best == null ? List.of() : List.of(best);
    }

    private static String mapped(List<Map.Entry<Pattern, String>> entries, String s) {
        for (var e : entries) if (e.getKey().matcher(s).find()) return e.getValue();
        return null;
    }

    private boolean isPlan(String text, Span clause) {
        for (Pattern p : planCues) if (p.matcher(text).region(clause.start(), clause.end()).find()) return true;
        return false;
    }

    private boolean inPlanSection(Document d, Span sentence) {
        if (planSections == null) return false;
        for (Section s : d.sections())
            if (s.span().contains(sentence.start()) && planSections.matcher(s.title() == null ? "" : s.title()).find()) return true;
        return false;
    }

    /** What makes two mentions the same event: type, sides, date and key attributes. */
    private static String key(Event e) {
        return e.type() + "|" + new java.util.TreeSet<>(e.participants()) + "|" + e.date() + "|" + e.attrs().get("agreement")
                + "|" + e.attrs().get("stage") + "|" + e.attrs().get("body") + "|" + e.attrs().get("level") + "|" + e.attrs().get("host")
                + "|" + e.attrs().get("to") + "|" + e.attrs().get("amount");
    }
}
