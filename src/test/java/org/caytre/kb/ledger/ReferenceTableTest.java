package org.caytre.kb.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceTableTest {

    @Test
    void every_row_of_the_bundled_table_parses_and_has_a_source() throws IOException {
        long rows;
        try (InputStream in = ReferenceTable.class.getResourceAsStream(ReferenceTable.RESOURCE)) {
            rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).count();
        }
        List<ReferenceStep> table = ReferenceTable.standard();
        assertThat(table).hasSize((int) rows);
        assertThat(table).allSatisfy(r -> {
            assertThat(r.country()).matches("[A-Z]{3}|ORG:[A-Z]+");
            assertThat(r.document()).isNotBlank();
            assertThat(r.where()).isNotBlank();
            assertThat(r.since().first()).isBefore(java.time.LocalDate.of(2026, 12, 6));   // current to 2026-12-05
        });
    }

    @Test
    void the_table_knows_the_well_known_steps() {
        assertThat(ReferenceTable.standard())
                .extracting(r -> r.country() + " " + r.level() + " " + r.since().text())
                .contains("USA COMPREHENSIVE 2013-07-25", "USA COMPREHENSIVE_STRATEGIC 2023-09-10",
                        "CHN COMPREHENSIVE_STRATEGIC_COOPERATIVE 2008-05", "NZL STRATEGIC 2020-07-22", "ORG:EU COMPREHENSIVE_STRATEGIC 2026-01-29",
                        "KOR COMPREHENSIVE_STRATEGIC 2022-12-05", "AUS COMPREHENSIVE_STRATEGIC 2024-03-07");
    }

    @Test
    void a_malformed_row_fails_naming_the_line_and_the_reason() {
        assertThatThrownBy(() -> ReferenceTable.parse("t.tsv", List.of("# c", "USA\tFRIENDLY\t2013\t\tdoc\tsomewhere")))
                .hasMessage("t.tsv:2: unknown partnership level 'FRIENDLY'");
        assertThatThrownBy(() -> ReferenceTable.parse("t.tsv", List.of("USA\tSTRATEGIC\t2013-13\t\tdoc\tx")))
                .hasMessageStartingWith("t.tsv:1: not an ISO date");
        assertThatThrownBy(() -> ReferenceTable.parse("t.tsv", List.of("USA\tSTRATEGIC\t2013\t\t \tx")))
                .hasMessage("t.tsv:1: no document");
        assertThatThrownBy(() -> ReferenceTable.parse("t.tsv", List.of("USA\tSTRATEGIC\t2013\t\tdoc\t")))
                .hasMessage("t.tsv:1: no public record (where)");
        assertThatThrownBy(() -> ReferenceTable.parse("t.tsv", List.of("USA\tSTRATEGIC\t2013\tsource")))
                .hasMessageContaining("expected 6 tab-separated columns");
        assertThatThrownBy(() -> ReferenceTable.parse("t.tsv", List.of("Mỹ\tSTRATEGIC\t2013\t\tdoc\tx")))
                .hasMessageContaining("neither ISO alpha-3 nor ORG:id");
    }
}
