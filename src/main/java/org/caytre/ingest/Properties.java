package org.caytre.ingest;

import java.time.Instant;
import java.time.ZoneOffset;

/** Dates from DOCX/PDF document properties, which store an instant: the calendar day in Vietnam (UTC+7). */
final class Properties {
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private Properties() {}

    static String date(Instant created) {
        var day = created.atOffset(VIETNAM).toLocalDate();
        if (day.getYear() < 1990 || day.getYear() > 2099) return null;   // a default 1601 or 1970 is no date
        return day.toString();
    }
}
