package org.caytre.extract.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/** Renders scores as a readable fixed-width table or as JSON. */
public final class ScoreTable {
    private ScoreTable() {}

    public static String text(List<Score> docs, Score total) {
        StringBuilder b = new StringBuilder();
        b.append(String.format("%-28s %-22s %-22s %-22s %s%n", "document", "entities P/R/F1", "events P/R/F1",
                "statistics P/R/F1", "evidence"));
        for (Score s : docs) row(b, s);
        row(b, total);
        b.append(String.format("%nevents by type%n%-22s %5s %5s %5s %6s %6s %6s%n", "type", "tp", "pred", "gold", "P", "R", "F1"));
        for (Map.Entry<String, Counts> e : total.eventsByType().entrySet()) {
            Counts c = e.getValue();
            b.append(String.format("%-22s %5d %5d %5d %6.3f %6.3f %6.3f%n", e.getKey(), c.tp(), c.predicted(), c.gold(),
                    c.precision(), c.recall(), c.f1()));
        }
        return b.toString();
    }

    private static void row(StringBuilder b, Score s) {
        b.append(String.format("%-28s %-22s %-22s %-22s %5.1f%% (%d/%d)%n", s.doc(), prf(s.entities()), prf(s.events()),
                prf(s.statistics()), 100 * s.evidenceShare(), s.evidenceFound(), s.evidenceTotal()));
    }

    private static String prf(Counts c) {
        return String.format("%.3f/%.3f/%.3f", c.precision(), c.recall(), c.f1());
    }

    public static ObjectNode json(List<Score> docs, Score total) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode arr = root.putArray("documents");
        for (Score s : docs) arr.add(json(s));
        root.set("total", json(total));
        return root;
    }

    private static ObjectNode json(Score s) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("doc", s.doc());
        counts(n.putObject("entities"), s.entities());
        counts(n.putObject("events"), s.events());
        counts(n.putObject("statistics"), s.statistics());
        ObjectNode types = n.putObject("events_by_type");
        s.eventsByType().forEach((k, v) -> counts(types.putObject(k), v));
        n.put("evidence_found", s.evidenceShare());
        return n;
    }

    private static void counts(ObjectNode n, Counts c) {
        n.put("tp", c.tp()).put("predicted", c.predicted()).put("gold", c.gold())
                .put("precision", c.precision()).put("recall", c.recall()).put("f1", c.f1());
    }
}
