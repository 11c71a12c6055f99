package org.caytre.annotate;

import java.time.LocalDate;
import java.time.YearMonth;
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

    /** The year of a bare day/month, or null when none is known. */
    public Integer yearOf(int month, int day) {
        if (publication == null) return referenceYear;
        int y = Integer.parseInt(publication.substring(0, 4));
        if (!nearPublication || publication.length() < 7) return referenceYear != null && !nearPublication ? referenceYear : y;
        LocalDate latest = publication.length() >= 10 ? LocalDate.parse(publication.substring(0, 10))
                : YearMonth.parse(publication.substring(0, 7)).atEndOfMonth();
        try {
            return LocalDate.of(y, month, Math.min(day, 28)).isAfter(latest.plusDays(AHEAD_DAYS)) ? y - 1 : y;
        } catch (java.time.DateTimeException e) {
            return y;
        }
    }

    /** The year of a bare month ("trong tháng 4", "hồi tháng một"). */
    public Integer yearOfMonth(int month) { return yearOf(month, 1); }

    /** The publication date moved by {@code days} at its own precision ("hôm qua": -1), or null. */
    public String shiftedDays(int days) {
        if (publication == null) return null;
        if (publication.length() >= 10) return LocalDate.parse(publication.substring(0, 10)).plusDays(days).toString();
        return days == 0 || publication.length() < 7 ? publication : null;   // "hôm qua" of a month-dated item: unknown
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
