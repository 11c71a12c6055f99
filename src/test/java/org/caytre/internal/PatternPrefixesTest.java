package org.caytre.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The strings a pattern's matches start with: every match starts with one (a superset), cut to four characters. */
class PatternPrefixesTest {
    @Test
    void readsLiteralsClassesAndAlternativesUpToFourCharacters() {
        assertThat(PatternPrefixes.of(Pattern.compile("[Cc]hủ tịch|nước chủ nhà"))).containsExactlyInAnyOrder("Chủ ", "chủ ", "nước");
        assertThat(PatternPrefixes.of(Pattern.compile("(?<![\\p{L}])ký(?: kết| chính thức)?(?![\\p{L}])"))).containsExactlyInAnyOrder("ký", "ký k", "ký c");
        assertThat(PatternPrefixes.of(Pattern.compile("(?<=đã\\s)(?:đến|tới)(?=\\s+\\p{Lu})"))).containsExactlyInAnyOrder("đến", "tới");
    }

    @Test
    void whatItCannotReadEndsTheStringsThere() {
        assertThat(PatternPrefixes.of(Pattern.compile("ab\\p{Lu}cd"))).containsExactly("ab");
        assertThat(PatternPrefixes.of(Pattern.compile("a(?:bc)+d"))).containsExactly("abc");
        assertThat(PatternPrefixes.of(Pattern.compile("ab*c"))).containsExactlyInAnyOrder("ac", "ab");
        assertThat(PatternPrefixes.of(Pattern.compile("x[^y]z"))).containsExactly("x");
    }

    @Test
    void aCharacterWithoutCaseStandsForEveryCaseOfIt() {
        List<String> p = PatternPrefixes.of(Pattern.compile("(?iu)ký"));
        assertThat(p).contains("ký", "KÝ", "Ký", "kÝ");
        // an inline "(?i)" reaches Pattern.flags(), so the whole pattern is read without case: more strings, still safe
        assertThat(PatternPrefixes.of(Pattern.compile("a(?i)b|c"))).contains("ab", "aB", "c", "C");
        assertThat(PatternPrefixes.of(Pattern.compile("(?i:a)b"))).containsExactlyInAnyOrder("ab", "Ab");
    }

    @Test
    void noAnswerWhenAMatchMayStartAnywhere() {
        for (String p : List.of("\\p{Lu}\\p{L}+", "a?", ".x", "[^a]b", "a|", "x*", "(?:\\S+ )?về"))
            assertThat(PatternPrefixes.of(Pattern.compile(p))).as(p).isNull();
    }
}
