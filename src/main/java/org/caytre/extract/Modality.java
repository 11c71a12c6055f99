package org.caytre.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.caytre.internal.DataFiles;

/**
 * Whether a clause reports its event as having happened, as announced, as only planned or recommended, or as not
 * having happened — from the modality words before the trigger ({@code extract/modality.tsv}).
 *
 * <pre>{@code Modality.standard().status(text, clauseStart, trigger, "VISIT") }</pre>
 */
public final class Modality {
    public enum Status {
        OCCURRED, ANNOUNCED, PLANNED, NEGATED,
        /** Asked of another side ("đề nghị phía Ma-lai-xi-a trả tự do cho …"): for a démarche, the act itself. */
        REQUESTED;

        /** The value of an event's {@code status} attribute. */
        public String attr() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    private static final Modality STANDARD = new Modality("/extract/modality.tsv");

    private final List<Cue> cues = new ArrayList<>(), predicates = new ArrayList<>();
    private final Set<String> announcedTypes, requestedTypes, datedAnnouncements;
    /** A trigger right after a locative ("công bố tại cuộc họp cấp cao …"): the event is where the plan was made. */
    private Pattern locative;

    private record Cue(Status status, Pattern pattern) {}
    /** The cues in one search: one pass over the words before a trigger finds where any of them can match. */
    private final org.caytre.internal.LeadingChars.Several cueSearch;

    Modality(String resource) {
        Set<String> types = Set.of(), requested = Set.of(), dated = Set.of();
        for (String[] row : DataFiles.table(resource)) {
            if (row[0].equals("announced-types")) { types = Set.of(row[1].split(",")); continue; }
            if (row[0].equals("requested-types")) { requested = Set.of(row[1].split(",")); continue; }
            if (row[0].equals("announced-dated-types")) { dated = Set.of(row[1].split(",")); continue; }
            if (row[0].startsWith("predicate-")) {
                predicates.add(new Cue(Status.valueOf(row[0].substring(10).toUpperCase(java.util.Locale.ROOT)),
                        Pattern.compile(row[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
                continue;
            }
            if (row[0].equals("locative")) { locative = Pattern.compile(row[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE); continue; }
            cues.add(new Cue(Status.valueOf(row[0].toUpperCase(java.util.Locale.ROOT)),
                    Pattern.compile(row[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        }
        cues.sort((a, b) -> Integer.compare(rank(a.status()), rank(b.status())));
        this.cueSearch = org.caytre.internal.LeadingChars.several(cues.stream().map(Cue::pattern).toList());
        this.announcedTypes = types;
        this.requestedTypes = requested;
        this.datedAnnouncements = dated;
    }

    /** Whether an announced event of this type is one only with a date of its own ("sẽ thăm … vào tháng 10"). */
    public boolean announcementNeedsDate(String type) { return datedAnnouncements.contains(type); }

    public static Modality standard() { return STANDARD; }

    private static int rank(Status s) { return s == Status.NEGATED ? 0 : s == Status.PLANNED || s == Status.REQUESTED ? 1 : 2; }

    /** The status of an event of {@code type} whose trigger starts at {@code trigger}, read in [clauseStart, trigger). */
    public Status status(CharSequence text, int clauseStart, int trigger) {
        int from = scopeStart(text, clauseStart, trigger);
        // "Sáng kiến do … đề xuất và được công bố tại cuộc họp …": proposals and requests are made at the event, which happened
        boolean at = locative != null && locative.matcher(text).region(Math.max(from, trigger - 12), trigger).find();
        // each regex only where a match can start: they open with look-behinds the engine would try at every position
        int first = cueSearch.first(text, from, trigger,
                k -> at && (cues.get(k).status() == Status.PLANNED || cues.get(k).status() == Status.REQUESTED));
        return first < 0 ? Status.OCCURRED : cues.get(first).status();
    }

    /**
     * What the predicate of a nominal trigger says after it: "Hội nghị thượng đỉnh … sẽ diễn ra tại Hà Nội" is announced,
     * "cuộc gặp … có thể diễn ra vào tháng 9" planned; read in [triggerEnd, clauseEnd) from the trigger on.
     */
    public Status predicate(CharSequence text, int triggerEnd, int clauseEnd) {
        for (Cue c : predicates) if (c.pattern().matcher(text).region(triggerEnd, clauseEnd).lookingAt()) return c.status();
        return Status.OCCURRED;
    }

    /**
     * A modality word governs its own phrase: "… là lĩnh vực cần đẩy mạnh, thống nhất triển khai Thỏa thuận …, văn bản
     * được ký kết nhân chuyến thăm …" reports the visit as done. The scope is the comma-separated part that holds the
     * trigger, unless the trigger opens it.
     */
    private static int scopeStart(CharSequence text, int clauseStart, int trigger) {
        for (int i = trigger - 1; i > clauseStart; i--) {
            if (text.charAt(i) != ',' || apposition(text, i, trigger)) continue;
            int words = 0;
            for (int k = i + 1; k < trigger; k++) if (text.charAt(k) == ' ') words++;
            return words >= 2 ? i + 1 : clauseStart;
        }
        return clauseStart;
    }

    /**
     * "có lời mời đến ông Huỳnh Đức Thơ, Chủ tịch UBND TP. Đà Nẵng thăm …": a comma between a name and its office opens no
     * phrase of its own.
     */
    private static boolean apposition(CharSequence text, int comma, int trigger) {
        int w = comma;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) w--;
        if (w == comma || !Character.isUpperCase(text.charAt(w))) return false;
        return OFFICE.matcher(text).region(Math.min(comma + 1, trigger), trigger).lookingAt();
    }

    private static final Pattern OFFICE = ClausePhrases.get("apposition-office");

    /** Whether an event with this status is reported as an event at all. */
    public boolean reported(Status s, String type) {
        return s == Status.OCCURRED || (s == Status.ANNOUNCED && announcedTypes.contains(type))
                || (s == Status.REQUESTED && requestedTypes.contains(type));
    }
}
