package org.caytre.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.caytre.internal.DataFiles;
import org.junit.jupiter.api.Test;

/** The sentence templates of {@code brief/templates.tsv}: both languages, the kinds, the "nothing found" sentences. */
class TemplatesTest {
    @Test
    void every_key_has_a_vietnamese_and_an_english_text_of_the_same_kind() {
        Set<String> vi = new TreeSet<>(), en = new TreeSet<>();
        for (String[] row : DataFiles.table(Templates.RESOURCE)) {
            assertThat(row).as(String.join("|", row)).hasSize(4);
            assertThat(row[2]).isIn("fact", "nothing", "scope", "label");
            (row[1].equals("vi") ? vi : en).add(row[0] + "/" + row[2]);
        }
        assertThat(vi).isEqualTo(en);
        for (String section : new String[] {"general", "political", "economic", "multilateral", "citizens", "assessment"})
            assertThat(vi).contains("nothing." + section + "/nothing", "section." + section + "/label");
    }

    @Test
    void only_a_filled_nothing_template_counts_as_a_nothing_sentence() {
        Templates t = new Templates("vi");
        String nothing = t.text("nothing.citizens", Map.of("country", "Lào", "from", "2020", "to", "2021"));
        assertThat(t.isNothingSentence(nothing)).isTrue();
        assertThat(t.isNothingSentence(t.text("fact.VISIT", Map.of("when", "Năm 2020", "sides", "Việt Nam và Lào")))).isFalse();
        assertThat(t.isNothingSentence(nothing + " Thêm một câu không có nguồn.")).isFalse();
    }

    @Test
    void an_unknown_language_is_refused() {
        assertThatThrownBy(() -> new Templates("fr")).hasMessage("unknown language 'fr' (vi or en)");
    }
}
