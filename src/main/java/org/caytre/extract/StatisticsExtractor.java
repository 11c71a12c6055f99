package org.caytre.extract;

import org.caytre.internal.AhoCorasick;
import org.caytre.internal.DataFiles;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import org.caytre.model.Annotations;
import org.caytre.model.DateMention;
import org.caytre.model.Document;
import org.caytre.model.EntityMention;
import org.caytre.model.EntityType;
import org.caytre.model.QuantityMention;
import org.caytre.model.Span;
import org.caytre.model.Statistic;

/**
 * Every figure about the world becomes a statistic: its indicator from {@code extract/indicators.tsv} (the cue
 * nearest before it in its clause, else its unit), its period (a date in the clause), its subject (Vietnam when the
 * clause speaks of "ta"/Việt Nam, else the first country or organisation named) and the clause as evidence.
 * Durations ("35 năm") are not statistics.
 */
public final class StatisticsExtractor {
    private record Indicator(String id, String label, String unit) {}

    private static final Set<String> DURATIONS = Set.of("years", "months", "days");
    private final List<Indicator> indicators = new ArrayList<>();
    private final List<Integer> cueOwner = new ArrayList<>();        // cue phrase index → indicator index
    private final AhoCorasick cueMatcher = load();
    private final List<String> doctrine = DataFiles.table("/extract/not-statistics.txt").stream().map(r -> r[0]).toList();

    public List<Statistic> extract(Document d, Annotations a, List<Span> sentences) {
        List<Statistic> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String text = d.text();
        for (Span sentence : sentences) {
            List<QuantityMention> inSentence = Span.within(a.quantities(), QuantityMention::span, sentence);
            if (inSentence.isEmpty()) continue;
            for (Span clause : Clauses.of(text, sentence)) {
                int[] cues = null;
                for (QuantityMention q : inSentence) {
                    if (!inside(q.span(), clause) || (q.unit() != null && DURATIONS.contains(q.unit()))) continue;
                    if (countsDoctrine(text, q) || partOfName(text, q) || !seen.add(q.span().start() + ":" + q.value())) continue;
                    if (cues == null) cues = cues(text, clause);
                    Indicator ind = indicator(cues, clause, q);
                    out.add(new Statistic(ind == null ? "other" : ind.label(), q.value(), q.unit(), period(a, clause, q),
                            subject(a, clause), q.approximate(), clause, "figure-in-clause/" + (ind == null ? "other" : ind.id())));
                }
            }
        }
        return out;
    }

    /** Every cue of every indicator in the clause, as (start, indicator index) pairs in text order. */
    private int[] cues(String text, Span clause) {
        String lower = text.substring(clause.start(), clause.end()).toLowerCase(Locale.ROOT);
        List<AhoCorasick.Hit> hits = cueMatcher.find(lower);
        List<int[]> found = new ArrayList<>();
        for (AhoCorasick.Hit h : hits) {
            boolean edgeBefore = h.start() == 0 || !Character.isLetter(lower.charAt(h.start() - 1));
            boolean edgeAfter = h.end() == lower.length() || !Character.isLetter(lower.charAt(h.end()));
            if (edgeBefore && edgeAfter) found.add(new int[] {clause.start() + h.start(), cueOwner.get(h.pattern())});
        }
        found.sort((x, y) -> Integer.compare(x[0], y[0]));
        int[] flat = new int[found.size() * 2];
        for (int k = 0; k < found.size(); k++) { flat[2 * k] = found.get(k)[0]; flat[2 * k + 1] = found.get(k)[1]; }
        return flat;
    }

    /** The indicator whose cue stands nearest before the figure; else the one its unit implies. */
    private Indicator indicator(int[] cues, Span clause, QuantityMention q) {
        Indicator best = null;
        for (int k = 0; k < cues.length; k += 2) {
            if (cues[k] >= q.span().start()) break;
            best = indicators.get(cues[k + 1]);
        }
        if (best != null) return best;
        for (Indicator ind : indicators) if (ind.unit() != null && ind.unit().equals(q.unit())) return ind;
        return null;
    }

    private static String period(Annotations a, Span clause, QuantityMention q) {
        DateMention best = null;
        for (DateMention dm : Span.within(a.dates(), DateMention::span, clause))
            if ((best == null
                    || Math.abs(dm.span().start() - q.span().start()) < Math.abs(best.span().start() - q.span().start())))
                best = dm;
        return best == null ? null : best.value();
    }

    private static String subject(Annotations a, Span clause) {
        String first = null;
        for (EntityMention e : Span.within(a.entities(), EntityMention::span, clause)) {
            if (e.type() == EntityType.PARTY_DOCUMENT || e.type() == EntityType.CONGRESS) continue;
            if (e.id().equals("VNM")) return "VNM";
            if (first == null) first = e.id();
        }
        return first;
    }

    /** "4 nguyên tắc", "5 thành tựu": counts of doctrine and of the article's own points, not figures about the world. */
    private boolean countsDoctrine(String text, QuantityMention q) {
        int i = q.span().end();
        while (i < text.length() && text.charAt(i) == ' ') i++;
        for (String w : doctrine)
            if (text.startsWith(w, i) && (i + w.length() == text.length() || !Character.isLetter(text.charAt(i + w.length()))))
                return true;
        return false;
    }

    /**
     * A bare number right after a capitalised word inside a sentence names something ("G 20", "tàu Hải Dương 8",
     * "Điều 39 của Hiến chương"): no unit, no figure.
     */
    private static boolean partOfName(String text, QuantityMention q) {
        if (q.unit() != null) return false;
        int i = q.span().start() - 1;
        while (i >= 0 && text.charAt(i) == ' ') i--;
        int wordEnd = i + 1;
        while (i >= 0 && Character.isLetter(text.charAt(i))) i--;
        if (wordEnd - (i + 1) == 0 || !Character.isUpperCase(text.charAt(i + 1))) return false;
        int k = i;                                              // the word opens a sentence: "Khoảng 20 …" may be a figure
        while (k >= 0 && text.charAt(k) == ' ') k--;
        return k >= 0 && ".!?\n:\"“(".indexOf(text.charAt(k)) < 0;
    }

    static boolean inside(Span s, Span outer) { return s.start() >= outer.start() && s.end() <= outer.end(); }

    private AhoCorasick load() {
        List<String> phrases = new ArrayList<>();
        for (String[] c : DataFiles.table("/extract/indicators.tsv")) {
            indicators.add(new Indicator(c[0], c[1], c.length > 4 && !c[4].isBlank() ? c[4] : null));
            for (String cue : c[3].split("\\|")) {
                phrases.add(cue.strip().toLowerCase(Locale.ROOT));
                cueOwner.add(indicators.size() - 1);
            }
        }
        return new AhoCorasick(phrases);
    }
}
