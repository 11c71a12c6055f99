package org.caytre.model;

import java.util.List;
import java.util.Map;

/**
 * A typed event read from the text (the event types of the gold SCHEMA: PHONE_CALL, VISIT, MEETING, PARTNERSHIP,
 * DIPLOMATIC_RELATIONS, AGREEMENT, AID, MULTILATERAL_ROLE, DIPLOMATIC_NOTE, CITIZEN_PROTECTION). {@code date} is ISO
 * at its precision or a "START/END" range, or null; {@code evidence} is the clause it was read from; {@code rule} the
 * name of the rule that produced it.
 */
public record Event(String type, List<String> participants, List<String> people, String date,
                    Map<String, Object> attrs, Span evidence, String rule) {
    public Event {
        participants = List.copyOf(participants);
        people = List.copyOf(people);
        attrs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attrs));   // values may be null
    }

    /** This event with one attribute set (a null value keeps the key). */
    public Event with(String key, Object value) {
        Map<String, Object> a = new java.util.LinkedHashMap<>(attrs);
        a.put(key, value);
        return new Event(type, participants, people, date, a, evidence, rule);
    }

    /** This event at another date. */
    public Event dated(String newDate) {
        return new Event(type, participants, people, newDate, attrs, evidence, rule);
    }
}
