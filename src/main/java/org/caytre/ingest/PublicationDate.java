package org.caytre.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document's date as the container or the user gives it, normalised to ISO at its precision: "2019", "2019-06",
 * "2019-06-17". Timestamps ("2019-06-17T08:00:00+07:00", "2019-06-17 08:00") keep their calendar date as written.
 */
public final class PublicationDate {
    private static final Pattern ISO = Pattern.compile("\\s*((?:19|20)\\d\\d)(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?(?:[T ].*)?\\s*");

    private PublicationDate() {}

    /** The normalised date; {@link IllegalArgumentException} naming the value when it is not a date. */
    public static String parse(String value) {
        Matcher m = value == null ? null : ISO.matcher(value);
        if (m == null || !m.matches()) throw new IllegalArgumentException("not a date (YYYY, YYYY-MM or YYYY-MM-DD): " + value);
        try {
            int y = Integer.parseInt(m.group(1));
            if (m.group(2) == null) return m.group(1);
            int mo = Integer.parseInt(m.group(2));
            if (m.group(3) == null) return YearMonth.of(y, mo).toString();
            return LocalDate.of(y, mo, Integer.parseInt(m.group(3))).toString();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a date: " + value);
        }
    }

    /** The normalised date, or null when {@code value} is absent or not a date (for metadata found in files). */
    public static String lenient(String value) {
        try {
            return value == null || value.isBlank() ? null : parse(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
