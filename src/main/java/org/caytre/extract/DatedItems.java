package org.caytre.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.caytre.model.DateMention;

/**
 * Dates that stand for separate occurrences of one kind of event: a list whose items each carry a date
 * ("Chủ tịch A (7/1957), Thủ tướng B (6/1961)"), repeated visits ("lần đầu năm 2010, lần thứ hai năm 2012"),
 * several days ("(22/3), (11/5)"). Two dates are separate items when a list separator stands between them; a date
 * that only qualifies another ("ngày 8/5 năm 2021") is not.
 */
final class DatedItems {
    private static final Pattern SEPARATOR = ClausePhrases.get("item-separator");

    /** Items of one list stand close together; a date far on in the sentence belongs to something else. */
    private static final int MAX_GAP = 100;

    private DatedItems() {}

    /** Whether {@code inner} is a day inside the range {@code outer} ("18/11" inside "18 - 19/11"). */
    private static boolean within(DateMention inner, DateMention outer) {
        if (!outer.isRange() || inner.isRange()) return false;
        String[] r = outer.value().split("/");
        String v = inner.value();
        return v.length() == r[0].length() && v.compareTo(r[0]) >= 0 && v.compareTo(r[1]) <= 0;
    }

    private static final Pattern LISTED_YEAR = ClausePhrases.get("listed-year");

    /**
     * A year followed by bare years in a list ("vào các năm 2008, 2012 và 2019"): the recogniser reads the first as a
     * date, the others as numbers; each is a date of its own here.
     */
    static List<DateMention> withListedYears(CharSequence text, List<DateMention> dates) {
        List<DateMention> out = null;
        for (DateMention d : dates) {
            if (d.precision() != DateMention.Precision.YEAR || d.isRange()) continue;
            java.util.regex.Matcher m = LISTED_YEAR.matcher(text).region(d.span().end(), text.length());
            while (m.lookingAt()) {
                if (out == null) out = new ArrayList<>(dates);
                out.add(new DateMention(new org.caytre.model.Span(m.start(1), m.end(1)), m.group(1), m.group(1), DateMention.Precision.YEAR));
                m.region(m.end(), text.length());
            }
        }
        if (out == null) return dates;
        out.sort(java.util.Comparator.comparingInt(x -> x.span().start()));
        return out;
    }

    /** The dates of {@code dates} (in text order) that are separate items, or the first date alone. */
    static List<DateMention> split(CharSequence text, List<DateMention> dates) {
        if (dates.size() < 2) return dates;
        List<DateMention> out = new ArrayList<>(List.of(dates.get(0)));
        for (int i = 1; i < dates.size(); i++) {
            DateMention prev = out.get(out.size() - 1), d = dates.get(i);
            if (d.value().equals(prev.value()) || within(d, prev)) continue;
            if (within(prev, d)) { out.set(out.size() - 1, d); continue; }   // "chiều nay, … trong hai ngày 16 và 17/1"
            if (d.span().start() < prev.span().end()) continue;              // readings that overlap name one date
            if (!SEPARATOR.matcher(text).region(prev.span().end(), d.span().start()).find() || d.span().start() - prev.span().end() > MAX_GAP)
                return List.of(dates.get(0));
            out.add(d);
        }
        return out;
    }
}
