package org.caytre.kb.ledger;

import java.util.List;
import java.util.Map;
import org.caytre.extract.Extraction;
import org.caytre.model.Event;
import org.caytre.model.Metadata;

/**
 * One extracted event of one document, as the ledger reads it: {@code type} as in shared/gold/SCHEMA.md,
 * {@code date} ISO at its precision or START/END or null, {@code docDate} the document's date (may be null),
 * {@code evidence} the verbatim text of the event's evidence span, {@code kind} what its document is
 * ({@link SourceOrigin#OFFICIAL} or {@link SourceOrigin#NEWS}) and {@code outlet} who published it (null when unknown).
 *
 * <pre>{@code List<Fact> facts = Fact.all(Pipeline.standard().extract(path)); }</pre>
 */
public record Fact(String doc, String docDate, String type, List<String> participants, String date,
                   Map<String, Object> attrs, String evidence, String kind, String outlet) {
    public Fact {
        participants = List.copyOf(participants);
        attrs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attrs));   // values may be null
    }

    /** A fact of an official document whose outlet is not known (the caller vouches for the document). */
    public Fact(String doc, String docDate, String type, List<String> participants, String date, Map<String, Object> attrs,
                String evidence) {
        this(doc, docDate, type, participants, date, attrs, evidence, SourceOrigin.OFFICIAL, null);
    }

    /** The fact of a pipeline event; {@code documentText} is the document's normalised text its spans point into. */
    public static Fact of(String doc, String docDate, Event e, String documentText, SourceOrigin.Origin origin) {
        return new Fact(doc, docDate, e.type(), e.participants(), e.date(), e.attrs(), e.evidence().of(documentText),
                origin.kind(), origin.outlet());
    }

    /** Every event of an extraction, dated by {@link #documentDate(Metadata)}, its origin read from the metadata. */
    public static List<Fact> all(Extraction x) {
        String doc = x.document().name(), date = documentDate(x.document().metadata()), text = x.document().text();
        Metadata m = x.document().metadata();
        SourceOrigin.Origin origin = SourceOrigin.standard().of(m.type(), m.issuer(), null, null);
        return x.events().stream().map(e -> of(doc, date, e, text, origin)).toList();
    }

    /**
     * The date a document speaks from: its printed date, else its reference year (a yearly review that prints
     * no date speaks of that year), else null.
     */
    public static String documentDate(Metadata m) {
        if (m.date() != null && IsoPeriod.parseOrNull(m.date()) != null) return m.date();
        return m.referenceYear() == null ? null : String.valueOf(m.referenceYear());
    }
}
