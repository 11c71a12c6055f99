package org.caytre.kb.ledger;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One statement of a partnership level: a row of the reference table, or a document saying that Vietnam and a partner
 * are (or became) partners at a level. {@code kind} is {@link SourceOrigin#REFERENCE}, {@code OFFICIAL} or
 * {@code NEWS}; {@code doc}, {@code outlet} and {@code docDate} say where it was read (null for the reference);
 * {@code when} is the date it gives (or its document's); {@code name} a named variant (reference rows only).
 * {@code id} is stable across re-ingests: an analyst's decision is keyed by it.
 */
public record Claim(String id, String partner, Level level, IsoPeriod when, String name, String kind, String doc,
                    String outlet, String docDate, String evidence) {

    static Claim of(ReferenceStep r) {
        return new Claim(StableId.of("cl", "reference|" + r.country() + "|" + r.level() + "|" + r.since().text()), r.country(),
                r.level(), r.since(), r.name(), SourceOrigin.REFERENCE, null, null, null, r.source());
    }

    static Claim of(Fact f, String partner, Level level, IsoPeriod when) {
        return new Claim(StableId.of("cl", f.doc() + "|" + partner + "|" + level + "|" + f.evidence()), partner, level, when,
                null, f.kind(), f.doc(), f.outlet(), f.docDate(), f.evidence());
    }

    public boolean isDocument() { return doc != null; }

    /**
     * Two reports are independent when their outlets differ. A report of unknown outlet counts as its own outlet
     * unless another unknown one carries the same sentence (a wire story reprinted is one report).
     */
    String outletKey() { return outlet != null ? "outlet:" + outlet : "text:" + org.caytre.text.Fold.key(evidence).strip(); }

    Source source(String status) {
        return new Source(isDocument() ? Source.DOCUMENT : Source.REFERENCE, when.text(), doc, evidence, kind, outlet, id, status);
    }

    /** {@code {"id", "partner", "level", "since", "name", "kind", "doc", "outlet", "doc_date", "evidence"}}. */
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("partner", partner);
        m.put("level", level.name());
        m.put("since", when.text());
        m.put("name", name);
        m.put("kind", kind);
        m.put("doc", doc);
        m.put("outlet", outlet);
        m.put("doc_date", docDate);
        m.put("evidence", evidence);
        return m;
    }
}
