package org.caytre.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caytre.internal.DataFiles;

/**
 * How the UI writes an organisation, agreement or person id: its Vietnamese and English names from the gazetteer
 * files the recognisers read ({@code organizations.tsv} and {@code agreements.tsv}: the first alias marked
 * {@code vietnamese} and the first marked {@code english}, else the first alias; {@code people.tsv}: the canonical
 * name, for both). Countries are named by the browser's CLDR data.
 *
 * <pre>{@code EntityLabels.standard().get("ORG:UN") // [Liên Hợp quốc, United Nations]}</pre>
 */
public final class EntityLabels {
    private static volatile Map<String, List<String>> standard;
    private static volatile Map<String, String> countries;

    private EntityLabels() {}

    /** id → [Vietnamese name, English name]. */
    public static Map<String, List<String>> standard() {
        if (standard == null) {
            synchronized (EntityLabels.class) {
                if (standard == null) standard = load();
            }
        }
        return standard;
    }

    private static volatile Map<String, List<String>> countryNames;

    /**
     * Any id's [Vietnamese, English] name: a country's from CLDR (ICU), the others' from {@link #standard()}; a person
     * not in the gazetteer is their id without "PER:"; an unknown id is itself.
     */
    public static List<String> label(String id) {
        if (id == null) return List.of("", "");
        List<String> known = standard().get(id);
        if (known != null) return known;
        if (countryNames == null) {
            Map<String, List<String>> m = new java.util.HashMap<>();
            var vi = com.ibm.icu.text.LocaleDisplayNames.getInstance(new com.ibm.icu.util.ULocale("vi"));
            var en = com.ibm.icu.text.LocaleDisplayNames.getInstance(com.ibm.icu.util.ULocale.ENGLISH);
            for (var region : com.ibm.icu.util.Region.getAvailable(com.ibm.icu.util.Region.RegionType.TERRITORY)) {
                String code = region.toString(), alpha3 = new com.ibm.icu.util.ULocale("und", code).getISO3Country();
                if (alpha3 != null && !alpha3.isEmpty()) m.put(alpha3, List.of(vi.regionDisplayName(code), en.regionDisplayName(code)));
            }
            countryNames = m;
        }
        List<String> country = countryNames.get(id);
        if (country != null) return country;
        String bare = id.startsWith("PER:") ? id.substring(4) : id;
        return List.of(bare, bare);
    }

    /** The people the gazetteer places in this country or organisation (PER: ids). */
    public static List<String> people(String countryOrOrganisation) {
        country("");   // loads the table
        return countries.entrySet().stream().filter(e -> e.getValue().equals(countryOrOrganisation)).map(Map.Entry::getKey).sorted().toList();
    }

    /** A person's country as the gazetteer gives it (ISO alpha-3), or null. */
    public static String country(String personId) {
        if (countries == null) {
            Map<String, String> m = new java.util.HashMap<>();
            for (String[] r : DataFiles.table("/gazetteer/people.tsv")) if (r.length > 1 && !r[1].isBlank()) m.put("PER:" + r[0], r[1].strip());
            countries = m;
        }
        return countries.get(personId);
    }

    private static Map<String, List<String>> load() {
        Map<String, String[]> names = new LinkedHashMap<>();
        for (String file : List.of("/gazetteer/organizations.tsv", "/gazetteer/agreements.tsv"))
            for (String[] r : DataFiles.table(file)) {
                if (r.length < 2) continue;
                String[] n = names.computeIfAbsent(r[0], k -> new String[3]);   // vietnamese, english, first seen
                String source = r.length > 2 ? r[2] : "";
                if (n[2] == null) n[2] = r[1];
                if (source.equals("vietnamese") && n[0] == null) n[0] = r[1];
                if (source.equals("english") && n[1] == null) n[1] = r[1];
            }
        Map<String, List<String>> out = new LinkedHashMap<>();
        names.forEach((id, n) -> out.put(id, List.of(n[0] != null ? n[0] : n[2], n[1] != null ? n[1] : n[0] != null ? n[0] : n[2])));
        for (String[] r : DataFiles.table("/gazetteer/people.tsv")) out.putIfAbsent("PER:" + r[0], List.of(r[0], r[0]));
        return java.util.Collections.unmodifiableMap(out);
    }
}
