package org.caytre.extract;

import java.util.List;
import org.caytre.model.Annotations;
import org.caytre.model.Document;
import org.caytre.model.Event;
import org.caytre.model.Statistic;

/** What Cây Tre read out of one document: its structure, annotations, entity ids, events and statistics. */
public record Extraction(Document document, Annotations annotations, List<String> entities, List<Event> events,
                         List<Statistic> statistics) {
    public Extraction {
        entities = List.copyOf(entities);
        events = List.copyOf(events);
        statistics = List.copyOf(statistics);
    }
}
