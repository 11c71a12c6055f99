package org.caytre.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.caytre.model.Annotations;
import org.caytre.model.Document;
import org.caytre.model.EntityMention;
import org.caytre.model.EntityType;

/**
 * The extract stage: the document's entity ids (countries, organisations, agreements named at least once; Vietnam
 * first when present), events and statistics. Events and statistics come from the rule files (next stage of work).
 */
public final class Extractor {
    private final StatisticsExtractor statistics = new StatisticsExtractor();
    private final EventExtractor events = new EventExtractor();

    public Extraction extract(Document d, Annotations a) {
        Set<String> ids = new LinkedHashSet<>();
        for (EntityMention m : a.entities()) if (m.id().equals("VNM")) { ids.add("VNM"); break; }
        for (EntityMention m : a.entities())
            if (m.type() == EntityType.COUNTRY || m.type() == EntityType.ORGANIZATION || m.type() == EntityType.AGREEMENT)
                ids.add(m.id());
        // page residue (Paragraph.residue) gives no figures; events still come from captions and a cut headline, which
        // restate the story and often alone name its sides
        Document story = d.withoutResidueSentences(true), article = d.withoutResidueSentences(false);
        return new Extraction(d, a, List.copyOf(ids), events.extract(story, a), statistics.extract(article, a, article.sentences()));
    }
}
