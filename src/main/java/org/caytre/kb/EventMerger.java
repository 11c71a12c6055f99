package org.caytre.kb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Groups the mentions of one identity class ({@link EventIdentity#classKey}) into real events and gives each a stable
 * id. The grouping is a function of the set of mentions only, never of the order they arrived in, and the id is a
 * hash of the class key and the event's date at its precision: re-ingesting, or ingesting in another order, gives
 * the same ids.
 *
 * <p>Dates: a date covers a range of days ("2023-09" the month). For recurring types the finest dates are the events
 * (no other date of the class lies strictly inside them); a coarser mention joins the one finest date it covers, and
 * stays an event of its own when it covers none or several (it cannot tell which call it means). Two different days
 * are never merged, and neither are two mentions of one document unless both give the same day (a document lists each
 * event once). An undated mention of a recurring type is its own event, since nothing says which one it is. For
 * once-only types ({@link EventIdentity#ONCE_ONLY}) every mention is the same event; when the finest dates disagree
 * the one most documents support is the event's date and the others are kept as alternatives with their sources.
 */
public final class EventMerger {
    /** One stored mention: its document, ordinal in the document and date as extracted (may be null). */
    public record Mention(String doc, int n, String date) {}

    /** A date that other documents give for the same event. */
    public record Alternative(String date, List<String> docs) {}

    /** A real event: stable id, its date (null if none), alternatives (empty unless documents disagree), mentions. */
    public record Merged(String id, String date, List<Alternative> alternatives, List<Mention> mentions) {}

    private EventMerger() {}

    public static List<Merged> merge(String classKey, List<Mention> mentions) {
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparing(Mention::doc).thenComparingInt(Mention::n));
        return EventIdentity.onceOnly(EventIdentity.type(classKey)) ? once(classKey, sorted) : recurring(classKey, sorted);
    }

    private static List<Merged> recurring(String classKey, List<Mention> mentions) {
        List<DateRange> finest = finest(mentions);
        Map<String, List<Mention>> groups = new TreeMap<>();
        for (Mention m : mentions) {
            DateRange r = DateRange.parse(m.date());
            String key;
            if (r == null) {
                key = "undated@" + m.doc() + "#" + m.n();    // case 1: no date, cannot be matched to another
            } else {
                List<DateRange> covered = finest.stream().filter(r::contains).toList();
                key = covered.size() == 1 ? covered.get(0).canonical()   // case 2: the finest date it covers
                        : r.canonical();                                 // case 3: ambiguous, stays coarse
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
        }
        List<Merged> out = new ArrayList<>();
        for (Map.Entry<String, List<Mention>> g : groups.entrySet()) {
            List<Mention> merged = new ArrayList<>();
            for (Mention m : g.getValue()) {
                if (joins(m, g.getKey(), g.getValue())) merged.add(m);
                else out.add(new Merged(id(classKey + "@" + g.getKey() + "@" + m.doc() + "#" + m.n()), m.date(), List.of(), List.of(m)));
            }
            if (!merged.isEmpty())
                out.add(new Merged(id(classKey + "@" + g.getKey()), finestWritten(merged), List.of(), List.copyOf(merged)));
        }
        out.sort(Comparator.comparing(Merged::id));
        return out;
    }

    /**
     * A document lists each event once, so two mentions of one document in a group are two events, unless both give
     * the group's exact day (then the extractor read one event twice). A mention that could be either stays alone.
     */
    private static boolean joins(Mention m, String key, List<Mention> group) {
        if (key.startsWith("undated@")) return true;
        DateRange own = DateRange.parse(m.date()), range = DateRange.parse(key);
        boolean sameDay = range.days() == 1 && own.equals(range);
        return sameDay || group.stream().filter(o -> o.doc().equals(m.doc())).count() == 1;
    }

    private static List<Merged> once(String classKey, List<Mention> mentions) {
        List<DateRange> finest = finest(mentions);
        // support of each finest date: the documents whose date covers it
        Map<DateRange, List<Mention>> support = new LinkedHashMap<>();
        for (DateRange f : finest) {
            List<Mention> s = new ArrayList<>();
            for (Mention m : mentions) {
                DateRange r = DateRange.parse(m.date());
                if (r != null && r.contains(f)) s.add(m);
            }
            support.put(f, s);
        }
        DateRange chosen = finest.stream()
                .max(Comparator.<DateRange>comparingInt(f -> docs(support.get(f)).size())
                        .thenComparing(DateRange::first, Comparator.reverseOrder()))
                .orElse(null);
        List<Alternative> alternatives = new ArrayList<>();
        for (DateRange f : finest)
            if (!f.equals(chosen)) alternatives.add(new Alternative(writtenAs(support.get(f), f), docs(support.get(f))));
        String date = chosen == null ? null : writtenAs(support.get(chosen), chosen);
        return List.of(new Merged(id(classKey), date, List.copyOf(alternatives), List.copyOf(mentions)));
    }

    /** Distinct dates of the mentions with no other distinct date strictly inside them, earliest first. */
    private static List<DateRange> finest(List<Mention> mentions) {
        List<DateRange> ranges = mentions.stream().map(m -> DateRange.parse(m.date())).filter(r -> r != null).distinct().toList();
        return ranges.stream()
                .filter(r -> ranges.stream().noneMatch(o -> !o.equals(r) && r.contains(o)))
                .sorted(Comparator.comparing(DateRange::first).thenComparing(DateRange::last))
                .toList();
    }

    /** The date as a document wrote it for the finest range of a group (smallest spelling when several). */
    private static String finestWritten(List<Mention> group) {
        return group.stream().map(Mention::date).filter(d -> DateRange.parse(d) != null)
                .min(Comparator.<String>comparingLong(d -> DateRange.parse(d).days()).thenComparing(Comparator.naturalOrder()))
                .orElse(null);
    }

    private static String writtenAs(List<Mention> support, DateRange range) {
        return support.stream().map(Mention::date).filter(d -> range.equals(DateRange.parse(d))).min(Comparator.naturalOrder())
                .orElse(range.canonical());
    }

    private static List<String> docs(List<Mention> mentions) { return mentions.stream().map(Mention::doc).distinct().toList(); }

    static String id(String identity) { return org.caytre.kb.ledger.StableId.of("ev", identity); }

}
