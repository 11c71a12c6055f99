package org.caytre.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Query parameters read once and checked: a bad value is a 400 naming the parameter and the reason. */
final class Params {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");

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

    /** {@code offset} (default 0) and {@code limit} (default {@code defaultLimit}, at most {@code maxLimit}) as a page. */
    static org.caytre.kb.Page page(Context ctx, int defaultLimit, int maxLimit) {
        return new org.caytre.kb.Page(integer(ctx, "offset", 0, 0, Integer.MAX_VALUE - maxLimit), integer(ctx, "limit", defaultLimit, 1, maxLimit));
    }

    /** One of the values a list can be sorted by (the first is the default). */
    static String sort(Context ctx, String... allowed) {
        String v = text(ctx, "sort");
        if (v == null) return allowed[0];
        for (String a : allowed) if (a.equals(v)) return v;
        throw ApiException.badParameter("sort must be one of " + String.join(", ", allowed) + ", not '" + v + "'");
    }

    /** Any entity by id or by any of its names (as search reads them): a 400 naming the parameter when unknown. */
    static String entity(Context ctx, String name) { return entity(text(ctx, name), name); }

    static String entity(String value, String name) {
        try {
            return org.caytre.search.EntityIds.entity(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter(name + ": " + e.getMessage());
        }
    }

    /** A country by ISO code or by any of its names: a 400 naming the parameter when it names no country. */
    static String countryByName(String value, String name) {
        try {
            return org.caytre.search.EntityIds.country(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter(name + ": " + e.getMessage());
        }
    }

    static String upper(Context ctx, String name) {
        String v = text(ctx, name);
        return v == null ? null : v.toUpperCase(Locale.ROOT);
    }

    /** A number in [0, 1], or null when absent. */
    static Double fraction(Context ctx, String name) {
        String v = text(ctx, name);
        if (v == null) return null;
        try {
            double d = Double.parseDouble(v);
            if (d >= 0 && d <= 1) return d;
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        throw ApiException.badParameter(name + " must be a number between 0 and 1, not '" + v + "'");
    }

    /** true for 1/true/yes, false for 0/false/no, {@code defaultValue} when absent. */
    static boolean flag(Context ctx, String name, boolean defaultValue) {
        String v = text(ctx, name);
        if (v == null) return defaultValue;
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "1", "true", "yes" -> true;
            case "0", "false", "no" -> false;
            default -> throw ApiException.badParameter(name + " must be true or false, not '" + v + "'");
        };
    }
}
