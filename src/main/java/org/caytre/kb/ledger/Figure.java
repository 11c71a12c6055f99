package org.caytre.kb.ledger;

import java.util.List;
import org.caytre.extract.Extraction;
import org.caytre.model.Statistic;

/**
 * One extracted statistic of one document: indicator, value, unit, period (ISO at its precision, "2021-H1", a
 * range, or null), subject (canonical id or null), the document's date (may be null) and the verbatim evidence.
 */
public record Figure(String doc, String docDate, String indicator, double value, String unit, String period,
                     String subject, String evidence) {

    /** The figure of a pipeline statistic; {@code documentText} is the normalised text its evidence points into. */
    public static Figure of(String doc, String docDate, Statistic s, String documentText) {
        return new Figure(doc, docDate, s.indicator(), s.value(), s.unit(), s.period(), s.subject(),
                s.evidence().of(documentText));
    }

    /** Every statistic of an extraction, dated by {@link Fact#documentDate}. */
    public static List<Figure> all(Extraction x) {
        String doc = x.document().name(), date = Fact.documentDate(x.document().metadata()), text = x.document().text();
        return x.statistics().stream().map(s -> of(doc, date, s, text)).toList();
    }
}
