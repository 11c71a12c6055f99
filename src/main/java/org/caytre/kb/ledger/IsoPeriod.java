package org.caytre.kb.ledger;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date at its precision, as the SCHEMA writes it: {@code 2023}, {@code 2023-09}, {@code 2023-09-10},
 * {@code 2021-H1}, {@code 2023-Q4}, or a range {@code START/END}. {@link #first()} and {@link #last()} are the
 * first and last days it covers.
 *
 * <pre>{@code IsoPeriod.parse("2023-09").first()  // 2023-09-01 }</pre>
 */
public record IsoPeriod(String text, LocalDate first, LocalDate last) {
    private static final Pattern PART = Pattern.compile("(\\d{4})-([HQ])([1-4])");

    /** Parses an ISO date at its precision; throws IllegalArgumentException naming the text otherwise. */
    public static IsoPeriod parse(String text) {
        String t = text.strip();
        int slash = t.indexOf('/');
        if (slash > 0) {
            IsoPeriod a = parse(t.substring(0, slash)), b = parse(t.substring(slash + 1));
            return new IsoPeriod(t, a.first, b.last);
        }
        try {
            switch (t.length()) {
                case 4 -> {
                    int y = Integer.parseInt(t);
                    return new IsoPeriod(t, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
                }
                case 7 -> {
                    Matcher m = PART.matcher(t);
                    if (m.matches()) return part(t, Integer.parseInt(m.group(1)), m.group(2), Integer.parseInt(m.group(3)));
                    YearMonth ym = YearMonth.parse(t);
                    return new IsoPeriod(t, ym.atDay(1), ym.atEndOfMonth());
                }
                case 10 -> {
                    LocalDate d = LocalDate.parse(t);
                    return new IsoPeriod(t, d, d);
                }
                default -> { }
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            // falls through to the error below
        }
        throw new IllegalArgumentException("not an ISO date at its precision: '" + text + "'");
    }

    /** Parses, or null for null, blank or unparseable text (extracted dates are data, not programmer input). */
    public static IsoPeriod parseOrNull(String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether one period lies inside the other ("2023" and "2023-09-10" agree; "2008" and "2023" do not). */
    public boolean compatible(IsoPeriod o) {
        return !first.isAfter(o.first) && !last.isBefore(o.last) || !o.first.isAfter(first) && !o.last.isBefore(last);
    }

    /** Whether this period is shorter (more precise) than the other. */
    public boolean finerThan(IsoPeriod o) {
        return last.toEpochDay() - first.toEpochDay() < o.last.toEpochDay() - o.first.toEpochDay();
    }

    private static IsoPeriod part(String t, int year, String kind, int n) {
        int months = kind.equals("H") ? 6 : 3;
        if (kind.equals("H") && n > 2) throw new IllegalArgumentException("not an ISO date at its precision: '" + t + "'");
        YearMonth from = YearMonth.of(year, (n - 1) * months + 1);
        return new IsoPeriod(t, from.atDay(1), from.plusMonths(months - 1).atEndOfMonth());
    }
}
