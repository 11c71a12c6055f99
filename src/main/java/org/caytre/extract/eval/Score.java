package org.caytre.extract.eval;

import java.util.Map;
import java.util.TreeMap;

/** One document's score (or a micro-averaged total): entities, events (also per type), statistics, evidence found. */
public record Score(String doc, Counts entities, Counts events, Counts statistics, Map<String, Counts> eventsByType,
                    int evidenceFound, int evidenceTotal) {
    public Score {
        eventsByType = Map.copyOf(eventsByType);
    }

    public double evidenceShare() { return evidenceTotal == 0 ? 1 : evidenceFound / (double) evidenceTotal; }

    public Score plus(Score o, String name) {
        Map<String, Counts> types = new TreeMap<>(eventsByType);
        o.eventsByType.forEach((k, v) -> types.merge(k, v, Counts::plus));
        return new Score(name, entities.plus(o.entities), events.plus(o.events), statistics.plus(o.statistics), types,
                evidenceFound + o.evidenceFound, evidenceTotal + o.evidenceTotal);
    }

    public static Score empty(String name) { return new Score(name, Counts.ZERO, Counts.ZERO, Counts.ZERO, Map.of(), 0, 0); }
}
