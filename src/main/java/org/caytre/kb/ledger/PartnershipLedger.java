package org.caytre.kb.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Vietnam's partnership history per country, from the documents' PARTNERSHIP facts and the reference table.
 *
 * <p>How a history is built, per country:
 * <ol>
 *   <li>every source (a fact naming Vietnam, another country and a level; a reference row) is placed at the first
 *       day of its date (a fact without a date at its document's date: the partnership held by then);</li>
 *   <li>sources in date order with the same level in a row are one step: a later mention confirms, it does not
 *       restart the step. Its {@code since} is the earliest date, refined by a more precise compatible one
 *       ("2023" and "2023-09-10" → 2023-09-10; "2008-05" and "2023" → 2008-05);</li>
 *   <li>a step ends when the next one begins; frameworks are only ever upgraded, so a later source of a lower rung
 *       (a text calling a comprehensive strategic partner "strategic") starts no step and is reported in
 *       {@link #warnings()};</li>
 *   <li>the step's provenance is {@code document} when a document supports it (its evidence is preferred), else
 *       {@code reference}; all sources are kept.</li>
 * </ol>
 *
 * <pre>{@code PartnershipLedger.of(facts).asOf(LocalDate.of(2020, 12, 31)) }</pre>
 */
public final class PartnershipLedger {
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
    private static final String VIETNAM = "VNM";

    private final Map<String, List<Step>> histories;
    private final List<String> warnings;

    private PartnershipLedger(Map<String, List<Step>> histories, List<String> warnings) {
        this.histories = histories;
        this.warnings = List.copyOf(warnings);
    }

    /** The ledger of the facts and the bundled reference table. */
    public static PartnershipLedger of(List<Fact> facts) { return of(facts, ReferenceTable.standard()); }

    public static PartnershipLedger of(List<Fact> facts, List<ReferenceStep> reference) {
        Map<String, List<Placed>> byCountry = new TreeMap<>();
        List<String> warnings = new ArrayList<>();
        for (ReferenceStep r : reference)
            byCountry.computeIfAbsent(r.country(), k -> new ArrayList<>())
                    .add(new Placed(r.level(), r.since(), new Source(Source.REFERENCE, r.since().text(), null, r.source())));
        for (Fact f : facts) place(f, byCountry, warnings);
        Map<String, List<Step>> histories = new TreeMap<>();
        byCountry.forEach((country, placed) -> histories.put(country, steps(country, placed, warnings)));
        return new PartnershipLedger(histories, warnings);
    }

    /** Vietnam's partners on {@code date}, highest level first, then by country. */
    public List<Partner> asOf(LocalDate date) {
        List<Partner> out = new ArrayList<>();
        for (List<Step> steps : histories.values())
            for (Step s : steps) if (s.holdsOn(date)) out.add(Partner.of(s));
        out.sort(Comparator.comparing((Partner p) -> -p.level().rank()).thenComparing(p -> p.level().name())
                .thenComparing(Partner::country));
        return List.copyOf(out);
    }

    /** One country's steps, oldest first; empty when the ledger knows no framework with it. */
    public List<Step> history(String iso3) { return histories.getOrDefault(iso3, List.of()); }

    /** Every day on which some country's step begins (and so the previous one ends), oldest first. */
    public List<LocalDate> changes() {
        return histories.values().stream().flatMap(List::stream).map(Step::from).distinct().sorted().toList();
    }

    /** The countries with at least one step. */
    public List<String> countries() { return List.copyOf(histories.keySet()); }

    /** Facts that could not be placed, or that contradict a history (one line each, naming the document). */
    public List<String> warnings() { return warnings; }

    private static void place(Fact f, Map<String, List<Placed>> byCountry, List<String> warnings) {
        if (!"PARTNERSHIP".equals(f.type()) || !f.participants().contains(VIETNAM)) return;
        Object level = f.attrs().get("level");
        if (level == null) return;
        Level l;
        try {
            l = Level.parse(level.toString());
        } catch (IllegalArgumentException e) {
            warnings.add(f.doc() + ": " + e.getMessage());
            return;
        }
        String date = f.date() == null ? null : f.date().split("/")[0];   // a range: the step starts with it
        IsoPeriod when = IsoPeriod.parseOrNull(date);
        if (when == null) when = IsoPeriod.parseOrNull(f.docDate());
        if (when == null) {
            warnings.add(f.doc() + ": a " + l + " partnership with no date and an undated document: not placed");
            return;
        }
        for (String p : f.participants())
            if (!p.equals(VIETNAM) && COUNTRY.matcher(p).matches())
                byCountry.computeIfAbsent(p, k -> new ArrayList<>())
                        .add(new Placed(l, when, new Source(Source.DOCUMENT, when.text(), f.doc(), f.evidence())));
    }

    private static List<Step> steps(String country, List<Placed> placed, List<String> warnings) {
        placed.sort(Comparator.comparing((Placed p) -> p.when.first())
                .thenComparing(p -> p.source.isDocument() ? 1 : 0));   // reference first on a tie: stable output
        List<List<Placed>> runs = new ArrayList<>();
        for (Placed p : placed) {
            List<Placed> last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && last.get(0).level == p.level) last.add(p);
            else if (last != null && p.level.rank() < last.get(0).level.rank())
                warnings.add(country + ": " + p.level + " (" + p.source.since() + ", " + origin(p.source)
                        + ") after " + last.get(0).level + ": frameworks are only upgraded, not taken as a step");
            else runs.add(new ArrayList<>(List.of(p)));
        }
        List<IsoPeriod> sinces = runs.stream().map(PartnershipLedger::since).toList();
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            List<Placed> run = runs.get(i);
            IsoPeriod since = sinces.get(i);
            LocalDate until = i + 1 < runs.size() ? sinces.get(i + 1).first() : null;
            Source preferred = run.stream().map(Placed::source).filter(Source::isDocument).findFirst()
                    .orElse(run.get(0).source);
            steps.add(new Step(country, run.get(0).level, since.text(), since.first(), until, preferred.provenance(),
                    preferred.evidence(), preferred.doc(), run.stream().map(Placed::source).toList()));
        }
        return List.copyOf(steps);
    }

    /** The earliest date of a run, refined by a more precise compatible one. */
    private static IsoPeriod since(List<Placed> run) {
        IsoPeriod since = run.get(0).when;
        for (Placed p : run) if (p.when.compatible(since) && p.when.finerThan(since)) since = p.when;
        return since;
    }

    private static String origin(Source s) { return s.isDocument() ? s.doc() : "reference"; }

    /** A source placed in time. */
    private record Placed(Level level, IsoPeriod when, Source source) {}
}
