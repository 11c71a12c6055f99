package org.caytre.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.caytre.extract.rules.EventRule;
import org.caytre.model.DateMention;
import org.caytre.model.Event;

/** Small steps every split shares: an event from a rule and a clause, the clause's dates around a position, mapped attributes. */
final class EventParts {
    private EventParts() {}

    static String itemAfter(String text, int from, int end) {
        String rest = text.substring(Math.min(from, end), end).strip();
        String[] words = rest.split("\\s+");
        return String.join(" ", Arrays.copyOf(words, Math.min(words.length, 6))).replaceAll("[,.;:]+$", "");
    }

    static Event event(EventRule r, ClauseContext c, List<String> participants, String date, Map<String, Object> attrs) {
        return new Event(r.type(), participants, c.personIds(), date, attrs, c.clause(), r.name());
    }

    static String firstDate(ClauseContext c) { return c.dates().isEmpty() ? null : c.dates().get(0).value(); }

    static List<DateMention> datesIn(ClauseContext c, int from, int to) {
        return c.dates().stream().filter(d -> d.span().start() >= from && d.span().start() < to).toList();
    }

    static List<DateMention> firstAfter(ClauseContext c, int at) {
        for (DateMention d : c.dates()) if (d.span().start() > at) return List.of(d);
        return List.of();
    }

    static List<DateMention> nearestBefore(ClauseContext c, int at) {
        DateMention best = null;
        for (DateMention d : c.dates()) if (d.span().start() < at) best = d;
        return best == null ? List.of() : List.of(best);
    }

    static String mapped(List<Map.Entry<Pattern, String>> entries, String s) {
        for (var e : entries) if (e.getKey().matcher(s).find()) return e.getValue();
        return null;
    }
}
