package org.caytre.kb.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Vietnam's partnership history per partner (a country, or an organisation such as the EU), from level claims: the
 * reference table's rows and the documents' PARTNERSHIP facts.
 *
 * <p>Precedence, highest first: an analyst's decision (an accepted claim counts as authoritative, a rejected one
 * not at all) &gt; official documents and the reference table &gt; news reported by at least two independent outlets
 * (status {@code corroborated}) &gt; a single news report. Only the first three make steps ({@code in_force}); a
 * single report is {@code supporting} when a step of the same level holds during its date, and otherwise an
 * {@code unconfirmed} claim, listed with its source but never the level.
 *
 * <p>How a history is built from the claims that make steps, per partner:
 * <ol>
 *   <li>each claim is placed at the first day of its date (a fact without a date at its document's date: the
 *       partnership held by then);</li>
 *   <li>claims in date order with the same level in a row are one step: a later mention confirms, it does not
 *       restart the step; a reference row naming a variant of the same level ("Enhanced Strategic Partnership")
 *       starts a renamed step. Its {@code since} is the earliest date, refined by a more precise compatible one;</li>
 *   <li>a step ends when the next one begins; frameworks are only ever upgraded, so a later claim of a lower rung
 *       starts no step ({@code lower_rung}, reported in {@link #warnings()});</li>
 *   <li>the step's provenance is {@code document} when a document supports it (analyst-accepted, then official, then
 *       news evidence is preferred), else {@code reference}; all sources are kept.</li>
 * </ol>
 *
 * <pre>{@code PartnershipLedger.of(facts).asOf(LocalDate.of(2020, 12, 31)) }</pre>
 */
public final class PartnershipLedger {
    private static final Pattern PARTNER = Pattern.compile("[A-Z]{3}|ORG:[A-Za-z0-9_-]+");
    private static final String VIETNAM = "VNM";

    private final Map<String, List<Step>> histories;
    private final List<String> warnings;
    private final List<ClaimView> claims;

    private PartnershipLedger(Map<String, List<Step>> histories, List<String> warnings, List<ClaimView> claims) {
        this.histories = histories;
        this.warnings = List.copyOf(warnings);
        this.claims = List.copyOf(claims);
    }

    /** The ledger of the facts and the bundled reference table. */
    public static PartnershipLedger of(List<Fact> facts) { return of(facts, ReferenceTable.standard()); }

    public static PartnershipLedger of(List<Fact> facts, List<ReferenceStep> reference) { return of(facts, reference, Map.of()); }

    /** With analyst decisions: claim id → true (accepted) or false (rejected). */
    public static PartnershipLedger of(List<Fact> facts, List<ReferenceStep> reference, Map<String, Boolean> decisions) {
        List<String> warnings = new ArrayList<>();
        List<Claim> all = new ArrayList<>();
        for (ReferenceStep r : reference) all.add(Claim.of(r));
        for (Fact f : facts) all.addAll(claims(f, warnings));

        Map<String, Set<String>> outlets = new HashMap<>();   // partner|level → independent news outlets
        for (Claim c : all)
            if (c.kind().equals(SourceOrigin.NEWS) && !Boolean.FALSE.equals(decisions.get(c.id())))
                outlets.computeIfAbsent(c.partner() + "|" + c.level(), k -> new HashSet<>()).add(c.outletKey());
        Map<String, String> status = new LinkedHashMap<>();
        Map<String, List<Claim>> authoritative = new TreeMap<>(), single = new TreeMap<>();
        for (Claim c : all) {
            Boolean decided = decisions.get(c.id());
            int n = outlets.getOrDefault(c.partner() + "|" + c.level(), Set.of()).size();
            if (Boolean.FALSE.equals(decided)) status.put(c.id(), ClaimView.REJECTED);
            else if (Boolean.TRUE.equals(decided) || !c.kind().equals(SourceOrigin.NEWS) || n >= 2) {
                status.put(c.id(), c.kind().equals(SourceOrigin.NEWS) && decided == null ? ClaimView.CORROBORATED : ClaimView.IN_FORCE);
                authoritative.computeIfAbsent(c.partner(), k -> new ArrayList<>()).add(decided == null ? c : analyst(c));
            } else single.computeIfAbsent(c.partner(), k -> new ArrayList<>()).add(c);
        }
        Map<String, List<Step>> histories = new TreeMap<>();
        authoritative.forEach((partner, cs) -> histories.put(partner, steps(partner, cs, status, warnings)));
        single.forEach((partner, cs) -> histories.put(partner, withSingleReports(histories.getOrDefault(partner, List.of()), cs, status)));
        histories.values().removeIf(List::isEmpty);

        PartnershipLedger ledger = new PartnershipLedger(histories, warnings, List.of());
        List<ClaimView> views = new ArrayList<>();
        for (Claim c : all) {
            Step held = ledger.stepOn(c.partner(), c.when().first());
            views.add(new ClaimView(c, status.get(c.id()), outlets.getOrDefault(c.partner() + "|" + c.level(), Set.of()).size(),
                    held == null ? null : held.level().name()));
        }
        return new PartnershipLedger(histories, warnings, views);
    }

    /** Vietnam's partners on {@code date}, highest level first, then by partner id. */
    public List<Partner> asOf(LocalDate date) {
        List<Partner> out = new ArrayList<>();
        for (List<Step> steps : histories.values())
            for (Step s : steps) if (s.holdsOn(date)) out.add(Partner.of(s));
        out.sort(Comparator.comparing((Partner p) -> -p.level().rank()).thenComparing(p -> p.level().name())
                .thenComparing(Partner::country));
        return List.copyOf(out);
    }

    /**
     * The counts of partner countries on {@code date} as the Foreign Ministry publishes them: comprehensive strategic
     * (China's cooperative variant included), strategic (those above excluded), comprehensive, special; organisations
     * (the EU) counted apart.
     */
    public Tally tally(LocalDate date) {
        int cs = 0, s = 0, c = 0, special = 0, organisations = 0;
        for (Partner p : asOf(date)) {
            if (!p.isCountry()) { organisations++; continue; }
            switch (p.level()) {
                case COMPREHENSIVE_STRATEGIC, COMPREHENSIVE_STRATEGIC_COOPERATIVE -> cs++;
                case STRATEGIC -> s++;
                case COMPREHENSIVE -> c++;
                case SPECIAL -> special++;
            }
        }
        return new Tally(date, cs, s, c, special, organisations);
    }

    /** Partner countries per level on a date; {@link #total()} those at comprehensive partnership or above. */
    public record Tally(LocalDate date, int comprehensiveStrategic, int strategic, int comprehensive, int special,
                        int organisations) {
        public int total() { return comprehensiveStrategic + strategic + comprehensive; }

        public Map<String, Object> toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("date", date.toString());
            m.put("comprehensive_strategic", comprehensiveStrategic);
            m.put("strategic", strategic);
            m.put("comprehensive", comprehensive);
            m.put("total", total());
            m.put("special", special);
            m.put("organisations", organisations);
            return m;
        }
    }

    /** One partner's steps, oldest first; empty when the ledger knows no framework with it. */
    public List<Step> history(String partner) { return histories.getOrDefault(partner, List.of()); }

    /** Every day on which some partner's step begins (and so the previous one ends), oldest first. */
    public List<LocalDate> changes() {
        return histories.values().stream().flatMap(List::stream).map(Step::from).distinct().sorted().toList();
    }

    /** The partners with at least one step. */
    public List<String> countries() { return List.copyOf(histories.keySet()); }

    /** Every claim with how it was weighed, in reference-then-document order. */
    public List<ClaimView> claims() { return claims; }

    /** One partner's claims. */
    public List<ClaimView> claims(String partner) { return claims.stream().filter(c -> c.claim().partner().equals(partner)).toList(); }

    /** The claims the ledger's answer does not follow (single reports of another level, later lower rungs). */
    public List<ClaimView> conflicts() { return claims.stream().filter(ClaimView::conflicting).toList(); }

    /** Facts that could not be placed, or that contradict a history (one line each, naming the document). */
    public List<String> warnings() { return warnings; }

    private Step stepOn(String partner, LocalDate date) {
        return history(partner).stream().filter(s -> s.holdsOn(date)).findFirst().orElse(null);
    }

    private static List<Claim> claims(Fact f, List<String> warnings) {
        if (!"PARTNERSHIP".equals(f.type()) || !f.participants().contains(VIETNAM)) return List.of();
        Object level = f.attrs().get("level");
        if (level == null) return List.of();
        Level l;
        try {
            l = Level.parse(level.toString());
        } catch (IllegalArgumentException e) {
            warnings.add(f.doc() + ": " + e.getMessage());
            return List.of();
        }
        String date = f.date() == null ? null : f.date().split("/")[0];   // a range: the step starts with it
        IsoPeriod when = IsoPeriod.parseOrNull(date);
        if (when == null) when = IsoPeriod.parseOrNull(f.docDate());
        if (when == null) {
            warnings.add(f.doc() + ": a " + l + " partnership with no date and an undated document: not placed");
            return List.of();
        }
        List<Claim> out = new ArrayList<>();
        for (String p : f.participants())
            if (!p.equals(VIETNAM) && PARTNER.matcher(p).matches()) out.add(Claim.of(f, p, l, when));
        return out;
    }

    private static Claim analyst(Claim c) {
        return new Claim(c.id(), c.partner(), c.level(), c.when(), c.name(), SourceOrigin.ANALYST, c.doc(), c.outlet(), c.docDate(), c.evidence());
    }

    private static List<Step> steps(String partner, List<Claim> claims, Map<String, String> status, List<String> warnings) {
        List<Claim> placed = new ArrayList<>(claims);
        placed.sort(Comparator.comparing((Claim c) -> c.when().first())
                .thenComparing(c -> c.isDocument() ? 1 : 0));   // reference first on a tie: stable output
        List<List<Claim>> runs = new ArrayList<>();
        for (Claim c : placed) {
            List<Claim> last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && last.get(0).level() == c.level() && (c.name() == null || Objects.equals(c.name(), name(last))))
                last.add(c);
            else if (last != null && c.level().rank() < last.get(0).level().rank()) {
                status.put(c.id(), ClaimView.LOWER_RUNG);
                warnings.add(partner + ": " + c.level() + " (" + c.when().text() + ", " + (c.isDocument() ? c.doc() : "reference")
                        + ") after " + last.get(0).level() + ": frameworks are only upgraded, not taken as a step");
            } else runs.add(new ArrayList<>(List.of(c)));
        }
        List<IsoPeriod> sinces = runs.stream().map(PartnershipLedger::since).toList();
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            List<Claim> run = runs.get(i);
            LocalDate until = i + 1 < runs.size() ? sinces.get(i + 1).first() : null;
            steps.add(step(partner, run.get(0).level(), sinces.get(i), until, name(run),
                    run.stream().map(c -> c.source(status.get(c.id()))).toList()));
        }
        return List.copyOf(steps);
    }

    /** Adds each single news report to the step of its level in force on its date, or marks it unconfirmed. */
    private static List<Step> withSingleReports(List<Step> steps, List<Claim> reports, Map<String, String> status) {
        List<Step> out = new ArrayList<>(steps);
        for (Claim c : reports) {
            int at = -1;
            for (int i = 0; i < out.size(); i++) {
                Step s = out.get(i);
                boolean overlaps = !c.when().last().isBefore(s.from()) && (s.until() == null || c.when().first().isBefore(s.until()));
                if (s.level() == c.level() && overlaps) at = i;
            }
            if (at < 0) { status.put(c.id(), ClaimView.UNCONFIRMED); continue; }
            status.put(c.id(), ClaimView.SUPPORTING);
            Step s = out.get(at);
            List<Source> sources = new ArrayList<>(s.sources());
            sources.add(c.source(ClaimView.SUPPORTING));
            out.set(at, step(s.country(), s.level(), IsoPeriod.parse(s.since()), s.until(), s.name(), sources));
        }
        return List.copyOf(out);
    }

    private static Step step(String partner, Level level, IsoPeriod since, LocalDate until, String name, List<Source> sources) {
        Source preferred = sources.stream().filter(Source::isDocument).min(Comparator.comparingInt(PartnershipLedger::weight))
                .orElse(sources.get(0));
        return new Step(partner, level, since.text(), since.first(), until, preferred.provenance(), preferred.evidence(),
                preferred.doc(), sources, name);
    }

    /** Which document evidence a step shows first: an analyst's, then an official document's, then news. */
    private static int weight(Source s) {
        return switch (s.kind()) {
            case SourceOrigin.ANALYST -> 0;
            case SourceOrigin.OFFICIAL -> 1;
            default -> s.status().equals(ClaimView.SUPPORTING) ? 3 : 2;
        };
    }

    private static String name(List<Claim> run) {
        return run.stream().map(Claim::name).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** The earliest date of a run, refined by a more precise compatible one. */
    private static IsoPeriod since(List<Claim> run) {
        IsoPeriod since = run.get(0).when();
        for (Claim c : run) if (c.when().compatible(since) && c.when().finerThan(since)) since = c.when();
        return since;
    }
}
