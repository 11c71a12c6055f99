package org.caytre.search;

import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexableField;

/** The Lucene fields of a passage, and the conversions between {@link Passage} and a Lucene document. */
final class PassageFields {
    static final String ID = "passage_id", DOC = "doc", TEXT = "text", SECTION = "section", DATE = "date";
    static final String DATE_FROM = "date_from", DATE_TO = "date_to", START = "start", END = "end";
    static final String ENTITY = "entity", MENTION = "mention", TYPE = "type", YEAR = "year";
    static final String COUNTRIES = "countries", EVENT_TYPES = "event_types", YEARS = "years", DOCUMENTS = "documents";
    /** The areas of work of a relevant passage (classify.Area codes): a filter and a facet. */
    static final String AREA = "area", AREAS = "areas";
    static final List<String> FACETS = List.of(COUNTRIES, EVENT_TYPES, YEARS, DOCUMENTS, AREAS);
    static final FacetsConfig FACETS_CONFIG = facetsConfig();

    private PassageFields() {}

    private static FacetsConfig facetsConfig() {
        FacetsConfig c = new FacetsConfig();
        for (String f : List.of(COUNTRIES, EVENT_TYPES, YEARS, AREAS)) c.setMultiValued(f, true);
        return c;
    }

    static Document toLucene(Passage p) {
        Document d = new Document();
        d.add(new StringField(ID, p.id(), Field.Store.YES));
        d.add(new StringField(DOC, p.doc(), Field.Store.YES));
        d.add(new TextField(TEXT, p.text(), Field.Store.YES));
        d.add(new StoredField(SECTION, p.section()));
        d.add(new StoredField(START, p.start()));
        d.add(new StoredField(END, p.end()));
        if (p.date() != null) {
            d.add(new StoredField(DATE, p.date()));
            int[] range = IsoDates.range(p.date());
            if (range != null) {
                d.add(new IntPoint(DATE_FROM, range[0]));
                d.add(new IntPoint(DATE_TO, range[1]));
            }
        }
        for (String id : p.entities()) d.add(new StringField(ENTITY, id, Field.Store.YES));
        for (Passage.Mention m : p.mentions()) d.add(new StoredField(MENTION, m.id() + "\t" + m.start() + "\t" + m.end()));
        for (String t : p.eventTypes()) d.add(new StringField(TYPE, t, Field.Store.YES));
        for (String y : p.years()) d.add(new StringField(YEAR, y, Field.Store.YES));
        for (String c : p.countries()) d.add(new SortedSetDocValuesFacetField(COUNTRIES, c));
        for (String t : p.eventTypes()) d.add(new SortedSetDocValuesFacetField(EVENT_TYPES, t));
        for (String y : p.years()) d.add(new SortedSetDocValuesFacetField(YEARS, y));
        d.add(new SortedSetDocValuesFacetField(DOCUMENTS, p.doc()));
        for (String a : p.areas()) {
            d.add(new StringField(AREA, a, Field.Store.YES));
            d.add(new SortedSetDocValuesFacetField(AREAS, a));
        }
        return d;
    }

    /** The passage back from its stored fields. */
    static Passage fromLucene(Document d) {
        List<Passage.Mention> mentions = new java.util.ArrayList<>();
        for (String m : d.getValues(MENTION)) {
            String[] c = m.split("\t");
            mentions.add(new Passage.Mention(c[0], Integer.parseInt(c[1]), Integer.parseInt(c[2])));
        }
        return new Passage(d.get(ID), d.get(DOC), d.get(TEXT), number(d, START), number(d, END), d.get(SECTION),
                d.get(DATE), List.of(d.getValues(ENTITY)), mentions, List.of(), List.of(d.getValues(TYPE)),
                List.of(d.getValues(YEAR)), List.of(d.getValues(AREA)));
    }

    private static int number(Document d, String field) {
        IndexableField f = d.getField(field);
        return f == null ? 0 : f.numericValue().intValue();
    }
}
