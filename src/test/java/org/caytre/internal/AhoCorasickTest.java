package org.caytre.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The dense automaton finds exactly what a naive search at every offset finds, in the order the hits end. */
class AhoCorasickTest {
    @Test
    void findsOverlappingAndNestedPatterns() {
        AhoCorasick ac = new AhoCorasick(List.of("he", "she", "his", "hers", "việt nam", "nam"));
        assertThat(ac.find("ushers của việt nam")).containsExactly(
                new AhoCorasick.Hit(1, 1, 4), new AhoCorasick.Hit(0, 2, 4), new AhoCorasick.Hit(3, 2, 6),
                new AhoCorasick.Hit(4, 11, 19), new AhoCorasick.Hit(5, 16, 19));
    }

    @Test
    void scanReportsOffsetsOfTheWholeTextWithinTheRegion() {
        AhoCorasick ac = new AhoCorasick(List.of("ab", "b"));
        List<int[]> hits = new ArrayList<>();
        ac.scan("abab", 1, 4, (p, s, e) -> hits.add(new int[] {p, s, e}));
        assertThat(hits).containsExactly(new int[] {1, 1, 2}, new int[] {0, 2, 4}, new int[] {1, 3, 4});
    }

    @Test
    void wordStartsKeepOnlyOccurrencesAfterNoLetterOrDigitOrAtTheRegionStart() {
        AhoCorasick ac = new AhoCorasick(List.of("anh", "thanh", "nh"));
        AhoCorasick.Hits hits = ac.scanWordStarts("thanh anh 3anh (anh", 0, 19, new AhoCorasick.Hits());
        List<String> found = new ArrayList<>();
        for (int h = 0; h < hits.size(); h++) found.add(hits.pattern(h) + "@" + hits.start(h));
        assertThat(found).containsExactly("1@0", "0@6", "0@16");
        AhoCorasick.Hits inRegion = ac.scanWordStarts("thanh", 2, 5, new AhoCorasick.Hits());
        assertThat(inRegion.size()).isEqualTo(1);                // "anh" at the region's start
        assertThat(inRegion.start(0)).isEqualTo(2);
    }

    @Test
    void agreesWithANaiveSearchOnRandomText() {
        Random random = new Random(7);
        String alphabet = "abcă ";
        for (int round = 0; round < 200; round++) {
            List<String> patterns = new ArrayList<>();
            for (int i = 0, n = 1 + random.nextInt(12); i < n; i++) patterns.add(word(random, alphabet, 1 + random.nextInt(4)));
            String text = word(random, alphabet + "xy", random.nextInt(60));
            List<AhoCorasick.Hit> naive = new ArrayList<>();
            for (int end = 1; end <= text.length(); end++) {
                // at one end, longer patterns first, a repeated pattern under each of its indices (the automaton's order)
                List<Integer> order = new ArrayList<>();
                for (int p = 0; p < patterns.size(); p++) order.add(p);
                order.sort((x, y) -> Integer.compare(patterns.get(y).length(), patterns.get(x).length()));
                for (int p : order) {
                    String w = patterns.get(p);
                    if (end >= w.length() && text.startsWith(w, end - w.length())) naive.add(new AhoCorasick.Hit(p, end - w.length(), end));
                }
            }
            assertThat(ac(patterns).find(text)).as("%s in '%s'", patterns, text).containsExactlyElementsOf(naive);
        }
    }

    private static AhoCorasick ac(List<String> patterns) { return new AhoCorasick(patterns); }

    private static String word(Random random, String alphabet, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return b.toString();
    }
}
