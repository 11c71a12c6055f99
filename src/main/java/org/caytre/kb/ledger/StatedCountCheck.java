package org.caytre.kb.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caytre.text.Fold;

/**
 * Checks the counts of partners the documents state ("9 đối tác chiến lược", "quan hệ ngoại giao với 180
 * nước") against the ledger on the date they speak of.
 *
 * <ul>
 *   <li>Which figures: statistics whose unit or indicator is partners or countries, whose evidence names what they
 *       count ({@code kb/count-cues.tsv}): the words right after the number, else the words before it, up to the
 *       next number or boundary word. Other figures (aid to 40 countries) are not counts of partners.</li>
 *   <li>Which date: the last day of the figure's period, else of the document's date ("2020" → 2020-12-31;
 *       a count summarises the period it is about).</li>
 *   <li>Inclusive counting: a "strategic" count includes the comprehensive strategic partners unless the same
 *       sentence counts those separately ("2 đối tác chiến lược toàn diện, 5 đối tác chiến lược …" is a
 *       breakdown; "9 đối tác chiến lược và 7 đối tác toàn diện" is not).</li>
 *   <li>Unverifiable: counts of diplomatic relations (the ledger holds frameworks, not every relation), counts of
 *       one group's members ("20 nước châu Phi"), counts without any date.</li>
 * </ul>
 *
 * <pre>{@code new StatedCountCheck(ledger).check(figures) }</pre>
 */
public final class StatedCountCheck {
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?");

    private final PartnershipLedger ledger;
    private final CountCues cues = CountCues.standard();

    public StatedCountCheck(PartnershipLedger ledger) { this.ledger = ledger; }

    /** One verdict per stated count among the figures, in their order. */
    public List<Verdict> check(List<Figure> figures) {
        List<Stated> stated = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();   // the n-th figure of a value in one sentence is its n-th number
        for (Figure f : figures) {
            if (!aboutPartners(f)) continue;
            int nth = seen.merge(f.doc() + '\u0000' + f.evidence() + '\u0000' + f.value(), 1, Integer::sum) - 1;
            Stated s = read(f, nth);
            if (s != null) stated.add(s);
        }
        List<Verdict> out = new ArrayList<>();
        for (Stated s : stated) out.add(verdict(s, stated));
        return List.copyOf(out);
    }

    private static boolean aboutPartners(Figure f) {
        return isPartnerUnit(f.unit()) || isPartnerUnit(f.indicator());
    }

    private static boolean isPartnerUnit(String s) {
        return s != null && (s.endsWith("partners") || s.endsWith("countries"));
    }

    /** What the figure counts, from the words around its number in the evidence; null when it names no cue. */
    Stated read(Figure f, int nth) {
        String folded = Fold.key(f.evidence());
        List<int[]> numbers = new ArrayList<>();
        int[] mine = null;
        Matcher m = NUMBER.matcher(folded);
        while (m.find()) {
            int[] n = {m.start(), m.end()};
            numbers.add(n);
            if (Math.abs(value(m.group()) - f.value()) < 1e-9 && nth-- == 0) mine = n;
        }
        if (mine == null) return null;
        List<CountCues.Match> found = new ArrayList<>();
        for (CountCues.Match c : cues.find(folded))
            if (numbers.stream().noneMatch(n -> c.start() >= n[0] && c.end() <= n[1])) found.add(c);   // "79.000"
        int afterEnd = folded.length(), beforeStart = 0;
        for (CountCues.Match c : found) {
            if (!c.kind().equals(CountCues.BOUNDARY)) continue;
            if (c.start() >= mine[1]) afterEnd = Math.min(afterEnd, c.start());
            if (c.end() <= mine[0]) beforeStart = Math.max(beforeStart, c.end());
        }
        for (int[] n : numbers) {
            if (n[0] >= mine[1]) afterEnd = Math.min(afterEnd, n[0]);
            if (n[1] <= mine[0]) beforeStart = Math.max(beforeStart, n[1]);
        }
        String after = null, before = null;
        boolean group = false;
        for (CountCues.Match c : found) {
            String k = c.kind();
            if (k.equals(CountCues.BOUNDARY)) continue;
            if (c.start() >= mine[1] && c.end() <= afterEnd) {
                if (k.equals(CountCues.GROUP)) group = true;
                else if (after == null) after = k;
            } else if (c.end() <= mine[0] && c.start() >= beforeStart && !k.equals(CountCues.GROUP)) {
                before = k;   // the nearest before the number wins
            }
        }
        String about = after != null ? after : before;
        return about == null ? null : new Stated(f, about, group);
    }

    private Verdict verdict(Stated s, List<Stated> all) {
        Figure f = s.figure;
        int stated = (int) Math.round(f.value());
        LocalDate asOf = asOf(f);
        if (s.group)
            return unverifiable(s, stated, asOf, "a count of one group's members, not of all partners");
        if (s.about.equals(CountCues.DIPLOMATIC_RELATIONS))
            return unverifiable(s, stated, asOf, "the ledger holds partnership frameworks, not every country with diplomatic relations");
        if (asOf == null)
            return unverifiable(s, stated, null, "no date: the figure has no period and its document no date");
        Level level = Level.parse(s.about);
        boolean inclusive = level == Level.STRATEGIC && all.stream().noneMatch(o -> o != s
                && o.figure.doc().equals(f.doc()) && o.figure.evidence().equals(f.evidence())
                && Level.COMPREHENSIVE_STRATEGIC.name().equals(o.about));
        List<Partner> derived = count(level, inclusive, asOf);
        boolean agree = derived.size() == stated;
        LocalDate heldUntil = agree ? null : heldUntil(level, inclusive, asOf, stated);
        return new Verdict(f.doc(), f.evidence(), stated, level.name(), inclusive ? "inclusive" : "exclusive", asOf,
                agree ? Verdict.AGREE : Verdict.DISAGREE, derived.size(), derived, heldUntil, null);
    }

    private List<Partner> count(Level level, boolean inclusive, LocalDate date) {
        return ledger.asOf(date).stream().filter(p -> p.level().countsAs(level, inclusive)).toList();
    }

    /** The last day before {@code asOf} on which the ledger's count was the stated one, or null. */
    private LocalDate heldUntil(Level level, boolean inclusive, LocalDate asOf, int stated) {
        List<LocalDate> changes = ledger.changes();
        for (int i = changes.size() - 1; i >= 0; i--) {
            LocalDate dayBefore = changes.get(i).minusDays(1);
            if (!changes.get(i).isAfter(asOf) && count(level, inclusive, dayBefore).size() == stated) return dayBefore;
        }
        return null;
    }

    private static Verdict unverifiable(Stated s, int stated, LocalDate asOf, String reason) {
        return new Verdict(s.figure.doc(), s.figure.evidence(), stated, s.about, null, asOf, Verdict.UNVERIFIABLE,
                null, List.of(), null, reason);
    }

    private static LocalDate asOf(Figure f) {
        IsoPeriod p = IsoPeriod.parseOrNull(f.period());
        if (p == null) p = IsoPeriod.parseOrNull(f.docDate());
        return p == null ? null : p.last();
    }

    /** A number as Vietnamese texts write it: "79.000" → 79000, "5,64" → 5.64, "09" → 9. */
    static double value(String token) {
        String t = THOUSANDS.matcher(token).matches() ? token.replace(".", "") : token;
        try {
            return Double.parseDouble(t.replace(',', '.'));
        } catch (NumberFormatException e) {
            return Double.NaN;   // "1.2.3": not one number
        }
    }

    /** A figure read as a stated count: what it is about (a level name or DIPLOMATIC_RELATIONS). */
    record Stated(Figure figure, String about, boolean group) {}
}
