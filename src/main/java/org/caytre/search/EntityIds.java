package org.caytre.search;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A country, organisation or person as a user writes it — an id ({@code USA}, {@code ORG:ASEAN}, {@code PER:…}) or
 * any of its names in Vietnamese or English, with or without diacritics ({@code Nhật Bản}, {@code Japan},
 * {@code nhat ban}) — turned into its canonical id with the gazetteer search uses. An unknown name is an
 * {@link IllegalArgumentException} saying so, never an empty answer.
 *
 * <pre>{@code EntityIds.country("Hoa Kỳ") // "USA"}</pre>
 */
public final class EntityIds {
    private static final Pattern ISO = Pattern.compile("[A-Z]{3}");
    private static final Pattern PREFIXED = Pattern.compile("(ORG|AGR|PER):\\S.*");
    private static final Pattern LOWER_ISO = Pattern.compile("[a-z]{3}");

    private EntityIds() {}

    /** The id of whatever {@code value} names (a country first when it names several things); null stays null. */
    public static String entity(String value) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        if (ISO.matcher(v).matches() || PREFIXED.matcher(v).matches()) return v;
        List<String> ids = List.of();
        try {
            ids = EntityNames.standard().resolve(v);
        } catch (IllegalArgumentException e) {
            // not a name: a code written in lower case is still a code
        }
        if (!ids.isEmpty()) return ids.stream().filter(id -> ISO.matcher(id).matches()).findFirst().orElse(ids.get(0));
        if (LOWER_ISO.matcher(v).matches()) return v.toUpperCase(Locale.ROOT);
        throw new IllegalArgumentException("unknown country or entity '" + v + "' (give an ISO code such as JPN or a name such as Nhật Bản)");
    }

    /** The ISO 3166 alpha-3 code of the country {@code value} names; an {@link IllegalArgumentException} when it names none. */
    public static String country(String value) {
        String id = entity(value);
        if (id != null && !ISO.matcher(id).matches())
            throw new IllegalArgumentException("'" + value.strip() + "' names " + id + ", not a country");
        return id;
    }
}
