package org.caytre.extract;

import java.util.List;
import org.caytre.classify.Classification;
import org.caytre.classify.Relevance;
import org.caytre.model.Annotations;
import org.caytre.model.Document;
import org.caytre.model.Event;
import org.caytre.model.Statistic;

/**
 * What Cây Tre read out of one document: its structure, annotations, entity ids, events and statistics, and how far
 * each passage speaks of foreign relations ({@code classes}: computed once, read by extraction, the store and the index).
 */
public record Extraction(Document document, Annotations annotations, List<String> entities, List<Event> events,
                         List<Statistic> statistics, Classification classes) {
    public Extraction {
        entities = List.copyOf(entities);
        events = List.copyOf(events);
        statistics = List.copyOf(statistics);
        if (classes == null) classes = Relevance.of(document, annotations);
    }

    public Extraction(Document document, Annotations annotations, List<String> entities, List<Event> events, List<Statistic> statistics) {
        this(document, annotations, entities, events, statistics, null);
    }
}
