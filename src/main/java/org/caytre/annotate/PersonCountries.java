package org.caytre.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.caytre.model.EntityMention;
import org.caytre.model.PersonMention;

/**
 * One person, one country in a document. A name is taken for Vietnamese only by guess (a Vietnamese office title, a
 * Vietnamese family name: "Phó Thủ tướng Lưu Hạc"), so a mention of the same name that the text ties to another country
 * ("Phó Thủ tướng Trung Quốc Lưu Hạc") decides for all; a short form ("ông Lưu", "ông Hạc") is the full name it begins or
 * ends. Without such a mention the guesses stand — except in a story that names China (or another country whose
 * names are written the Sino-Vietnamese way) and never Vietnam, where an unknown "Phó Thủ tướng Lưu Hạc" is nobody's
 * for sure: no country rather than a wrong one.
 */
final class PersonCountries {
    private PersonCountries() {}

    /** Countries whose people's names Vietnamese writes as it writes its own (Hán-Việt readings). */
    private static final Set<String> SINO_NAMES = Set.of("CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "SGP");

    static List<PersonMention> resolve(List<PersonMention> people, List<EntityMention> entities, Predicate<String> knownVietnamese) {
        boolean namesVietnam = entities.stream().anyMatch(e -> e.id().equals("VNM"))
                || people.stream().anyMatch(p -> knownVietnamese.test(p.name()));
        boolean sino = entities.stream().anyMatch(e -> SINO_NAMES.contains(e.id()));
        if (!namesVietnam && sino) {
            List<PersonMention> unsure = new ArrayList<>(people.size());
            for (PersonMention p : people)
                unsure.add("VNM".equals(p.countryId()) ? new PersonMention(p.span(), p.name(), p.title(), null) : p);
            people = unsure;
        }
        return byName(people);
    }

    private static List<PersonMention> byName(List<PersonMention> people) {
        Map<String, String> foreign = new HashMap<>();      // full name or one of its end words -> the country the text gives
        for (PersonMention p : people) {
            if (p.countryId() == null || p.countryId().equals("VNM")) continue;
            foreign.putIfAbsent(p.name(), p.countryId());
            String[] words = p.name().split(" ");
            if (words.length >= 2) {
                foreign.putIfAbsent(words[0], p.countryId());
                foreign.putIfAbsent(words[words.length - 1], p.countryId());
            }
        }
        if (foreign.isEmpty()) return people;
        List<PersonMention> out = new ArrayList<>(people.size());
        for (PersonMention p : people) {
            String other = "VNM".equals(p.countryId()) || p.countryId() == null ? foreign.get(p.name()) : null;
            out.add(other == null ? p : new PersonMention(p.span(), p.name(), p.title(), other));
        }
        return out;
    }
}
