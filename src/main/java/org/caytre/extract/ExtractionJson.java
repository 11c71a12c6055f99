package org.caytre.extract;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.caytre.model.DateMention;
import org.caytre.model.Document;
import org.caytre.model.EntityMention;
import org.caytre.model.Event;
import org.caytre.model.Metadata;
import org.caytre.model.PersonMention;
import org.caytre.model.QuantityMention;
import org.caytre.model.Span;
import org.caytre.model.Statistic;

/**
 * The JSON contract of {@code caytre extract --json}: the shape of shared/gold/SCHEMA.md (doc, metadata, entities,
 * events, statistics) plus {@code annotations}, every recognised span. Add fields; never rename.
 */
public final class ExtractionJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ExtractionJson() {}

    public static ObjectNode of(Extraction x) {
        Document d = x.document();
        ObjectNode root = F.objectNode();
        root.put("doc", d.name());
        Metadata m = d.metadata();
        ObjectNode meta = metadata(m);
        root.set("metadata", meta);
        ArrayNode entities = root.putArray("entities");
        x.entities().forEach(entities::add);
        ArrayNode events = root.putArray("events");
        for (Event e : x.events()) {
            ObjectNode n = events.addObject();
            n.put("type", e.type());
            ArrayNode parts = n.putArray("participants");
            e.participants().forEach(parts::add);
            ArrayNode people = n.putArray("people");
            e.people().forEach(people::add);
            n.put("date", e.date());
            ObjectNode attrs = n.putObject("attrs");
            for (Map.Entry<String, Object> a : e.attrs().entrySet()) attrs.putPOJO(a.getKey(), a.getValue());
            evidence(n, d, e.evidence());
            n.put("rule", e.rule());
        }
        ArrayNode stats = root.putArray("statistics");
        for (Statistic s : x.statistics()) {
            ObjectNode n = stats.addObject();
            n.put("indicator", s.indicator());
            n.put("value", s.value());
            n.put("unit", s.unit());
            n.put("period", s.period());
            n.put("subject", s.subject());
            n.put("approximate", s.approximate());
            evidence(n, d, s.evidence());
            n.put("rule", s.rule());
        }
        ArrayNode ann = root.putArray("annotations");
        for (EntityMention e : x.annotations().entities())
            span(ann.addObject().put("kind", "ENTITY").put("type", e.type().name()), e.span(), e.text()).put("id", e.id());
        for (PersonMention p : x.annotations().people())
            span(ann.addObject().put("kind", "PERSON"), p.span(), d.text(p.span())).put("id", p.id())
                    .put("name", p.name()).put("title", p.title()).put("country", p.countryId());
        for (DateMention t : x.annotations().dates())
            span(ann.addObject().put("kind", "DATE"), t.span(), t.text()).put("value", t.value()).put("precision", t.precision().name());
        for (QuantityMention q : x.annotations().quantities())
            span(ann.addObject().put("kind", "QUANTITY"), q.span(), q.text()).put("value", q.value()).put("unit", q.unit())
                    .put("approximation", q.approximation());
        return root;
    }

    /** The metadata object shared by {@code parse --json} and {@code extract --json}. */
    public static ObjectNode metadata(Metadata m) {
        ObjectNode n = F.objectNode();
        n.put("title", m.title());
        n.put("issuer", m.issuer());
        n.put("number", m.number());
        n.put("place", m.place());
        n.put("date", m.date());
        n.put("date_source", m.dateSource());
        n.put("type", m.type());
        n.put("reference_year", m.referenceYear());
        return n;
    }

    /** Evidence is quoted from the source, so a reader can find it in the original file. */
    private static void evidence(ObjectNode n, Document d, Span span) {
        n.put("evidence", quote(d, span));
        n.putArray("evidence_offsets").add(span.start()).add(span.end());
    }

    public static String quote(Document d, Span span) {
        StringBuilder b = new StringBuilder();
        for (char c : d.sourceText(span).toCharArray()) b.append("⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(c) >= 0 ? ' ' : c);
        return b.toString();
    }

    private static ObjectNode span(ObjectNode n, Span s, String text) {
        return n.put("text", text).put("start", s.start()).put("end", s.end());
    }
}
