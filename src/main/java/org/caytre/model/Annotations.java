package org.caytre.model;

import java.util.List;

/** Everything the annotate stage found in one document, sorted by start offset within each list. */
public record Annotations(List<EntityMention> entities, List<PersonMention> people, List<DateMention> dates,
                          List<QuantityMention> quantities) {
    public Annotations {
        entities = List.copyOf(entities);
        people = List.copyOf(people);
        dates = List.copyOf(dates);
        quantities = List.copyOf(quantities);
    }
}
