package org.caytre.kb.ledger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A partner of Vietnam on a given date: the step in force then, in the shape of {@code caytre partners --json}. */
public record Partner(String country, Level level, String since, String provenance, String evidence, String doc,
                      List<Source> sources, String name) {
    public static final String COUNTRY = "country", ORGANISATION = "organisation";

    public Partner {
        sources = List.copyOf(sources);
    }

    static Partner of(Step s) {
        return new Partner(s.country(), s.level(), s.since(), s.provenance(), s.evidence(), s.doc(), s.sources(), s.name());
    }

    /** A country (ISO alpha-3) or an organisation ({@code ORG:} id). */
    public static String kindOf(String partner) { return partner.startsWith("ORG:") ? ORGANISATION : COUNTRY; }

    public boolean isCountry() { return kindOf(country).equals(COUNTRY); }

    /** {@code {"country", "level", "since", "provenance", "evidence", "doc", "sources", "name", "partner_kind"}}. */
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("country", country);
        m.put("level", level.name());
        m.put("since", since);
        m.put("provenance", provenance);
        m.put("evidence", evidence);
        m.put("doc", doc);
        m.put("sources", sources.stream().map(Source::toJson).toList());
        m.put("name", name);
        m.put("partner_kind", kindOf(country));
        return m;
    }
}
