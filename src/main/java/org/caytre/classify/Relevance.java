package org.caytre.classify;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.caytre.model.Annotations;
import org.caytre.model.Document;
import org.caytre.model.EntityMention;
import org.caytre.model.EntityType;
import org.caytre.model.Footnote;
import org.caytre.model.Paragraph;
import org.caytre.model.PersonMention;
import org.caytre.model.Section;
import org.caytre.model.Span;

/**
 * How much each passage of a document speaks of foreign relations, from lexical and structural evidence: the cue
 * phrases of {@code classify/relevance-cues.tsv} in the passage (diplomatic acts, titles, bodies; sports, showbiz,
 * lottery and weather words against), the names the annotator linked in it (foreign countries, organisations,
 * agreements, people with a foreign office), the headings of the sections around it (a review's "Công tác đối ngoại"
 * chapter) and, more weakly, the document as a whole (its title and its other paragraphs). The evidence is summed and
 * squashed to 0..1; 0.5 is the line. Relevant passages get their areas of work from {@link Areas}.
 *
 * <pre>{@code Classification c = Relevance.of(doc, annotations); c.paragraphs().get(3).relevance(); }</pre>
 */
public final class Relevance {
    private static final CueLexicon CUES = CueLexicon.weighted("/classify/relevance-cues.tsv");
    /** Evidence at which a passage is even odds; the slope of the squashing. */
    private static final double MIDPOINT = 2.2, SLOPE = 1.2;
    /** Caps, so one passage stuffed with titles or with match reports does not drown the rest. */
    private static final double MAX_CUES = 8, MAX_AGAINST = 8, MAX_NAMES = 3;
    /** Weights of the structural evidence: the section headings and the document around the passage. */
    private static final double HEADING = 0.5, CONTEXT = 0.6, TITLE = 0.5;

    private Relevance() {}

    /** The relevance and areas of every paragraph and footnote of {@code d}, and of {@code d} itself. */
    public static Classification of(Document d, Annotations a) {
        String lower = org.caytre.text.LowerCase.of(d.text());    // same length: offsets stay the text's
        List<Paragraph> paragraphs = d.paragraphs();
        List<Span> spans = new ArrayList<>(paragraphs.size() + d.footnotes().size());
        List<Section> sections = new ArrayList<>(spans.size());
        for (Paragraph p : paragraphs) {
            spans.add(p.span());
            sections.add(p.sectionId() == null ? null : d.section(p.sectionId()));
        }
        for (Footnote f : d.footnotes()) {
            spans.add(f.body());
            sections.add(f.markerOffset() == null ? null : d.sectionAt(f.markerOffset()));
        }
        double[] own = new double[spans.size()];
        HeadingCues headings = new HeadingCues(d);
        double sum = 0;
        List<Double> sorted = new ArrayList<>();
        double[][] cues = CUES.score(lower, spans);
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            own[i] = lexical(cues[i]) + names(a, s) + HEADING * headings.relevance(sections.get(i));
            if (i < paragraphs.size()) {
                sum += own[i];
                sorted.add(own[i]);
            }
        }
        double title = d.metadata().title() == null ? 0 : lexical(CUES.score(d.metadata().title()));
        sorted.sort(java.util.Comparator.reverseOrder());
        double top = 0;
        int n = Math.min(3, sorted.size());
        for (int i = 0; i < n; i++) top += sorted.get(i);
        double mean = sorted.isEmpty() ? 0 : sum / sorted.size();
        double documentEvidence = (n == 0 ? 0 : 0.5 * top / n) + 0.5 * mean + TITLE * title;
        double context = Math.max(-3, Math.min(3, documentEvidence));
        List<Classification.Passage> ps = new ArrayList<>(paragraphs.size()), fs = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            double r = squash(own[i] + CONTEXT * context);
            Set<Area> areas = r >= Classification.RELEVANT ? Areas.of(lower, spans.get(i), headings.areas(sections.get(i)), a)
                    : EnumSet.noneOf(Area.class);
            (i < paragraphs.size() ? ps : fs).add(new Classification.Passage(r, areas));
        }
        return new Classification(squash(documentEvidence), ps, fs);
    }

    private static double lexical(double[] score) {
        return Math.min(MAX_CUES, score[0]) + Math.max(-MAX_AGAINST, score[1]);
    }

    /** Names the annotator linked inside {@code s}: foreign countries, organisations, agreements, foreign office-holders. */
    private static double names(Annotations a, Span s) {
        Set<String> countries = new HashSet<>(), others = new HashSet<>();
        for (EntityMention e : Span.within(a.entities(), EntityMention::span, s)) {
            if (e.id() == null) continue;
            if (e.type() == EntityType.COUNTRY) { if (!e.id().equals("VNM")) countries.add(e.id()); }
            else if (e.type() == EntityType.ORGANIZATION || e.type() == EntityType.AGREEMENT) others.add(e.id());
        }
        double evidence = 0.6 * Math.min(2, countries.size()) + 0.8 * Math.min(2, others.size());
        for (PersonMention p : Span.within(a.people(), PersonMention::span, s))
            if (p.countryId() != null && !p.countryId().equals("VNM")) { evidence += 0.8; break; }
        return Math.min(MAX_NAMES, evidence);
    }

    private static double squash(double evidence) {
        return 1 / (1 + Math.exp(-SLOPE * (evidence - MIDPOINT)));
    }

    /** The cue scores of each section's heading path, computed once per section. */
    private static final class HeadingCues {
        private final Document d;
        private final java.util.Map<String, Double> relevance = new java.util.HashMap<>();
        private final java.util.Map<String, double[]> areas = new java.util.HashMap<>();

        HeadingCues(Document d) { this.d = d; }

        double relevance(Section s) {
            if (s == null) return 0;
            return relevance.computeIfAbsent(s.id(), k -> Math.max(0, lexical(CUES.score(path(s)))));
        }

        double[] areas(Section s) {
            if (s == null) return null;
            return areas.computeIfAbsent(s.id(), k -> Areas.headingScores(s.title(), parentTitles(s)));
        }

        private String path(Section s) {
            StringBuilder b = new StringBuilder();
            for (Section at = s; at != null; at = at.parentId() == null ? null : d.section(at.parentId()))
                b.append(at.title() == null ? "" : at.title()).append(" \n ");
            return b.toString();
        }

        private String parentTitles(Section s) {
            return s.parentId() == null ? "" : path(d.section(s.parentId()));
        }
    }
}
