package org.caytre.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.caytre.model.Annotations;
import org.caytre.model.DateMention;
import org.caytre.model.Document;
import org.caytre.model.EntityMention;
import org.caytre.model.Footnote;
import org.caytre.model.Paragraph;
import org.caytre.model.PersonMention;
import org.caytre.model.QuantityMention;
import org.caytre.model.Span;

/**
 * The annotate stage: entities per paragraph and footnote, then per sentence the implied entities, people with
 * titles, dates (bare ones read against the document's {@link DateAnchor}) and quantities. Immutable and thread-safe.
 *
 * <pre>{@code Annotations a = new Annotator().annotate(doc); }</pre>
 */
public final class Annotator {
    private final EntityRecognizer entities = EntityRecognizer.standard();
    private final ContextInference inference = new ContextInference();
    private final PersonRecognizer people = new PersonRecognizer();
    private final DateRecognizer dates = new DateRecognizer();
    private final QuantityRecognizer quantities = new QuantityRecognizer();

    public Annotations annotate(Document d) {
        String text = d.text();
        DateAnchor anchor = DateAnchor.of(d.metadata(), text.length());     // never the current year: no invented dates
        List<EntityMention> ents = new ArrayList<>();
        for (Paragraph p : d.paragraphs()) ents.addAll(entities.find(text, p.span().start(), p.span().end()));
        for (Footnote f : d.footnotes()) ents.addAll(entities.find(text, f.body().start(), f.body().end()));
        ents.sort(Comparator.comparingInt(m -> m.span().start()));
        ents = new ArrayList<>(EntitySenses.resolve(text, ents));
        List<EntityMention> implied = new ArrayList<>();
        List<PersonMention> persons = new ArrayList<>();
        List<DateMention> ds = new ArrayList<>();
        List<QuantityMention> qs = new ArrayList<>();
        for (Span s : d.sentences()) {
            List<EntityMention> inSentence = within(ents, s);
            implied.addAll(inference.infer(text, s, inSentence));
            List<PersonMention> titled = people.find(text, s.start(), s.end(), inSentence);
            persons.addAll(titled);
            persons.addAll(people.findKnown(text, s.start(), s.end(), titled, inSentence));
            List<DateMention> sentenceDates = RelativeYears.resolve(text, s, dates.find(text, s.start(), s.end(), anchor), ds);
            ds.addAll(sentenceDates);
            qs.addAll(quantities.find(text, s.start(), s.end(), sentenceDates));
        }
        ents.addAll(implied);
        ents.sort(Comparator.comparingInt(m -> m.span().start()));
        persons.sort(Comparator.comparingInt(m -> m.span().start()));
        persons.addAll(people.shortForms(text, persons));
        persons.sort(Comparator.comparingInt(m -> m.span().start()));
        return new Annotations(ents, PersonCountries.resolve(persons, ents, this.people::knownVietnamese), ds, qs);
    }

    private static List<EntityMention> within(List<EntityMention> sorted, Span s) {
        return Span.within(sorted, EntityMention::span, s);
    }
}
