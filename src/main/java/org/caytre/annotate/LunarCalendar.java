package org.caytre.annotate;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.SimpleTimeZone;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;

/**
 * The Vietnamese lunar calendar (âm lịch) to solar dates: ICU's Chinese calendar computed for the meridian of
 * UTC+7, as Vietnam's calendar is, so new moons and solar terms fall on Vietnam's days (Tết 1985 is 21 January in
 * Vietnam, 20 February in China; Tết 2007 is 17 and 18 February).
 */
final class LunarCalendar {
    private static final TimeZone VIETNAM = new SimpleTimeZone(7 * 3_600_000, "UTC+7");

    private LunarCalendar() {}

    /** ICU's Chinese calendar with astronomy at UTC+7 (the protected constructor is ICU's hook for Dangi, likewise). */
    private static final class Vietnamese extends ChineseCalendar {
        Vietnamese() { super(TimeZone.GMT_ZONE, ULocale.ROOT, VIETNAM); }
    }

    /**
     * The solar date of day {@code day} of month {@code month} (not a leap month) of the lunar year that begins in
     * solar year {@code year}; null when that month has no such day (a 29-day month has no 30th).
     */
    static LocalDate solar(int year, int month, int day) {
        ChineseCalendar c = new Vietnamese();
        c.clear();
        c.set(ChineseCalendar.EXTENDED_YEAR, year);    // ICU counts the Chinese extended year as the related solar year
        c.set(ChineseCalendar.MONTH, month - 1);
        c.set(ChineseCalendar.IS_LEAP_MONTH, 0);
        c.set(ChineseCalendar.DAY_OF_MONTH, 1);
        if (day > c.getActualMaximum(ChineseCalendar.DAY_OF_MONTH)) return null;
        GregorianCalendar g = new GregorianCalendar(TimeZone.GMT_ZONE);
        g.setTime(c.getTime());
        return LocalDate.of(g.get(GregorianCalendar.YEAR), g.get(GregorianCalendar.MONTH) + 1, g.get(GregorianCalendar.DAY_OF_MONTH))
                .plusDays(day - 1);
    }

    /** The number of days of that lunar month (29 or 30). */
    static int length(int year, int month) {
        return solar(year, month, 30) == null ? 29 : 30;
    }
}
