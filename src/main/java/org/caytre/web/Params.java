package org.caytre.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Query parameters read once and checked: a bad value is a 400 naming the parameter and the reason. */
final class Params {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{3}");

    private Params() {}

    /** The parameter stripped, or null when absent or blank. */
    static String text(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    static int integer(Context ctx, String name, int defaultValue, int min, int max) {
        String v = text(ctx, name);
        if (v == null) return defaultValue;
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) throw ApiException.badParameter(name + " must be between " + min + " and " + max + ", not " + n);
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badParameter(name + " must be a whole number, not '" + v + "'");
        }
    }

    /** YYYY, YYYY-MM or YYYY-MM-DD. */
    static String isoDate(Context ctx, String name) {
        String v = text(ctx, name);
        if (v != null && !ISO_DATE.matcher(v).matches())
            throw ApiException.badParameter(name + " must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), not '" + v + "'");
        return v;
    }

    static LocalDate day(Context ctx, String name, LocalDate defaultValue) {
        String v = text(ctx, name);
        if (v == null) return defaultValue;
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiException.badParameter(name + " must be a date YYYY-MM-DD, not '" + v + "'");
        }
    }

    /** An ISO 3166 alpha-3 code, upper-cased. */
    static String country(String value, String name) {
        if (value == null) return null;
        if (!COUNTRY.matcher(value.strip()).matches())
            throw ApiException.badParameter(name + " must be an ISO 3166 alpha-3 code such as USA, not '" + value + "'");
        return value.strip().toUpperCase(Locale.ROOT);
    }

    static String upper(Context ctx, String name) {
        String v = text(ctx, name);
        return v == null ? null : v.toUpperCase(Locale.ROOT);
    }
}
