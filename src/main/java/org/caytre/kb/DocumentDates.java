package org.caytre.kb;

import org.caytre.model.Document;
import org.caytre.model.Metadata;

/** A document date given from outside the text (JSONL {@code date}, {@code --date}), put where the extractor reads it. */
final class DocumentDates {
    private DocumentDates() {}

    /** The ISO date at the start of a JSONL date ("2019-05-03T08:00:00" → "2019-05-03"), or null if none. */
    static String iso(String given) {
        if (given == null) return null;
        String s = given.strip();
        int cut = s.indexOf('T') > 0 ? s.indexOf('T') : s.indexOf(' ');
        if (cut > 0) s = s.substring(0, cut);
        return DateRange.parse(s) == null || s.indexOf('/') >= 0 ? null : s;
    }

    /** The same document with this date and its year as the reference year for bare dates. */
    static Document withDate(Document d, String date) {
        Metadata m = d.metadata();
        Metadata dated = new Metadata(m.title(), m.issuer(), m.number(), m.place(), date, m.type(),
                Integer.valueOf(date.substring(0, 4)));
        return new Document(d.name(), d.text(), d.source(), d.sourceOffsets(), dated, d.sections(), d.paragraphs(),
                d.sentences(), d.footnotes(), d.markers(), d.unresolvedMarkers(), d.warnings());
    }
}
