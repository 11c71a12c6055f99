package org.caytre.annotate;

import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.Region;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import org.caytre.internal.DataFiles;
import org.caytre.model.EntityType;
import org.caytre.text.Fold;

/**
 * All the written forms of countries, organisations and agreements: CLDR's Vietnamese and English territory names
 * from ICU, then the data files of {@code gazetteer/} (transliterations, short forms, acronyms), each with its source.
 */
final class Gazetteer {
    private Gazetteer() {}

    static List<Alias> load() { return load(true); }

    /** {@code withDerived}: with the derived lexicon of words holding a country's syllable (not while deriving it). */
    static List<Alias> load(boolean withDerived) {
        List<Alias> out = new ArrayList<>();
        for (String[] row : table("/gazetteer/not-entities.tsv")) out.add(new Alias(null, null, row[0], "blocker", false, false));
        // derived from a corpus (caytre country-words): written exactly so, a pair holding a country's syllable is no country
        if (withDerived) for (String[] row : table("/gazetteer/country-words.tsv")) out.add(new Alias(null, null, row[0], "derived", true, false));
        for (String[] row : table("/gazetteer/countries.tsv")) out.add(alias(row, EntityType.COUNTRY));
        for (String[] row : table("/gazetteer/organizations.tsv")) out.add(alias(row, EntityType.ORGANIZATION));
        for (String[] row : table("/gazetteer/agreements.tsv")) out.add(alias(row, EntityType.AGREEMENT));
        cldr(out);
        return List.copyOf(out);
    }

    private static Alias alias(String[] row, EntityType type) {
        String flags = row.length > 3 ? row[3] : "";
        return new Alias(row[0], type, row[1], row.length > 2 ? row[2] : "", flags.contains("case"), flags.contains("name-guard"));
    }

    /** CLDR territory names in Vietnamese and English; one-word names must be capitalised and not part of a name. */
    private static void cldr(List<Alias> out) {
        LocaleDisplayNames vi = LocaleDisplayNames.getInstance(new ULocale("vi"));
        LocaleDisplayNames en = LocaleDisplayNames.getInstance(ULocale.ENGLISH);
        for (Region region : Region.getAvailable(Region.RegionType.TERRITORY)) {
            String code = region.toString();
            String alpha3 = new ULocale("und", code).getISO3Country();
            if (alpha3 == null || alpha3.isEmpty()) continue;
            for (String name : new String[] {vi.regionDisplayName(code), en.regionDisplayName(code)}) {
                for (String form : forms(name)) {
                    boolean oneWord = Fold.key(form).indexOf(' ') < 0;
                    out.add(new Alias(alpha3, EntityType.COUNTRY, form, "cldr", oneWord, oneWord && form.length() <= 5));
                }
            }
        }
    }

    // "Myanmar (Miến Điện)" → both names; "Trinidad & Tobago" → "Trinidad and Tobago"; "…, Trung Quốc" → the part before
    private static List<String> forms(String name) {
        List<String> forms = new ArrayList<>();
        int paren = name.indexOf(" (");
        if (paren > 0 && name.endsWith(")")) {
            forms.add(name.substring(0, paren));
            forms.add(name.substring(paren + 2, name.length() - 1));
        } else {
            forms.add(name);
        }
        if (name.contains(", ")) forms.add(name.substring(0, name.indexOf(", ")));
        if (name.contains(" & ")) forms.add(name.replace(" & ", " and "));
        return forms;
    }

    static List<String[]> table(String resource) { return DataFiles.table(resource); }

    /** Common Vietnamese family names ({@code gazetteer/vietnamese-surnames.txt}): people's names begin with them. */
    static final java.util.Set<String> SURNAMES = VietnameseNames.SURNAMES;
}
