package org.caytre.annotate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.IntFunction;
import org.caytre.model.Metadata;

/**
 * What a text's bare dates are read against: the year it speaks of and the date it was published or issued.
 *
 * <p>A bare day/month ("chiều 5-3", "(08/5)") takes the reference year; in a short news item it takes the year that
 * puts it nearest before the publication date, allowing a few weeks ahead for announced events ("sẽ thăm từ ngày 2
 * đến 4-3" in late February), so a day/month well after the publication date belongs to the previous year.
 * "hôm nay", "hôm qua", "năm ngoái" are relative to the publication date. With no year known at all, nothing is
 * dated: the recognizer never invents a year.
 *
 * @param referenceYear the year the document speaks of, or null
 * @param publication ISO date at its precision ("2019", "2019-06", "2019-06-17"), or null
 * @param nearPublication whether bare dates cluster around the publication date (news) rather than the year reviewed
 */
public record DateAnchor(Integer referenceYear, String publication, boolean nearPublication) {
    /** Days after the publication date that a bare date may still fall on (announcements, schedules). */
    static final int AHEAD_DAYS = 120;
    /** Texts shorter than this are read as news items, whose dates cluster around their publication. */
    static final int SHORT_ITEM = 20_000;

    public static final DateAnchor NONE = new DateAnchor(null, null, false);

    public static DateAnchor year(int y) { return new DateAnchor(y, null, false); }

    public static DateAnchor of(Metadata m, int textLength) {
        return new DateAnchor(m.referenceYear(), m.date(), m.date() != null && textLength < SHORT_ITEM);
    }

    public boolean knowsYear() { return referenceYear != null || publication != null; }

    /** Two-digit years ("15/6/98") fall at most this many years after the publication (else reference) year. */
    static final int TWO_DIGIT_AHEAD = 10;

    /** The year of a bare day/month, or null when none is known. */
    public Integer yearOf(int month, int day) {
        return yearNear(y -> LocalDate.of(y, month, Math.min(day, 28)));
    }

    /**
     * The year to read a date without one in, given the date it names in each year ({@code dateIn}, null when that
     * year has no such day): the reference year, or in news the publication year unless that puts the date more than
     * {@link #AHEAD_DAYS} after publication, then the year before. Null when no year is known.
     */
    Integer yearNear(IntFunction<LocalDate> dateIn) {
        if (publication == null) return referenceYear;
        int y = Integer.parseInt(publication.substring(0, 4));
        if (!nearPublication || publication.length() < 7) return referenceYear != null && !nearPublication ? referenceYear : y;
        LocalDate latest = publication.length() >= 10 ? LocalDate.parse(publication.substring(0, 10))
                : YearMonth.parse(publication.substring(0, 7)).atEndOfMonth();
        try {
            LocalDate d = dateIn.apply(y);
            return d != null && d.isAfter(latest.plusDays(AHEAD_DAYS)) ? y - 1 : y;
        } catch (java.time.DateTimeException e) {
            return y;
        }
    }

    /**
     * The full year of a two-digit one: the year ending in those digits that lies in the hundred years up to
     * {@link #TWO_DIGIT_AHEAD} after the publication (else reference) year — published 2024, "98" is 1998 and "24" is
     * 2024, "34" is 2034, "35" is 1935. Null when no year is known.
     */
    public Integer fullYear(int twoDigits) {
        Integer base = shiftedYear(0);
        if (base == null) return null;
        int y = base - Math.floorMod(base, 100) + twoDigits;
        if (y > base + TWO_DIGIT_AHEAD) y -= 100;
        else if (y <= base + TWO_DIGIT_AHEAD - 100) y += 100;
        return y;
    }

    /** The year of a bare month ("trong tháng 4", "hồi tháng một"). */
    public Integer yearOfMonth(int month) { return yearOf(month, 1); }

    /** The publication date moved by {@code days} at its own precision ("hôm qua": -1), or null. */
    public String shiftedDays(int days) {
        if (publication == null) return null;
        if (publication.length() >= 10) return LocalDate.parse(publication.substring(0, 10)).plusDays(days).toString();
        return days == 0 || publication.length() < 7 ? publication : null;   // "hôm qua" of a month-dated item: unknown
    }

    /** The week (Monday to Sunday, "START/END") of the publication date moved by {@code weeks}, or null. */
    public String shiftedWeeks(int weeks) {
        if (publication == null || publication.length() < 10) return null;
        LocalDate monday = LocalDate.parse(publication.substring(0, 10)).with(DayOfWeek.MONDAY).plusWeeks(weeks);
        return monday + "/" + monday.plusDays(6);
    }

    public String shiftedMonths(int months) {
        if (publication == null || publication.length() < 7) return null;
        return YearMonth.parse(publication.substring(0, 7)).plusMonths(months).toString();
    }

    /** The publication year (else the reference year) moved by {@code years}, or null. */
    public Integer shiftedYear(int years) {
        Integer y = publication != null ? Integer.valueOf(publication.substring(0, 4)) : referenceYear;
        return y == null ? null : y + years;
    }
}
