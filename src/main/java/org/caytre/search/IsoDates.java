package org.caytre.search;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ISO dates at any precision as a range of yyyymmdd numbers: "2020" → 20200101..20201231. */
final class IsoDates {
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private IsoDates() {}

    /** {first day, last day} as yyyymmdd, or null when the text is not YYYY, YYYY-MM or YYYY-MM-DD. */
    static int[] range(String iso) {
        Matcher m = ISO.matcher(iso.strip());
        if (!m.matches()) return null;
        try {
            int y = Integer.parseInt(m.group(1));
            if (m.group(2) == null) return new int[] {y * 10000 + 101, y * 10000 + 1231};
            int mo = Integer.parseInt(m.group(2));
            if (m.group(3) == null) {
                int last = YearMonth.of(y, mo).lengthOfMonth();
                return new int[] {y * 10000 + mo * 100 + 1, y * 10000 + mo * 100 + last};
            }
            LocalDate d = LocalDate.of(y, mo, Integer.parseInt(m.group(3)));
            int v = d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
            return new int[] {v, v};
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** As {@link #range}, for a user's filter value: a bad value is an error naming it. */
    static int[] required(String iso) {
        int[] r = range(iso);
        if (r == null) throw new IllegalArgumentException("bad date: " + iso + " (use YYYY, YYYY-MM or YYYY-MM-DD)");
        return r;
    }
}
