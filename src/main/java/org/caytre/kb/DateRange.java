package org.caytre.kb;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * An ISO date at its precision as the closed range of days it covers: "2023" → 2023-01-01…2023-12-31, "2023-09" →
 * the month, "2021-Q1", "2021-H2", "2023-09-10", and "START/END" ranges of any of these.
 *
 * <pre>{@code DateRange.parse("2023-09").contains(DateRange.parse("2023-09-10")) // true}</pre>
 */
record DateRange(LocalDate first, LocalDate last) {

    /** The range a date string covers, or null when it is null or not an ISO date at a known precision. */
    static DateRange parse(String iso) {
        if (iso == null || iso.isBlank()) return null;
        try {
            int slash = iso.indexOf('/');
            if (slash > 0) {
                DateRange a = single(iso.substring(0, slash)), b = single(iso.substring(slash + 1));
                return a.first.isAfter(b.last) ? null : new DateRange(a.first, b.last);
            }
            return single(iso);
        } catch (DateTimeParseException | NumberFormatException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    private static DateRange single(String s) {
        s = s.strip();
        if (s.length() == 4) {
            int y = Integer.parseInt(s);
            return new DateRange(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
        }
        if (s.length() == 7 && (s.charAt(5) == 'Q' || s.charAt(5) == 'H')) {
            int y = Integer.parseInt(s.substring(0, 4)), k = s.charAt(6) - '0';
            int months = s.charAt(5) == 'Q' ? 3 : 6;
            if (k < 1 || k > 12 / months) throw new NumberFormatException(s);
            YearMonth from = YearMonth.of(y, (k - 1) * months + 1), to = from.plusMonths(months - 1);
            return new DateRange(from.atDay(1), to.atEndOfMonth());
        }
        if (s.length() == 7) {
            YearMonth m = YearMonth.parse(s);
            return new DateRange(m.atDay(1), m.atEndOfMonth());
        }
        LocalDate d = LocalDate.parse(s);
        return new DateRange(d, d);
    }

    boolean contains(DateRange o) { return !o.first.isBefore(first) && !o.last.isAfter(last); }

    boolean overlaps(DateRange o) { return !o.last.isBefore(first) && !o.first.isAfter(last); }

    long days() { return last.toEpochDay() - first.toEpochDay() + 1; }

    /** A canonical spelling, the same for every way of writing the same range (part of event ids). */
    String canonical() { return first.equals(last) ? first.toString() : first + "/" + last; }
}
