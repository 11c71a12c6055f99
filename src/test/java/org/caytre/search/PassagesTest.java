package org.caytre.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.caytre.extract.Extraction;
import org.caytre.structure.CorpusFiles;
import org.junit.jupiter.api.Test;

/** Passages cut from a real document: ids, offsets, sections, entities, people, event types and years. */
class PassagesTest {
    private final Extraction x = DevQueries.extraction(CorpusFiles.D000);
    private final List<Passage> passages = Passages.of("d0", x);

    @Test
    void one_passage_per_paragraph_then_per_footnote_with_their_ids_and_text() {
        int paragraphs = x.document().paragraphs().size();
        assertThat(passages).hasSize(paragraphs + x.document().footnotes().size());
        assertThat(passages.get(0).id()).isEqualTo("d0:p0");
        assertThat(passages.get(paragraphs - 1).id()).isEqualTo("d0:p" + (paragraphs - 1));
        assertThat(passages.get(paragraphs).id()).isEqualTo("d0:f" + x.document().footnotes().get(0).number());
        for (Passage p : passages) assertThat(x.document().text().substring(p.start(), p.end())).isEqualTo(p.text());
    }

    @Test
    void entities_people_and_mentions_are_those_inside_the_passage() {
        Passage suga = passages.stream().filter(p -> p.text().contains("Xư-ga")).findFirst().orElseThrow();
        assertThat(suga.entities()).contains("PER:Suga Yoshihide");
        for (Passage p : passages)
            for (Passage.Mention m : p.mentions()) {
                assertThat(m.start()).isGreaterThanOrEqualTo(0);
                assertThat(m.end()).isLessThanOrEqualTo(p.text().length());
                assertThat(p.entities()).contains(m.id());
            }
        Passage nz = passages.stream().filter(p -> p.text().contains("Niu Di-lân")).findFirst().orElseThrow();
        assertThat(nz.countries()).contains("NZL");
    }

    @Test
    void event_types_years_and_section_paths_are_found() {
        assertThat(passages.stream().flatMap(p -> p.eventTypes().stream())).contains("VISIT", "PHONE_CALL");
        assertThat(passages.stream().flatMap(p -> p.years().stream())).contains("2020");
        assertThat(passages.stream().map(Passage::section)).anyMatch(s -> s.contains(Passages.SECTION_SEPARATOR));
        for (Passage p : passages) for (String y : p.years()) assertThat(y).matches("\\d{4}");
    }
}
