package org.caytre.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caytre.extract.Extraction;
import org.caytre.model.Document;
import org.caytre.model.EntityMention;
import org.caytre.model.EntityType;
import org.caytre.model.Event;
import org.caytre.model.Footnote;
import org.caytre.model.Paragraph;
import org.caytre.model.PersonMention;
import org.caytre.model.Section;
import org.caytre.model.Span;
import org.caytre.model.Statistic;

/**
 * Cuts an {@link Extraction} into {@link Passage}s: every paragraph, then every footnote, each with the entities and
 * people named in it, and the event types and years of the events and statistics whose evidence starts in it.
 *
 * <pre>{@code List<Passage> ps = Passages.of("bao-cao-2020", Pipeline.standard().extract(path)); }</pre>
 */
public final class Passages {
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[89]\\d\\d|2\\d\\d\\d)(?!\\d)");
    static final String SECTION_SEPARATOR = org.caytre.kb.SectionPath.SEPARATOR;

    private Passages() {}

    public static List<Passage> of(String docId, Extraction x) {
        Document d = x.document();
        List<Passage> out = new ArrayList<>();
        List<Paragraph> paragraphs = d.paragraphs();
        org.caytre.classify.Classification classes = x.classes();
        for (int n = 0; n < paragraphs.size(); n++) {
            Paragraph p = paragraphs.get(n);
            out.add(passage(docId + ":p" + n, docId, p.span(), sectionPath(d, d.section(p.sectionId())), x, classes.paragraphs().get(n)));
        }
        for (int k = 0; k < d.footnotes().size(); k++) {
            Footnote f = d.footnotes().get(k);
            Section s = f.markerOffset() == null ? null : d.sectionAt(f.markerOffset());
            out.add(passage(docId + ":f" + f.number(), docId, f.body(), sectionPath(d, s), x, classes.footnotes().get(k)));
        }
        return out;
    }

    private static Passage passage(String id, String docId, Span span, String section, Extraction x,
                                   org.caytre.classify.Classification.Passage classes) {
        Set<String> entities = new LinkedHashSet<>(), countries = new TreeSet<>(), types = new TreeSet<>(), years = new TreeSet<>();
        List<Passage.Mention> mentions = new ArrayList<>();
        for (EntityMention m : x.annotations().entities()) {
            if (!inside(m.span(), span) || m.id() == null) continue;
            if (m.type() == EntityType.COUNTRY) countries.add(m.id());
            mentions.add(new Passage.Mention(m.id(), m.span().start() - span.start(), m.span().end() - span.start()));
        }
        for (PersonMention p : x.annotations().people()) {
            if (!inside(p.span(), span)) continue;
            mentions.add(new Passage.Mention(p.id(), p.span().start() - span.start(), p.span().end() - span.start()));
        }
        // entities in text order, people among them, as a repair rebuilds them from the store (IndexSync)
        mentions.sort(java.util.Comparator.comparingInt(Passage.Mention::start));
        for (Passage.Mention m : mentions) entities.add(m.id());
        for (Event e : x.events()) {
            if (!span.contains(e.evidence().start())) continue;
            types.add(e.type());
            years(e.date(), years);
        }
        for (Statistic s : x.statistics()) if (span.contains(s.evidence().start())) years(s.period(), years);
        return new Passage(id, docId, x.document().text(span), span.start(), span.end(), section,
                x.document().metadata().date(), List.copyOf(entities), mentions, List.copyOf(countries),
                List.copyOf(types), List.copyOf(years), org.caytre.classify.Area.codes().stream()
                        .filter(c -> classes.areas().contains(org.caytre.classify.Area.of(c))).toList());
    }

    private static boolean inside(Span inner, Span outer) { return inner.start() >= outer.start() && inner.end() <= outer.end(); }

    private static void years(String isoDateOrPeriod, Set<String> into) {
        if (isoDateOrPeriod == null) return;
        Matcher m = YEAR.matcher(isoDateOrPeriod);
        while (m.find()) into.add(m.group(1));
    }

    private static String sectionPath(Document d, Section s) { return org.caytre.kb.SectionPath.of(d, s); }
}
