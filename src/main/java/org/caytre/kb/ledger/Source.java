package org.caytre.kb.ledger;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One piece of support for a partnership step: {@code provenance} is {@code "document"} (an extracted fact: its
 * {@code doc} and verbatim {@code evidence}) or {@code "reference"} (a row of kb/partnerships.tsv: its citation in
 * {@code evidence}, {@code doc} null). {@code since} is the date this source gives, at its precision; {@code kind}
 * reference, official, news or analyst; {@code outlet} its publisher (null when unknown); {@code claim} the claim's id;
 * {@code status} how the ledger weighed it (see {@link PartnershipLedger}).
 */
public record Source(String provenance, String since, String doc, String evidence, String kind, String outlet,
                     String claim, String status) {
    public static final String DOCUMENT = "document";
    public static final String REFERENCE = "reference";

    public boolean isDocument() { return provenance.equals(DOCUMENT); }

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("provenance", provenance);
        m.put("since", since);
        m.put("doc", doc);
        m.put("evidence", evidence);
        m.put("kind", kind);
        m.put("outlet", outlet);
        m.put("claim", claim);
        m.put("status", status);
        return m;
    }
}
