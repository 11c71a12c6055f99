package org.caytre.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** CueSets says what String.contains on the lower-cased text says, for every set. */
class CueSetsTest {
    @Test
    void aSetIsPresentWhenAnyOfItsCuesOccursInAnyCase() {
        CueSets sets = new CueSets(List.of(List.of("hội đàm", "điện đàm"), List.of("thăm"), List.of()));
        String text = "Hôm qua, Thủ tướng ĐIỆN ĐÀM với người đồng cấp.";
        assertThat(sets.present(text, 0, text.length())).containsExactly(true, false, true);
        assertThat(sets.present(text, 0, 10)).containsExactly(false, false, true);
    }

    @Test
    void agreesWithContainsOnLowerCasedText() {
        Random random = new Random(11);
        String alphabet = "aĂăbİiΣσς ";
        for (int round = 0; round < 300; round++) {
            List<List<String>> cues = new ArrayList<>();
            for (int i = 0, n = random.nextInt(6); i < n; i++) {
                List<String> set = new ArrayList<>();
                for (int k = 0, m = random.nextInt(3); k < m; k++) set.add(word(random, alphabet, 1 + random.nextInt(3)).toLowerCase(Locale.ROOT));
                cues.add(set);
            }
            String text = word(random, alphabet, random.nextInt(30));
            int from = text.isEmpty() ? 0 : random.nextInt(text.length()), to = from + random.nextInt(text.length() - from + 1);
            String lower = text.substring(from, to).toLowerCase(Locale.ROOT);
            boolean[] expected = new boolean[cues.size()];
            for (int i = 0; i < cues.size(); i++) expected[i] = cues.get(i).isEmpty() || cues.get(i).stream().anyMatch(lower::contains);
            assertThat(new CueSets(cues).present(text, from, to)).as("%s in '%s'", cues, text.substring(from, to)).containsExactly(expected);
        }
    }

    private static String word(Random random, String alphabet, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return b.toString();
    }
}
