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
    private static final int SHORT_TEXT_PARAGRAPHS = 3;
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
        org.caytre.classify.Classification classes = org.caytre.classify.Relevance.of(d, a);
        return new Extraction(d, a, List.copyOf(ids), events.extract(story, a), statistics.extract(article, a, relevantSentences(article, classes)),
                classes);
    }

    /**
     * Figures are read only from documents and passages about foreign relations ({@link org.caytre.classify.Relevance};
     * issue 16): a football report's scores and a lottery's prizes are no statistics of Vietnam's foreign relations.
     * Sentences outside paragraphs (footnotes) are kept: they cite the text's figures; in a text of one or two
     * paragraphs, so are those the topic cues ({@link Topicality}) do not put among other news.
     */
    private static List<org.caytre.model.Span> relevantSentences(Document d, org.caytre.classify.Classification c) {
        // a document about foreign relations keeps all its figures (trade and aid paragraphs often name no partner twice);
        // in one that is not, only its passages that are
        if (c.relevant()) return d.sentences();
        // a text of a paragraph or two is too short for a passage's score: only its cues of other news rule it out
        Topicality topics = d.paragraphs().size() < SHORT_TEXT_PARAGRAPHS ? Topicality.of(d) : null;
        List<org.caytre.model.Paragraph> paragraphs = d.paragraphs();
        List<org.caytre.model.Span> kept = new java.util.ArrayList<>(d.sentences().size());
        int p = 0;
        for (org.caytre.model.Span s : d.sentences()) {                 // both lists run in text order
            while (p < paragraphs.size() && paragraphs.get(p).span().end() <= s.start()) p++;
            boolean inParagraph = p < paragraphs.size() && paragraphs.get(p).span().start() <= s.start();
            if (!inParagraph || c.paragraphs().get(p).relevant() || topics != null && !topics.offTopic(s.start())) kept.add(s);
        }
        return kept;
    }
}
