package org.caytre.extract;

import org.caytre.internal.DataFiles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caytre.extract.ClauseContext.Side;
import org.caytre.extract.rules.EventRule;
import org.caytre.extract.rules.EventRules;
import org.caytre.model.Annotations;
import org.caytre.model.DateMention;
import org.caytre.model.EntityMention;
import org.caytre.model.EntityType;
import org.caytre.model.Document;
import org.caytre.model.Event;
import org.caytre.model.Footnote;
import org.caytre.model.PersonMention;
import org.caytre.model.Section;
import org.caytre.model.Span;
import static org.caytre.extract.EventParts.*;

/**
 * Reads typed events out of annotated text with the rules of {@code extract/rules/events.jsonl}, clause by clause.
 *
 * <ul>
 *   <li>Plans, recommendations and negated events ({@code extract/modality.tsv}) are not events; announced visits are,
 *       with {@code status: "announced"}; sections of directions ({@code extract/plans.txt}) are skipped.</li>
 *   <li>A clause without a trigger that follows one with a "carry" rule in the same sentence continues it
 *       ("… điện đàm với Thủ tướng Nhật Bản (22/3); Chủ tịch nước … (11/5)").</li>
 *   <li>A footnote without a trigger continues the clause its marker stands in ("… điện đàm với lãnh đạo các
 *       nước⁶" / "⁶ Gồm Trung Quốc, Nga, …").</li>
 *   <li>"ba nước", "giữa …" make one event with all sides; otherwise one event per foreign side.</li>
 *   <li>An event with no date of its own is dated to the year the document reviews.</li>
 * </ul>
 */
public final class EventExtractor {
    private static final Pattern JOINT = ClausePhrases.get("joint");
    private static final Pattern TWO_SIDES = ClausePhrases.get("two-sides");
    private static final Pattern OTHER_TIME = ClausePhrases.get("other-time");
    private static final Pattern STATE_ACTOR = ClausePhrases.get("state-actor"), HABITUAL = ClausePhrases.get("habitual"),
            APPOSITION_ROLE = ClausePhrases.get("apposition-role");
    private static final Set<String> BILATERAL = Set.of("DIPLOMATIC_RELATIONS", "PARTNERSHIP");
    private static final Set<String> TALKS_AND_RELATIONS = Set.of("MEETING", "PHONE_CALL", "DIPLOMATIC_RELATIONS"),
            TALKS_AND_VISITS = Set.of("MEETING", "PHONE_CALL", "VISIT");
    private static final Pattern REPORTING = ClausePhrases.get("reporting"), DURING = ClausePhrases.get("during");
    private static final Pattern PLURAL = ClausePhrases.get("plural-before"), COUNTED = ClausePhrases.get("counted-before"),
            COUNTED_SIDES = ClausePhrases.get("counted-sides"), OTHER_ACT = ClausePhrases.get("visit-other-act"),
            BARE_NOUN = ClausePhrases.get("bare-visit-noun");
    private static final Pattern HOST_COUNTRY = ClausePhrases.get("host-country"), ANTECEDENT = ClausePhrases.get("antecedent-opener");

    private final List<EventRule> rules;
    /** The rules' cues in one automaton: which rules a sentence may fire, in one pass ({@link EventRule#cued}). */
    private final org.caytre.internal.CueSets ruleCues;
    /** Each rule's trigger with the characters a match can start with: whether a clause holds one, without a Matcher. */
    private final Map<EventRule, org.caytre.internal.LeadingChars.Search> triggerSearch = new java.util.IdentityHashMap<>();
    private final Modality modality = Modality.standard();
    private Pattern planSections;
    private final AgreementSteps agreementSteps = new AgreementSteps();

    public EventExtractor() { this(EventRules.load("/extract/rules/events.jsonl")); }

    public EventExtractor(List<EventRule> rules) {
        this.rules = rules;
        this.ruleCues = new org.caytre.internal.CueSets(rules.stream().map(EventRule::cues).toList());
        for (EventRule r : rules) triggerSearch.put(r, org.caytre.internal.LeadingChars.search(r.trigger()));
        for (String[] row : DataFiles.table("/extract/plans.txt")) {
            if (row[0].startsWith("section:")) planSections = Pattern.compile("(?i)" + row[0].substring(8));
        }
    }

    public List<EventRule> rules() { return rules; }

    /** Per-document state of one run: immutable extractor, mutable run. */
    private final class Run {
        final Document d;
        final Annotations a;
        final String text;
        final String year;
        final List<Map.Entry<Span, EventRule>> fired = new ArrayList<>();

        Run(Document d, Annotations a) {
            this.d = d;
            this.a = a;
            this.text = d.text();
            this.year = defaultDate(d);
            this.counterpart = Counterpart.of(d, a);
            org.caytre.annotate.DateAnchor anchor = org.caytre.annotate.DateAnchor.of(d.metadata(), d.text().length());
            this.anchorYear = anchor.shiftedYear(0);
            Set<String> vietnamese = new java.util.HashSet<>();
            for (PersonMention p : a.people()) if ("VNM".equals(p.countryId())) vietnamese.add(p.id());
            this.out = new MentionSet(year, anchor.nearPublication() ? a.dates() : List.of(), vietnamese);
        }

        /** The document names Vietnam or a Vietnamese: otherwise no event is Vietnam's unless a clause says so. */
        private Boolean vietnamese;                                   // read when a clause first needs it: two whole-text searches

        boolean vietnamese() {
            if (vietnamese == null) vietnamese = ClauseContext.namesVietnam(a, text);
            return vietnamese;
        }

        final String counterpart;
        final Integer anchorYear;

        final MentionSet out;
    }

    /**
     * The date of an event the text does not date: a news item reports what happened around its publication, a review
     * what happened in the year it reviews; null when neither is known.
     */
    private static String defaultDate(Document d) {
        org.caytre.annotate.DateAnchor anchor = org.caytre.annotate.DateAnchor.of(d.metadata(), d.text().length());
        if (anchor.nearPublication()) return anchor.publication();
        return d.metadata().referenceYear() == null ? null : String.valueOf(d.metadata().referenceYear());
    }

    public List<Event> extract(Document d, Annotations a) {
        Run run = new Run(d, a);
        Set<Span> footnoteSentences = new java.util.HashSet<>();
        Topicality topics = Topicality.of(d);
        // a photo caption or the site's cut headline restates the story: its events are the body's, merged with them
        List<Span> restating = d.paragraphs().stream().filter(org.caytre.model.Paragraph::restatesStory).map(org.caytre.model.Paragraph::span).toList();
        for (Span sentence : d.sentences()) {
            if (inFootnote(d, sentence)) footnoteSentences.add(sentence);
            if (inPlanSection(d, sentence) || topics.offTopic(sentence.start())) continue;
            boolean restates = restating.stream().anyMatch(p -> p.start() <= sentence.start() && sentence.start() < p.end());
            sentence(run, sentence, restates);
        }
        footnotes(run);
        return run.out.result();
    }

    private void sentence(Run run, Span sentence, boolean restates) {
        boolean[] hasCue = ruleCues.present(run.text, sentence.start(), sentence.end());   // most sentences need no regex
        List<EventRule> cued = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) if (hasCue[i]) cued.add(rules.get(i));
        if (cued.isEmpty()) return;
        EventRule carried = null;
        List<Side> carriedSides = List.of();
        Map<String, String> carriedHosts = Map.of();
        for (Span clause : Clauses.of(run.text, sentence)) {
            // the clause's context, instruments and report dates are read once a trigger is found (or an event is carried
            // into it): most cued clauses hold none
            ClauseContext c = null, withReportDates = null;
            boolean any = false;
            Map<EventRule, int[]> triggers = new LinkedHashMap<>();
            List<Instruments.Instrument> names = null;
            for (EventRule r : cued) {
                if (!triggerSearch.get(r).findIn(run.text, clause.start(), clause.end())) continue;
                Matcher t = r.trigger().matcher(run.text).region(clause.start(), clause.end());
                if (!t.find()) continue;
                if (c == null) c = withoutReportDates(run.text, withReportDates = context(run, clause, sentence));
                if (names == null) names = Instruments.find(run.text, clause.start(), clause.end());
                // "Trong chuyến thăm, … hội đàm với … và thăm Campuchia (7/3)": a later mention that tells an event is the trigger
                if (Anaphora.refersBack(run.text, clause.start(), clause.end(), t.start(), t.end())) {
                    boolean told = false;
                    while (!told && t.find()) told = !Anaphora.refersBack(run.text, clause.start(), clause.end(), t.start(), t.end());
                    if (!told) { t.reset(); t.region(clause.start(), clause.end()); t.find(); }
                }
                if (!r.split().equals("agreements") && insideName(names, t.start())) continue;   // "Thỏa thuận … hỗ trợ nghề cá"
                Modality.Status status = modality.status(run.text, clause.start(), t.start());
                if (status == Modality.Status.OCCURRED) status = modality.predicate(run.text, t.end(), clause.end());
                // "chuẩn bị cho kỷ niệm 70 năm thiết lập quan hệ ngoại giao": the anniversary recalls what happened
                if (Anniversaries.celebrates(r.type()) && (Anniversaries.recalls(run.text, clause.start(), t.start())
                        || Anniversaries.opens(run.text, t.start(), t.end()))) status = Modality.Status.OCCURRED;
                if (!modality.reported(status, r.type())) continue;
                // an announced visit is one with its own day or month ("sẽ thăm … vào tháng 10-2019"); "chuẩn bị cho chuyến thăm
                // của lãnh đạo cấp cao hai nước" with no date of its own is a plan (gold-news/CONVENTIONS.md)
                if (status == Modality.Status.ANNOUNCED && modality.announcementNeedsDate(r.type()) && c.dates().stream().noneMatch(dm -> dm.span().start() >= t.start())) continue;
                if (r.require() != null && !r.require().matcher(run.text).region(clause.start(), clause.end()).find()) continue;
                if (r.notFollowedBy() != null && r.notFollowedBy().matcher(run.text).region(t.end(), clause.end()).lookingAt()) continue;
                // "qua 6 chuyến thăm", "triển khai các khoản viện trợ": events counted or spoken of in general, none told
                if (r.type().equals("VISIT") && counted(run.text, clause.start(), t.start())
                        || r.type().equals("AID") && PLURAL.matcher(run.text).region(Math.max(clause.start(), t.start() - 16), t.start()).find()) continue;
                triggers.put(r, new int[] {t.start(), t.end(), status.ordinal()});
            }
            if (c == null && carried == null) continue;                 // no trigger, nothing carried: no event here
            if (c == null) c = withoutReportDates(run.text, withReportDates = context(run, clause, sentence));
            // a trigger that reads no event ("Chủ tịch Hội đồng Nhà nước" names no seat) does not end another's dates
            Set<EventRule> productive = new java.util.HashSet<>();
            for (var entry : triggers.entrySet()) {
                EventRule r = entry.getKey();
                int ts = entry.getValue()[0], te = entry.getValue()[1];
                if (!apply(r, c, run.text, ts, te, run.text.substring(ts, te), owned(run.text, c, sidesOf(r, c, run.text), r, triggers), false).isEmpty())
                    productive.add(r);
            }
            for (var entry : triggers.entrySet()) {
                EventRule r = entry.getKey();
                int ts = entry.getValue()[0], te = entry.getValue()[1];
                List<Side> own = owned(run.text, c, sidesOf(r, c, run.text), r, triggers);
                int stop = clause.end();                       // the next event's trigger ends this one's dates
                for (var other : triggers.entrySet())
                    if (productive.contains(other.getKey()) && !other.getKey().type().equals(r.type())   // another kind of event
                            && other.getValue()[0] > te && other.getValue()[0] < stop && !during(run.text, clause.start(), other.getValue()[0]))
                        stop = other.getValue()[0];
                // "Tại cuộc gặp, … cảm ơn Thái Lan đã treo cờ rủ (1-2/8)": a mention referring back is dated only in its own part
                boolean refersBack = Anaphora.refersBack(run.text, clause.start(), clause.end(), ts, te);
                if (refersBack && Anaphora.referredToByPhrase(run.text, clause.start(), ts)) {
                    int comma = run.text.indexOf(',', te);
                    if (comma >= 0 && comma < stop) stop = comma;
                }
                // "Ngày 20/9, … gửi thư … để thông báo quyết định": a verb of reporting after the trigger reports nothing of its date
                ClauseContext dated = reportingBefore(run.text, clause.start(), ts) ? c : withReportDates;
                List<Event> events = withStatus(apply(r, ClauseContext.until(dated, stop), run.text, ts, te, run.text.substring(ts, te), own, false),
                        Modality.Status.values()[entry.getValue()[2]]);
                String recalled = Anniversaries.celebrates(r.type()) ? Anniversaries.date(run.text, clause.start(), Anniversaries.opens(run.text, ts, te) ? te : ts, c.dates(), run.anchorYear) : null;
                if (r.type().equals("MEETING")) events = Receptions.placed(events, c, run.text, ts, te);
                if (recalled != null) events = redated(events, recalled);
                else if (!events.isEmpty() && events.stream().allMatch(e -> e.date() == null)) {
                    String inherited = antecedentDate(run, sentence, clause, ts);
                    if (inherited != null) events = redated(events, inherited);
                }
                if (restates) run.out.addCaption(events);
                else run.out.add(events, refersBack);
                run.fired.add(Map.entry(clause, r));          // even without sides: a footnote may list them
                if (events.isEmpty()) continue;
                any = true;
                if (r.carry()) {
                    carried = r;
                    carriedSides = sidesOf(r, c, run.text);
                    carriedHosts = new HashMap<>();
                    for (Event e : events) if (e.attrs().get("host") != null) carriedHosts.put(foreign(e), (String) e.attrs().get("host"));
                }
            }
            if (!any && carried != null && !c.dates().isEmpty() && !c.people().isEmpty()) {
                boolean inherit = sidesOf(carried, c, run.text).isEmpty();
                List<Event> continued = apply(carried, c, run.text, clause.start(), clause.start(), "",
                        inherit ? carriedSides : sidesOf(carried, c, run.text), inherit);
                run.out.add(inherit ? withHosts(continued, carriedHosts) : continued);
            } else if (!any) {
                carried = null;
            }
        }
    }

    private static ClauseContext context(Run run, Span clause, Span sentence) {
        return ClauseContext.of(run.a, clause, sentence).withCounterpart(run.counterpart)
                .withRecentBody(Seats.recentBody(run.a, run.text, clause.start())).withVietnamese(run.vietnamese());
    }

    /** A footnote that only lists sides continues the event of the clause its marker stands in. */
    private void footnotes(Run run) {
        for (Footnote f : run.d.footnotes()) {
            if (f.markerOffset() == null) continue;
            EventRule rule = null;
            Span at = null;
            for (var e : run.fired)
                if (e.getKey().start() <= f.markerOffset() && f.markerOffset() <= e.getKey().end() + 1 && e.getValue().carry()) {
                    rule = e.getValue();
                    at = e.getKey();
                }
            if (rule == null) continue;
            ClauseContext c = ClauseContext.of(run.a, f.body(), f.body());
            if (rule.trigger().matcher(run.text).region(f.body().start(), f.body().end()).find()) continue;
            List<Side> sides = sidesOf(rule, c, run.text);
            if (sides.size() < 2) continue;
            ClauseContext marker = ClauseContext.of(run.a, at, at);
            ClauseContext merged = new ClauseContext(f.body(), c.entities(), c.people(), marker.dates(), c.quantities(), true);
            run.out.add(apply(rule, merged, run.text, f.body().start(), f.body().start(), "", sides, false));
        }
    }

    private static List<Side> sidesOf(EventRule r, ClauseContext c, String text) {
        boolean talks = r.type().equals("MEETING") || r.type().equals("PHONE_CALL");
        List<Side> sides = talks ? c.sidesWithHeads(r.orgs(), text) : c.sides(r.orgs());
        // "Báo Hong Kong dẫn các nguồn tin …", "truyền thông nhà nước Trung Quốc": a country named only as the news source's
        List<Side> out = null;
        for (Side s : sides) {
            boolean source = c.occurrences(s.id()).stream().allMatch(at -> NEWS_SOURCE.matcher(text).region(Math.max(c.clause().start(), at - 30), at).find());
            if (source && out == null) out = new ArrayList<>(sides.subList(0, sides.indexOf(s)));
            else if (!source && out != null) out.add(s);
        }
        return out == null || out.size() < 2 ? sides : out;      // a source's country may be the actor's when no two others are named
    }

    private static final Pattern NEWS_SOURCE = ClausePhrases.get("news-source");

    /**
     * With several triggers in one clause ("thăm Xinh-ga-po và điện đàm với Ngoại trưởng Úc"), a side belongs to the
     * last trigger before it, or to the first trigger when it comes before them all.
     */
    private static List<Side> owned(String text, ClauseContext c, List<Side> sides, EventRule r, Map<EventRule, int[]> all) {
        Map<EventRule, int[]> triggers = new LinkedHashMap<>();      // only talks, visits and the like share sides out
        all.forEach((rule, at) -> { if (rule.split().equals("each")) triggers.put(rule, at); });
        if (triggers.size() < 2 || !triggers.containsKey(r)) return sides;
        List<Side> out = new ArrayList<>();
        for (Side s : sides) {
            for (int at : c.occurrences(s.id())) {
                if (owner(triggers, at) != r) continue;
                out.add(new Side(s.id(), at));
                break;
            }
        }
        if (out.isEmpty()) {      // "… nâng cấp lên đối tác chiến lược toàn diện trong chuyến thăm của Thủ tướng Ấn Độ": its sides too
            int at = triggers.get(r)[0];
            EventRule next = null;
            int nextAt = Integer.MAX_VALUE;
            for (var t : triggers.entrySet()) if (t.getValue()[0] > at && t.getValue()[0] < nextAt) { next = t.getKey(); nextAt = t.getValue()[0]; }
            if (next != null && during(text, c.clause().start(), nextAt)) return owned(text, c, sides, next, all);
        }
        return out;
    }

    private static EventRule owner(Map<EventRule, int[]> triggers, int at) {
        EventRule owner = null, firstRule = null;
        int best = Integer.MIN_VALUE, first = Integer.MAX_VALUE;
        for (var t : triggers.entrySet()) {
            int start = t.getValue()[0];
            if (start <= at && start > best) { best = start; owner = t.getKey(); }
            if (start < first) { first = start; firstRule = t.getKey(); }
        }
        return owner == null ? firstRule : owner;
    }

    private List<Event> apply(EventRule r, ClauseContext c, String text, int ts, int te, String trigger, List<Side> sides,
                              boolean inheritedSides) {
        List<Side> inherited = inheritedSides ? sides : null;
        c = withoutOtherTimes(text, c, ts, te);
        String clauseText = text.substring(c.clause().start(), c.clause().end());
        Map<String, Object> attrs = new LinkedHashMap<>(r.attrs());
        for (var m : r.maps().entrySet()) {
            String v = mapped(m.getValue(), trigger);
            if (v == null) v = mapped(m.getValue(), clauseText);
            if (v != null) attrs.put(m.getKey(), v);
        }
        return switch (r.split()) {
            case "each" -> each(r, c, text, sides, attrs, ts, te, inherited != null);
            case "agreements" -> agreementSteps.read(r, c, text, sides, attrs);
            case "bodies" -> Seats.read(r, c, text, attrs);
            case "aid" -> Transfers.aid(r, c, sides, attrs, ts, te, text, trigger);
            case "note" -> Transfers.note(r, c, sides, attrs, ts, te, text);
            case "citizens" -> Transfers.citizens(r, c, attrs, text, ts);
            default -> List.of();
        };
    }

    /** "chuyến thăm", "Chuyến thăm thứ hai": the trigger is (or ends) the noun of a visit, not the verb. */
    private static boolean nominalVisit(String text, int ts) {
        return text.regionMatches(true, ts, "chuyến", 0, 6) || ts >= 7 && text.regionMatches(true, ts - 7, "chuyến ", 0, 7);
    }

    private List<Event> each(EventRule r, ClauseContext c, String text, List<Side> sides, Map<String, Object> attrs,
                             int ts, int te, boolean inherited) {
        List<Event> out = new ArrayList<>();
        if (TALKS_AND_VISITS.contains(r.type()) && inGeneral(text, c, sides, ts, te)) return out;
        if (r.type().equals("MEETING") && PrivateParties.meet(text, c.clause().start(), c.clause().end(), ts, te)
                || r.type().equals("VISIT") && !inherited && PrivateParties.visit(text, c.clause().start(), ts)) return out;
        if ((r.type().equals("MEETING") || r.type().equals("PHONE_CALL")) && MeetingCounterparts.atHome(text, c, sides, ts, te)) return out;
        if (r.type().equals("VISIT") && Hosts.tripAtPost(text, c, ts, te)) return out;
        // "Trong suốt thời gian diễn ra chuyến thăm, truyền thông … Ba Lan …": the bare noun restates a visit told elsewhere;
        // the sides after the comma are another predicate's
        if (r.type().equals("VISIT") && nominalVisit(text, ts) && BARE_NOUN.matcher(text).region(te, c.clause().end()).lookingAt()
                && sides.stream().allMatch(s -> s.at() > te)) return out;     // "Tổng thống … tới Hà Nội, bắt đầu chuyến thăm." stays
        if (r.type().equals("VISIT") && !inherited) {                       // "Chủ tịch Diaz-Canel cũng sẽ tới Nga, … và Lào"
            List<Event> tour = ThirdParties.foreignVisitor(r, c, text, attrs, ts);
            if (tour != null) return tour;
        }
        if (r.type().equals("MEETING") || r.type().equals("PHONE_CALL")) {   // "hội nghị thượng đỉnh Mỹ - Triều": those two alone
            List<String> pair = PairedSides.after(text, c, te);
            if (pair != null) return List.of(event(r, c, pair, firstDate(c), attrs));
        }
        List<Side> inClause = sides;                                      // before topics cut them: who the clause names
        if (r.orgs())                    // an organisation is a side only when named close to the trigger
            sides = sides.stream().filter(s -> !s.id().contains(":") || Math.abs(s.at() - ts) <= 60).toList();
        if ((r.type().equals("MEETING") || r.type().equals("PHONE_CALL")) && sides.size() >= 2) {
            // "tiếp Hoàng hậu Hà Lan Maxima, đặc phái viên của Tổng thư ký Liên Hợp Quốc": the counterpart's office, no other side
            Side first = sides.get(0);
            List<Side> kept = sides.stream().filter(x -> x == first || x.at() <= te || x.at() <= first.at()
                    || !APPOSITION_ROLE.matcher(text).region(Math.max(first.at(), x.at() - 70), x.at()).find()).toList();
            if (kept.size() < sides.size()) {
                sides = kept;
                inClause = inClause.stream().filter(kept::contains).toList();
            }
        }
        if (r.type().equals("MEETING") || r.type().equals("PHONE_CALL")) {   // "cuộc gặp … tại Xinh-ga-po": a venue is no side
            ClauseContext named = c;                                          // … unless it is all that names the other side
            List<Side> actors = sides.stream().filter(s -> !MeetingCounterparts.onlyAsPlace(text, named, s.id())).toList();
            if (!actors.isEmpty()) sides = actors;
        }
        if (sides.isEmpty() && "after-trigger".equals(r.host()))              // "đến thủ đô Viêng Chăn, bắt đầu chuyến thăm"
            sides = Hosts.find(text, c, r.trigger()).countries().stream().map(h -> new Side(h, te)).toList();
        boolean byCounterpart = false;
        // "điện đàm với Ngoại trưởng Ô-xtrây-li-a …, chuẩn bị cho chuyến thăm của lãnh đạo cấp cao hai nước": the two countries
        // are the clause's, not the story's counterpart
        List<Side> named = inClause.isEmpty() ? c.sides(false) : inClause;
        if (sides.isEmpty() && TWO_SIDES.matcher(text).region(te, c.clause().end()).find()
                && named.stream().map(Side::id).filter(id -> !id.contains(":")).distinct().count() == 1)
            sides = List.of(new Side(named.get(0).id(), te));
        if (sides.isEmpty() && c.counterpart() != null && c.vietnamese() && (c.vietnam() || r.type().equals("VISIT") || BILATERAL.contains(r.type())
                || TWO_SIDES.matcher(text).region(c.clause().start(), c.clause().end()).find()
                || HOST_COUNTRY.matcher(text).region(te, c.clause().end()).find())) {   // relations are the story's two countries
            // "đến thăm Bảo tàng …", "ai đến thăm": the verb naming no country needs a state's visitor, a person named or
            // Vietnam visited ("Ông từng thăm Việt Nam ba lần"); the noun refers to the story's visits ("Chuyến thăm thứ hai …")
            // "thiết lập quan hệ đối tác chiến lược … với 28 nước": sides counted, none named — a figure, not the story's counterpart
            if (COUNTED_SIDES.matcher(text).region(te, c.clause().end()).find()) return out;
            if (r.type().equals("VISIT") && !nominalVisit(text, ts) && c.people().isEmpty() && !c.vietnamNamed(te, Math.min(c.clause().end(), te + 30)) && !STATE_ACTOR.matcher(text).region(c.clause().start(), c.clause().end()).find())
                return out;
            // "Thủ tướng làm việc với Đại học Quốc gia Hà Nội": talks with a body at home are not with the story's counterpart
            if ((r.type().equals("MEETING") || r.type().equals("PHONE_CALL"))
                    && (MeetingCounterparts.domesticAfter(text, te, c.clause().end())
                        || PrivateParties.citizen(text, te, c.clause().end()))) return out;
            sides = List.of(new Side(c.counterpart(), te));             // "hai nước đã …", "ông hội kiến Tổng Bí thư …"
            byCounterpart = true;
            // "trao đổi các phái đoàn và những cuộc gặp song phương ở mọi cấp": contacts in general, no event
            if (PLURAL.matcher(text).region(Math.max(c.clause().start(), ts - 16), ts).find()
                    && c.people().stream().noneMatch(p -> p.span().start() >= te)) return out;
        }
        if (sides.isEmpty()) return out;
        if (TALKS_AND_RELATIONS.contains(r.type())) {
            // "điện đàm với Ngoại trưởng Xinh-ga-po về … Campuchia"; "… điện đàm với … Trump, Chủ tịch Tập Cận Bình nói … Triều Tiên"
            int stop = Math.min(Topics.stop(text, c, sides, te), Topics.speechStop(text, c, sides, te));
            sides = sides.stream().filter(x -> x.at() < stop).toList();
            c = ClauseContext.until(c, stop);
            sides = Topics.subjectWhenVietnamFollows(text, c, sides, ts, te);   // "Thụy Điển … thiết lập quan hệ ngoại giao với Việt Nam"
        }
        if (r.type().equals("VISIT")) {                                // "… công du tới Hà Nội, ông … Mỹ … đã nói rằng … Trung Quốc"
            // "Chuyến thăm Nhật Bản và dự lễ duyệt đội hình hải quân ở Hàn Quốc": a place of the next act is no host
            Matcher next = OTHER_ACT.matcher(text).region(te, c.clause().end());
            int stop = Math.min(Topics.speechStop(text, c, sides, te), next.find() ? next.start() : c.clause().end());
            sides = PairedSides.outsideTalks(text, c, sides.stream().filter(x -> x.at() < stop).toList());
        }
        if (r.type().equals("PARTNERSHIP") && !attrs.containsKey("level")) return out;   // "đối tác thương mại" is no framework
        if (sides.isEmpty()) return out;
        boolean visit = "after-trigger".equals(r.host());
        boolean talks = r.type().equals("MEETING") || r.type().equals("PHONE_CALL");
        // "Ngoại trưởng Trung Quốc … trong cuộc gặp với người đồng cấp Iran": a foreign actor names the other side
        Side agent = c.vietnam() ? null : ThirdParties.foreignAgent(text, c, sides, ts, te);
        // "… với Bahamas" in a story about Vietnam is Vietnam's; two others named ("Hội đàm với Chủ tịch Triều Tiên …, Tổng
        // thống Mỹ …") are each other's
        int clauseStart = c.clause().start();
        List<Side> actors = inClause.stream().filter(x -> !Places.isPlace(text, clauseStart, x.at())).toList();
        boolean oneOther = actors.stream().map(Side::id).distinct().count() <= 1;
        // "Chủ tịch Trung Quốc gặp Tổng thống Mỹ tại Việt Nam": Vietnam named only as the venue of talks is no side
        boolean venueOnly = talks && c.occurrences("VNM").stream().allMatch(at -> Places.isPlace(text, clauseStart, at))
                && !c.occurrences("VNM").isEmpty();
        boolean vietnam = byCounterpart || (c.vietnam() && !venueOnly) || (c.vietnamese() && agent == null
                && (oneOther && (relationWith(text, c.clause().start(), sides.get(0).at())
                    || sides.stream().anyMatch(x -> x.at() > te && relationWith(text, te, x.at())))
                    || talks && oneOther && sides.size() == 1 && !inherited));   // a story about Vietnam: "Thủ tướng đã tiếp Đại sứ Nhật Bản"
        // "sau 29 năm bình thường hóa quan hệ ngoại giao, quan hệ hai nước …": relations and frameworks have two sides; one
        // named in a story about Vietnam has Vietnam for the other
        if (BILATERAL.contains(r.type()) && c.vietnamese() && agent == null && sides.size() == 1 && !sides.get(0).id().contains(":")) vietnam = true;
        if (visit && c.vietnam() && !inherited && !c.vietnamNamed(c.clause().start(), ts) && c.vietnamNamed(te, c.clause().end())) {
            List<Event> tour = ThirdParties.tourWithVietnam(r, c, text, sides, attrs, ts, te);   // "ông Trump … công du châu Á,
            if (!tour.isEmpty()) return tour;                                                  // với các điểm dừng Nhật Bản, … Việt Nam"
        }
        if (visit && !c.vietnam()) {
            List<Event> between = ThirdParties.visitsBetween(r, c, text, sides, attrs, ts, te);
            if (!between.isEmpty() || !c.vietnamese()) return between;
        }
        if (!vietnam && !c.vietnamese() && sides.size() < 2) return out;  // a story about others: both sides named
        if (talks && !vietnam && sides.size() < 2) return out;             // talks need two sides
        boolean joint = talks && JOINT.matcher(text).region(c.clause().start(), c.clause().end()).find() && sides.size() >= 2;
        // "quan hệ ASEAN - EU"; but "Thủ tướng … gặp Chủ tịch Ủy ban châu Âu và Tổng giám đốc WHO" are Vietnam's talks
        if (sides.size() >= 2 && sides.stream().allMatch(x -> x.id().contains(":")) && !(talks && c.vietnam())) vietnam = false;
        // "ông Trump đã hội đàm với lãnh đạo Nhật Bản, Việt Nam và Thái Lan": a foreign actor before the trigger and Vietnam
        // only among its counterparts — its talks with each, Vietnam's included, none of Vietnam with the others
        if (talks && !joint && agent == null && !inherited && c.vietnam() && !venueOnly && !c.vietnamNamed(c.clause().start(), ts)
                && c.vietnamNamed(te, c.clause().end())) {
            Side lead = ThirdParties.foreignAgent(text, c, sides, ts, te);
            if (lead != null) {
                out.add(event(r, c, List.of("VNM", lead.id()), firstDate(c), attrs));
                for (Side o : sides) if (o.at() > te && !o.id().equals(lead.id())) out.add(event(r, c, List.of(lead.id(), o.id()), firstDate(c), attrs));
                return out;
            }
        }
        // "Ngoại trưởng Mỹ … điện đàm với Thủ tướng Qatar … và Bộ trưởng Ai Cập …": a foreign actor's talks, one per counterpart
        if (talks && !joint && agent != null && !vietnam) {
            List<Side> others = sides.stream().filter(x -> x.at() > te && !x.id().equals(agent.id())).toList();
            if (others.size() >= 2) {
                for (Side o : others) out.add(event(r, c, List.of(agent.id(), o.id()), firstDate(c), attrs));
                return out;
            }
        }
        if (joint || (!vietnam && !visit && sides.size() >= 2)) {       // "Mỹ và Nga …", "ba nước …", "ASEAN - EU"
            List<String> parts = new ArrayList<>();
            if (vietnam) parts.add("VNM");
            sides.forEach(s -> parts.add(s.id()));
            List<DateMention> ds = DatedItems.split(text, c.dates());
            if (ds.size() >= 2) for (DateMention d : ds) out.add(event(r, c, parts, d.value(), attrs));
            else out.add(event(r, c, parts, firstDate(c), attrs));
            return out;
        }
        Hosts.Found hosts = visit ? Hosts.find(text, c, r.trigger()) : null;
        for (int i = 0; i < sides.size(); i++) {
            Side s = sides.get(i);
            int from = inherited ? c.clause().start() : i == 0 ? Math.min(s.at(), te) : s.at();
            int to = !inherited && i + 1 < sides.size() ? sides.get(i + 1).at() : c.clause().end();
            List<DateMention> ds = datesIn(c, from, to);
            if (ds.isEmpty()) ds = firstAfter(c, s.at());
            if (ds.isEmpty() && !inherited) ds = datesIn(c, c.clause().start(), ts);   // "A (11/5), B (17/5) điện đàm với X"
            if (ds.isEmpty()) ds = nearestBefore(c, s.at());
            Map<String, Object> a = new LinkedHashMap<>(attrs);
            if (visit) a.put("host", hosts.hostOf(s.id()));
            List<String> parts = new ArrayList<>();
            if (vietnam || (inherited && c.vietnamese()) || visit) parts.add("VNM");
            parts.add(s.id());
            List<DateMention> items = DatedItems.split(text, DatedItems.withListedYears(text, ds));
            List<PersonMention> met = r.type().equals("MEETING") && sides.size() == 1 ? MeetingCounterparts.counterparts(c, te) : List.of();
            List<String> titled = r.type().equals("MEETING") && sides.size() == 1 && met.size() < 2 ? MeetingCounterparts.titledCounterparts(text, c, te) : List.of();
            if (met.size() >= 2)                                          // "hội kiến Tổng Bí thư A, Chủ tịch nước B …"
                for (PersonMention p : met) out.add(new Event(r.type(), parts, List.of(p.id()),
                        ds.isEmpty() ? firstDate(c) : ds.get(0).value(), a, c.clause(), r.name()));
            else if (titled.size() >= 2)                                  // "gặp chủ tịch Thượng viện, chủ tịch Hạ viện Romania"
                for (String title : titled) {
                    Map<String, Object> withTitle = new LinkedHashMap<>(a);
                    withTitle.put("counterpart", title);
                    out.add(event(r, c, parts, ds.isEmpty() ? firstDate(c) : ds.get(0).value(), withTitle));
                }
            else if (items.size() >= 2) for (DateMention d : items) out.add(event(r, c, parts, d.value(), a));
            else out.add(event(r, c, parts, ds.isEmpty() ? firstDate(c) : ds.get(0).value(), a));
        }
        return out;
    }

    /**
     * An undated event in a clause that opens by pointing at an event already told takes that event's date: "Sau hội
     * đàm, hai Thủ tướng chứng kiến lễ ký …" the talks', "Cùng ngày, …" the last day told.
     */
    private String antecedentDate(Run run, Span sentence, Span clause, int ts) {
        Matcher m = ANTECEDENT.matcher(run.text).region(clause.start(), ts);     // the clause's opener, else the sentence's
        if (!m.lookingAt() && !(m = ANTECEDENT.matcher(run.text).region(sentence.start(), ts)).lookingAt()) return null;
        if (m.group(1) == null) return run.out.antecedentDate(sentence.start(), null);
        for (EventRule r : rules)
            if (r.trigger().matcher(run.text).region(m.start(1), m.end(1)).find()) return run.out.antecedentDate(sentence.start(), r.type());
        return null;
    }

    /**
     * "A và B đã có nhiều cuộc gặp để …": talks or visits in the plural with no counterpart, person or date after them are
     * spoken of in general; none is told.
     */
    private static boolean inGeneral(String text, ClauseContext c, List<Side> sides, int ts, int te) {
        // "lãnh đạo hai bên đã thăm nhau thường xuyên": words of habit around the trigger
        if (HABITUAL.matcher(text).region(Math.max(c.clause().start(), ts - 20), Math.min(c.clause().end(), te + 24)).find()
                && c.dates().stream().noneMatch(d -> d.span().start() >= te)) return true;
        return PLURAL.matcher(text).region(Math.max(c.clause().start(), ts - 16), ts).find()
                && sides.stream().noneMatch(x -> x.at() >= te) && c.people().stream().noneMatch(p -> p.span().start() >= te)
                && c.dates().stream().noneMatch(d -> d.span().start() >= te);
    }

    /** "qua 6 chuyến thăm", "hai cuộc điện đàm": a number with a classifier before the trigger, or before a nominal trigger. */
    private static boolean counted(String text, int clauseStart, int ts) {
        Matcher m = COUNTED.matcher(text).region(Math.max(clauseStart, ts - 16), ts);
        if (!m.find()) return false;
        String matched = m.group().toLowerCase(java.util.Locale.ROOT);
        return matched.matches(".*(?:cuộc|chuyến|lần|khoản)\\s+") || text.startsWith("chuyến", ts) || text.startsWith("cuộc", ts);
    }

    /** "quan hệ với Nga", "thiết lập quan hệ ngoại giao với Bahamas": in this genre the other side is Vietnam. */
    private static boolean relationWith(String text, int clauseStart, int firstSide) {
        if (firstSide <= clauseStart) return false;           // a side carried from an earlier clause
        int from = Math.max(clauseStart, firstSide - 30);   // room for a title: "với Ngoại trưởng Úc"
        return text.substring(from, firstSide).contains("với ");
    }

    private static boolean insideName(List<Instruments.Instrument> names, int at) {
        for (Instruments.Instrument in : names) if (in.name().start() < at && at < in.name().end()) return true;
        return false;
    }

    /** "hội kiến … trong chuyến thăm Việt Nam tháng 9-2016": the meeting happened during the visit, on its date. */
    private static boolean during(String text, int clauseStart, int trigger) {
        return DURING.matcher(text.substring(Math.max(clauseStart, trigger - 20), trigger)).find();
    }

    private static boolean reportingBefore(String text, int clauseStart, int ts) {
        return REPORTING_SEARCH.findIn(text, clauseStart, ts);
    }

    /** The same phrases, tried only where one of them can start (LeadingChars): these run on every clause with a trigger. */
    private static final org.caytre.internal.LeadingChars.Search REPORTING_SEARCH = org.caytre.internal.LeadingChars.search(REPORTING),
            OTHER_TIME_SEARCH = org.caytre.internal.LeadingChars.search(OTHER_TIME);

    /** Dates written before a verb of reporting date the report, not what it reports. */
    /** How far after "sau khi"/"kể từ khi" a date is that phrase's own. */
    private static final int OTHER_TIME_REACH = 40, DATED_NOUN_REACH = 14;
    private static final Pattern DATED_NOUN = ClausePhrases.get("dated-noun");

    /**
     * "Thủ tướng Mahathir thăm chính thức Việt Nam sau khi tái đắc cử tháng 5-2018": a date right after "sau khi", "kể từ
     * khi" is the time of that other act, not the event's — unless the trigger is the act ("kể từ khi hai nước thiết lập
     * quan hệ ngoại giao năm 1995").
     */
    private static ClauseContext withoutOtherTimes(String text, ClauseContext c, int ts, int te) {
        if (c.dates().isEmpty()) return c;
        org.caytre.internal.LeadingChars.Finder m = OTHER_TIME_SEARCH.finderIn(text, c.clause().start(), c.clause().end());
        List<DateMention> kept = new ArrayList<>(c.dates());
        while (m.find()) {
            int from = m.start(), phraseStart = m.end();
            if (ts >= from && ts < phraseStart + OTHER_TIME_REACH) continue;          // the trigger is that act
            kept.removeIf(d -> d.span().start() >= phraseStart && d.span().start() - phraseStart <= OTHER_TIME_REACH
                    && !(ts >= phraseStart && ts < d.span().start()));
        }
        // "cuộc bầu cử Mỹ năm 2016", "chính sách … được đề ra năm 1979": a date right after a noun of another happening is its
        Matcher noun = DATED_NOUN.matcher(text).region(c.clause().start(), c.clause().end());
        while (noun.find()) {
            int end = noun.end();
            if (ts >= noun.start() && ts < end) continue;
            kept.removeIf(d -> d.span().start() >= end && d.span().start() - end <= DATED_NOUN_REACH && !(ts >= end && ts < d.span().start()));
        }
        return kept.size() == c.dates().size() ? c
                : new ClauseContext(c.clause(), c.entities(), c.people(), kept, c.quantities(), c.vietnam(), c.counterpart(), c.recentBody(), c.vietnamese());
    }

    private static ClauseContext withoutReportDates(String text, ClauseContext c) {
        org.caytre.internal.LeadingChars.Finder m = REPORTING_SEARCH.finderIn(text, c.clause().start(), c.clause().end());
        if (!m.find()) return c;
        int verb = m.start();
        List<DateMention> kept = c.dates().stream().filter(d -> d.span().start() > verb).toList();
        return kept.size() == c.dates().size() ? c
                : new ClauseContext(c.clause(), c.entities(), c.people(), kept, c.quantities(), c.vietnam(), c.counterpart(), c.recentBody(), c.vietnamese());
    }

    private static String foreign(Event e) {
        for (String p : e.participants()) if (!p.equals("VNM")) return p;
        return "VNM";
    }

    /** A list continued after a semicolon ("…; Bí thư A (9/2012), …") keeps the hosts of the visits it continues. */
    private static List<Event> withHosts(List<Event> events, Map<String, String> hosts) {
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            String host = hosts.get(foreign(e));
            if (host == null || !e.attrs().containsKey("host")) { out.add(e); continue; }
            out.add(e.with("host", host));
        }
        return out;
    }

    private static List<Event> redated(List<Event> events, String date) {
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) out.add(e.dated(date));
        return out;
    }

    private static List<Event> withStatus(List<Event> events, Modality.Status status) {
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) out.add(e.with("status", status.attr()));
        return out;
    }

    private boolean inPlanSection(Document d, Span sentence) {
        if (planSections == null) return false;
        for (Section s : d.sections())
            if (s.span().contains(sentence.start()) && planSections.matcher(s.title() == null ? "" : s.title()).find()) return true;
        return false;
    }

    private static boolean inFootnote(Document d, Span s) {
        for (Footnote f : d.footnotes()) if (f.body().contains(s.start())) return true;
        return false;
    }



}
