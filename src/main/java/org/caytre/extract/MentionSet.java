package org.caytre.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.caytre.model.Event;

/**
 * The events of one document as its mentions arrive: one event per identity (type, sides, date, key attributes),
 * undated mentions dated by the document's default date, and at the end the mentions that only restate a better
 * dated one dropped — a day inside a visit's period, a year beside the full date, the default date beside the text's.
 */
final class MentionSet {
    private final String defaultDate;
    private final Map<String, Event> out = new LinkedHashMap<>();

    MentionSet(String defaultDate) { this(defaultDate, List.of(), Set.of()); }

    /**
     * {@code storyDates}: the dates of a news item published on {@code defaultDate}, in text order. When that date is
     * coarse (a year, a month), an undated mention takes the last date before it that the text gives inside that period,
     * else the first ("Thủ tướng trưa 31/5 dự tiệc … Trước đó, … tiếp Bộ trưởng Thương mại Mỹ"): the story's day.
     */
    MentionSet(String defaultDate, List<org.caytre.model.DateMention> storyDates, Set<String> vietnamesePeople) {
        this.defaultDate = defaultDate;
        this.vietnamesePeople = vietnamesePeople;
        this.storyDates = defaultDate == null ? List.of() : defaultDate.length() == 10 ? dayBefore(defaultDate, storyDates)
                : storyDates.stream().filter(d -> d.value().length() > defaultDate.length() && d.value().startsWith(defaultDate)).toList();
        // the dates the story moves through: at most the publication day, in its year
        this.textDates = defaultDate == null || defaultDate.length() < 4 ? List.of() : storyDates.stream()
                .filter(d -> d.value().startsWith(defaultDate.substring(0, 4)) && d.value().compareTo(defaultDate) <= 0).toList();
    }

    /**
     * A news item published on a day that dates its story the day before ("… nêu trong thông cáo ngày 5/8", published on
     * the 6th): that day is the story's, for the undated lead before it; the publication day when the text gives none.
     */
    private static List<org.caytre.model.DateMention> dayBefore(String published, List<org.caytre.model.DateMention> dates) {
        String before;
        try { before = java.time.LocalDate.parse(published).minusDays(1).toString(); } catch (java.time.DateTimeException e) { return List.of(); }
        List<org.caytre.model.DateMention> days = dates.stream().filter(d -> d.value().equals(before)).toList();
        return days.isEmpty() || dates.stream().anyMatch(d -> d.value().equals(published)) ? List.of() : days;
    }

    private final List<org.caytre.model.DateMention> textDates;
    /** Mentions that refer back to an event already told, without a date of their own (see {@link Anaphora}). */
    private final List<Event> restatements = new ArrayList<>();

    /** Mentions of a caption or a cut headline: they restate the body, told before or after them. */
    private final Set<Event> captions = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    void addCaption(List<Event> events) {
        captions.addAll(events);
        restatements.addAll(events);
    }

    /** Mentions read from one trigger; {@code refersBack}: the trigger restates an event already told. */
    void add(List<Event> events, boolean refersBack) {
        if (!refersBack) { add(events); return; }
        restatements.addAll(events);
    }

    /**
     * A restatement is the event it restates when the text tells one of the same type and sides; alone, it happened on
     * the story's day: the last date the text gave before it ("ngày 3/8 … hội đàm với …" / "Tại hội đàm, …").
     */
    private void resolveRestatements() {
        for (Event e : restatements) {
            Set<String> sides = new TreeSet<>(e.participants());
            // "Trong chuyến thăm … năm 2007" restates only a visit of that time
            Event told = null;
            for (Event x : out.values())              // told before it: a restatement refers back
                if (x.type().equals(e.type()) && new TreeSet<>(x.participants()).equals(sides)
                        && (captions.contains(e) || x.evidence().start() < e.evidence().start())
                        && (e.date() == null || sameTime(x.date(), e.date())) && sameCounterpart(x, e)) { told = x; break; }
            if (told != null) {
                // a restatement dated more precisely ("… năm 2016" / "(9/2016)") dates the event; one naming more people
                // ("Tập Cận Bình tiếp đồng chí Lương Cường" under a cut headline) names them for the event
                boolean dates = e.date() != null && told.date() != null && e.date().length() > told.date().length();
                List<String> people = new ArrayList<>(told.people());
                for (String p : e.people()) if (!people.contains(p)) people.add(p);
                Map<String, Object> attrs = told.attrs();
                if (told.attrs().get("place") == null && e.attrs().get("place") != null) {     // where the restatement says it was
                    attrs = new LinkedHashMap<>(told.attrs());
                    attrs.put("place", e.attrs().get("place"));
                }
                if (dates || people.size() > told.people().size() || attrs != told.attrs()) {
                    String k = key(told);
                    boolean wasDefaulted = defaulted.remove(k);
                    out.remove(k);
                    Event better = new Event(told.type(), told.participants(), people, dates ? e.date() : told.date(), attrs, told.evidence(), told.rule());
                    out.put(key(better), better);
                    if (wasDefaulted && !dates) defaulted.add(key(better));
                }
                continue;
            }
            if (e.date() != null) { add(List.of(e)); continue; }
            // undated and nothing told before it ("… ngay sau khi hội đàm kết thúc" in the lead): the talks told later
            if (toldAnywhere(e, sides)) continue;
            String day = null;
            for (org.caytre.model.DateMention d : textDates) if (d.span().start() < e.evidence().start()) day = d.value().split("/")[0];
            if (day == null) { add(List.of(e)); continue; }
            add(List.of(new Event(e.type(), e.participants(), e.people(), day, e.attrs(), e.evidence(), e.rule())));
        }
        restatements.clear();
        captions.clear();
    }

    /**
     * The date of the last event told before {@code before}: of {@code type} when given ("Sau hội đàm, …" dates by the
     * talks), else the last told to the day ("Cùng ngày, …"); null when none.
     */
    String antecedentDate(int before, String type) {
        String date = null;
        int at = -1;
        for (List<Event> pool : List.of(List.copyOf(out.values()), restatements))
            for (Event e : pool) {
                if (e.date() == null || e.evidence().start() >= before || e.evidence().start() < at) continue;
                if (type != null ? !e.type().equals(type) : e.date().length() < 10) continue;
                if (defaulted.contains(key(e))) continue;              // dated by the story, not by the text
                date = e.date().split("/")[0];
                at = e.evidence().start();
            }
        return date;
    }

    private boolean toldAnywhere(Event e, Set<String> sides) {
        for (List<Event> pool : List.of(List.copyOf(out.values()), restatements))
            for (Event x : pool)
                if (x != e && x.date() != null && x.type().equals(e.type()) && new TreeSet<>(x.participants()).equals(sides) && sameCounterpart(x, e))
                    return true;
        return false;
    }

    private final List<org.caytre.model.DateMention> storyDates;
    /** People named as Vietnamese: a meeting is told apart by its foreign counterpart, whoever else is named with it. */
    private final Set<String> vietnamesePeople;

    private String storyDate(Event e) {
        if (storyDates.isEmpty()) return defaultDate;
        // the lead the text goes on to date the day before publication; what comes after that date keeps the day published
        if (defaultDate.length() == 10 && e.evidence().start() > storyDates.get(0).span().start()) return defaultDate;
        int lo = 0, hi = storyDates.size() - 1, best = 0;          // the last date before the mention: binary search
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (storyDates.get(mid).span().start() < e.evidence().start()) { best = mid; lo = mid + 1; } else hi = mid - 1;
        }
        return storyDates.get(best).value().split("/")[0];
    }

    private final Set<String> defaulted = new java.util.HashSet<>();

    private final Set<String> seats = new java.util.HashSet<>();

    void add(List<Event> events) {
        for (Event e : events) {
            if (e.participants().isEmpty()) continue;          // an event needs a side
            // one clause names a seat once, whichever rule read it: a plain membership adds nothing to a named role of
            // the same seat ("trúng cử Phó Chủ tịch … khóa 77"); a named role held at other dates is another holding
            if (e.type().equals("MULTILATERAL_ROLE")) {
                String seat = new TreeSet<>(e.participants()) + "|" + e.attrs().get("body") + "|" + e.evidence();
                boolean member = "member".equals(e.attrs().get("role"));
                if ((member && seats.contains(seat)) || !seats.add(seat + "|" + e.attrs().get("role") + (member ? "" : "|" + e.date()))) continue;
                seats.add(seat);
            }
            String fallback = e.date() == null ? storyDate(e) : null;
            Event dated = e.date() != null || fallback == null ? e
                    : new Event(e.type(), e.participants(), e.people(), fallback, e.attrs(), e.evidence(), e.rule());
            Event known = out.putIfAbsent(key(dated), dated);
            if (known == null && e.date() == null) defaulted.add(key(dated));
            // an event keyed without its date (a framework, a seat) keeps the most precise date any mention gives
            else if (known != null && e.date() != null && known.date() != null && e.date().length() > known.date().length()
                    && e.date().startsWith(known.date().substring(0, 4))) {
                out.put(key(dated), dated);
                defaulted.remove(key(dated));
            }
        }
    }

    /** An event dated only by the review year is dropped when the text also gives it a precise date. */
    List<Event> result() {
        resolveRestatements();
        recalledFrameworks();
        hostless();
        sameInstrument();
        unquantified();
        Set<String> precise = new java.util.HashSet<>();
        for (var e : out.entrySet()) if (!defaulted.contains(e.getKey())) precise.add(undated(e.getValue()));
        List<Event> events = new ArrayList<>();
        Map<String, List<String>> ranges = new HashMap<>(), dates = new HashMap<>();
        for (Event e : out.values()) if (e.date() != null) dates.computeIfAbsent(undated(e), k -> new ArrayList<>()).add(e.date());
        for (Event e : out.values()) if (e.date() != null && e.date().contains("/")) ranges.computeIfAbsent(undated(e), k -> new ArrayList<>()).add(e.date());
        // the same event told again later without a date ("Việt Nam cảnh báo công dân …" in the lead, "Bộ Ngoại giao cảnh báo
        // công dân …" in the body): one event, dated as its first telling
        Map<String, Integer> firstTelling = new HashMap<>();
        for (var e : out.entrySet())
            if (defaulted.contains(e.getKey())) firstTelling.merge(undated(e.getValue()), e.getValue().evidence().start(), Math::min);
        for (var e : out.entrySet()) {
            if (defaulted.contains(e.getKey()) && precise.contains(undated(e.getValue()))) continue;
            if (defaulted.contains(e.getKey()) && firstTelling.get(undated(e.getValue())) < e.getValue().evidence().start()) continue;
            // "tối 18/11 … thăm chính thức … ngày 18 - 19/11": a day of a visit's period is that visit, not another
            if (insideRange(e.getValue().date(), ranges.getOrDefault(undated(e.getValue()), List.of()))) continue;
            if (coarser(e.getValue(), dates.getOrDefault(undated(e.getValue()), List.of()))) continue;   // "1969" beside "11/1/1969"
            events.add(e.getValue());
        }
        return List.copyOf(events);
    }

    /**
     * A visit the clause names no host for ("Chuyến thăm của Tổng Bí thư cũng nhằm …") restates a visit of the same
     * sides that has one; alone, it is a visit to the country where a meeting of the same sides received the visitor, else
     * to Vietnam, who speaks.
     */
    private void hostless() {
        List<Event> hosted = out.values().stream().filter(e -> e.type().equals("VISIT") && e.attrs().get("host") != null).toList();
        for (var it = out.entrySet().iterator(); it.hasNext(); ) {
            var entry = it.next();
            Event e = entry.getValue();
            if (!e.type().equals("VISIT") || !e.attrs().containsKey("host") || e.attrs().get("host") != null) continue;
            if (hosted.stream().anyMatch(h -> new TreeSet<>(h.participants()).equals(new TreeSet<>(e.participants())) && sameTime(h.date(), e.date()))) {
                it.remove();
                continue;
            }
            // "Tập Cận Bình tiếp đồng chí Lương Cường": the visitor was received in the receiver's country
            String place = out.values().stream().filter(m -> m.type().equals("MEETING") && m.attrs().get("place") != null
                            && new TreeSet<>(m.participants()).equals(new TreeSet<>(e.participants())) && sameTime(m.date(), e.date()))
                    .map(m -> (String) m.attrs().get("place")).findFirst().orElse("VNM");
            entry.setValue(e.with("host", place));
        }
    }

    /**
     * One instrument named twice with the same step ("Lễ ký kết Bản Ghi nhớ giữa Bộ … và Bộ …" / "… ký Bản Ghi nhớ (MoU)"):
     * a name that begins the other's is the same agreement; the first mention stays.
     */
    private void sameInstrument() {
        List<Map.Entry<String, Event>> agreements = out.entrySet().stream().filter(x -> x.getValue().type().equals("AGREEMENT")).toList();
        Set<String> drop = new java.util.HashSet<>();
        for (int i = 0; i < agreements.size(); i++)
            for (int j = i + 1; j < agreements.size(); j++) {
                Event a = agreements.get(i).getValue(), b = agreements.get(j).getValue();
                if (drop.contains(agreements.get(i).getKey()) || !new TreeSet<>(a.participants()).equals(new TreeSet<>(b.participants()))
                        || !String.valueOf(a.attrs().get("stage")).equals(String.valueOf(b.attrs().get("stage"))) || !sameTime(a.date(), b.date())) continue;
                String x = String.valueOf(a.attrs().get("agreement")).toLowerCase(java.util.Locale.ROOT);
                String y = String.valueOf(b.attrs().get("agreement")).toLowerCase(java.util.Locale.ROOT);
                if (x.startsWith("agr:") || y.startsWith("agr:") ? x.equals(y) : x.startsWith(y) || y.startsWith(x))
                    drop.add(agreements.get(j).getKey());
            }
        out.keySet().removeAll(drop);
    }

    /**
     * A framework a news item names without a date of its own, which the partners took before the item's year: dated by
     * the step it recalls ({@link Frameworks}), not by the day of publication.
     */
    private void recalledFrameworks() {
        if (defaultDate == null || defaultDate.length() < 10) return;          // news items only: a review dates its year's steps
        for (var it = out.entrySet().iterator(); it.hasNext(); ) {
            var entry = it.next();
            Event e = entry.getValue();
            if (!e.type().equals("PARTNERSHIP") || !defaulted.contains(entry.getKey()) || !e.participants().contains("VNM")) continue;
            String partner = e.participants().stream().filter(p -> !p.equals("VNM")).findFirst().orElse(null);
            String since = partner == null ? null : Frameworks.since(partner, String.valueOf(e.attrs().get("level")));
            if (since == null || since.substring(0, 4).compareTo(defaultDate.substring(0, 4)) >= 0) continue;
            entry.setValue(e.dated(since));
            defaulted.remove(entry.getKey());
        }
    }

    /**
     * Aid told with its amount and again without ("Mỹ sẽ cấp 1 triệu USD hỗ trợ khẩn cấp …" / "… để hỗ trợ phục hồi đất
     * nước"): a mention with no quantity, of the same sides, named recipient and time as one with a quantity, is that aid.
     */
    private void unquantified() {
        List<Event> quantified = out.values().stream().filter(e -> QUANTIFIED.contains(e.type()) && quantity(e) != null).toList();
        if (quantified.isEmpty()) return;
        out.values().removeIf(e -> QUANTIFIED.contains(e.type()) && quantity(e) == null && e.attrs().get("to") != null && quantified.stream().anyMatch(q ->
                q.type().equals(e.type()) && new TreeSet<>(q.participants()).equals(new TreeSet<>(e.participants()))
                        && java.util.Objects.equals(q.attrs().get("to"), e.attrs().get("to")) && sameTime(q.date(), e.date())));
    }

    private static final Set<String> QUANTIFIED = Set.of("AID");

    private static Object quantity(Event e) {
        for (String k : List.of("amount", "count")) if (e.attrs().get(k) != null) return e.attrs().get(k);
        return null;
    }

    /** "Tại cuộc hội đàm giữa … với đồng chí Thái Kỳ": a meeting restated with another foreign counterpart is another meeting. */
    private boolean sameCounterpart(Event told, Event restated) {
        if (!restated.type().equals("MEETING")) return true;
        List<String> foreign = restated.people().stream().filter(p -> !vietnamesePeople.contains(p)).toList();
        List<String> before = told.people().stream().filter(p -> !vietnamesePeople.contains(p)).toList();
        return foreign.isEmpty() || before.isEmpty() || before.stream().anyMatch(foreign::contains);
    }

    /** Two dates that may be one event's: equal, or one inside the other ("2017-02" and "2017-02-25", a range's start). */
    private static boolean sameTime(String a, String b) {
        if (a == null || b == null) return a == null && b == null;
        String x = a.split("/")[0], y = b.split("/")[0];
        return x.startsWith(y) || y.startsWith(x);
    }

    /** A mention dated less precisely than another mention of the same event is that event. */
    private static boolean coarser(Event e, List<String> dates) {
        if (e.date() == null || e.date().contains("/")) return false;
        for (String d : dates) if (d.length() > e.date().length() && d.startsWith(e.date())) return true;
        return false;
    }

    private static boolean insideRange(String date, List<String> ranges) {
        if (date == null || date.contains("/")) return false;
        for (String r : ranges) {
            String[] ends = r.split("/");
            String from = ends[0].substring(0, Math.min(ends[0].length(), date.length()));
            String to = ends[1].substring(0, Math.min(ends[1].length(), date.length()));
            if (date.compareTo(from) >= 0 && date.compareTo(to) <= 0) return true;
        }
        return false;
    }

    private String undated(Event e) {
        return key(new Event(e.type(), e.participants(), e.people(), null, e.attrs(), e.evidence(), e.rule()));
    }

    /** What makes two mentions the same event: type, sides, date and key attributes. */
    private String key(Event e) {
        StringBuilder b = new StringBuilder(e.type()).append('|').append(new TreeSet<>(e.participants())).append('|');
        boolean undatedOnce = e.type().equals("PARTNERSHIP");   // a seat is held again in other terms; a framework is set once
        if (!undatedOnce) b.append(e.date());
        if (e.type().equals("MEETING")) {                                 // one per counterpart
            List<String> foreign = e.people().stream().filter(p -> !vietnamesePeople.contains(p)).toList();
            if (foreign.size() == 1) b.append('|').append(foreign.get(0));
            else if (e.people().size() == 1) b.append('|').append(e.people().get(0));
        }
        for (String k : List.of("agreement", "stage", "body", "role", "level", "host", "to", "amount", "count", "flights", "citizens", "counterpart"))
            b.append('|').append(String.valueOf(e.attrs().get(k)).toLowerCase(java.util.Locale.ROOT));
        return b.toString();
    }
}
