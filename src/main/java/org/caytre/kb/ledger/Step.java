package org.caytre.kb.ledger;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One step of a country's partnership history: the level, {@code since} as cited (ISO at its precision),
 * {@code from} the first day it counts (a step dated only by year or month counts from that period's first day),
 * {@code until} the first day of the next step (exclusive; null while in force). Provenance, evidence and doc are
 * the preferred source's (a document's when one supports the step); {@code sources} keeps every source. {@code name}
 * is the framework's own name when it is a named variant of its level ("Enhanced Strategic Partnership"), else null.
 */
public record Step(String country, Level level, String since, LocalDate from, LocalDate until, String provenance,
                   String evidence, String doc, List<Source> sources, String name) {
    public Step {
        sources = List.copyOf(sources);
    }

    /** Whether the step is in force on {@code date}. */
    public boolean holdsOn(LocalDate date) {
        return !date.isBefore(from) && (until == null || date.isBefore(until));
    }

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("country", country);
        m.put("level", level.name());
        m.put("since", since);
        m.put("until", until == null ? null : until.toString());
        m.put("provenance", provenance);
        m.put("evidence", evidence);
        m.put("doc", doc);
        m.put("sources", sources.stream().map(Source::toJson).toList());
        m.put("name", name);
        m.put("partner_kind", Partner.kindOf(country));
        return m;
    }
}
