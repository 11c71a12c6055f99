package org.caytre.kb.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The reference table against the tallies Vietnam's Foreign Ministry and the press published (issue 17): comprehensive
 * strategic (China's cooperative variant counted among them), strategic (those above excluded), comprehensive; -1
 * where the published figure gives no number for that level.
 */
class PublishedTalliesTest {
    private static final PartnershipLedger LEDGER = PartnershipLedger.of(List.of());

    @ParameterizedTest(name = "{0}: {1} CSP / {2} SP / {3} CP")
    @CsvSource({
            "2021-12-31, 3, 14, 13",
            "2024-10-31, 8, 10, 14",
            "2025-05-10, 12, 10, -1",
            "2025-08-22, 13, 10, 15",
            "2025-10-31, 14, -1, -1",
            "2025-12-31, 14, 14, 14"})
    void the_ledger_gives_the_published_tally(String date, int cs, int s, int c) {
        PartnershipLedger.Tally t = LEDGER.tally(LocalDate.parse(date));
        assertThat(t.comprehensiveStrategic()).as("comprehensive strategic").isEqualTo(cs);
        if (s >= 0) assertThat(t.strategic()).as("strategic").isEqualTo(s);
        if (c >= 0) assertThat(t.comprehensive()).as("comprehensive").isEqualTo(c);
    }

    @Test
    void at_the_end_of_2025_forty_two_countries_are_comprehensive_partners_or_above_and_organisations_are_apart() {
        PartnershipLedger.Tally t = LEDGER.tally(LocalDate.of(2025, 12, 31));
        assertThat(t.total()).isEqualTo(42);
        assertThat(t.special()).isEqualTo(3);
        assertThat(t.organisations()).isZero();
    }

    @Test
    void thailand_counts_from_the_sixteenth_of_may_2025_not_from_the_first() {
        assertThat(level("THA", "2025-05-15")).isEqualTo(Level.STRATEGIC);
        assertThat(level("THA", "2025-05-16")).isEqualTo(Level.COMPREHENSIVE_STRATEGIC);
    }

    @Test
    void the_eu_is_a_comprehensive_strategic_partner_on_2026_06_30_as_an_organisation() {
        LocalDate d = LocalDate.of(2026, 6, 30);
        Partner eu = LEDGER.asOf(d).stream().filter(p -> p.country().equals("ORG:EU")).findFirst().orElseThrow();
        assertThat(eu.level()).isEqualTo(Level.COMPREHENSIVE_STRATEGIC);
        assertThat(eu.since()).isEqualTo("2026-01-29");
        assertThat(eu.isCountry()).isFalse();
        assertThat(eu.toJson()).containsEntry("partner_kind", "organisation");
        assertThat(LEDGER.tally(d).organisations()).isEqualTo(1);
        assertThat(LEDGER.tally(d).comprehensiveStrategic()).isEqualTo(14);   // the EU is not a country
        assertThat(level("ORG:EU", "2026-01-28")).isNull();
    }

    @Test
    void the_philippines_partnership_is_renamed_not_upgraded_on_2026_06_01() {
        List<Step> phl = LEDGER.history("PHL");
        assertThat(phl).extracting(s -> s.level() + " " + s.since() + " " + s.name())
                .containsExactly("STRATEGIC 2015-11 null", "STRATEGIC 2026-06-01 Enhanced Strategic Partnership");
        assertThat(LEDGER.tally(LocalDate.of(2026, 5, 31)).strategic()).isEqualTo(LEDGER.tally(LocalDate.of(2026, 6, 1)).strategic());
        Partner p = LEDGER.asOf(LocalDate.of(2026, 12, 5)).stream().filter(x -> x.country().equals("PHL")).findFirst().orElseThrow();
        assertThat(p.name()).isEqualTo("Enhanced Strategic Partnership");
    }

    @Test
    void the_corrected_citations_name_the_right_visits() {
        assertThat(ReferenceTable.standard()).filteredOn(r -> r.country().equals("IDN") && r.level() == Level.STRATEGIC)
                .singleElement().satisfies(r -> assertThat(r.document()).contains("Trương Tấn Sang", "Jakarta"));
        assertThat(ReferenceTable.standard()).filteredOn(r -> r.country().equals("ESP"))
                .singleElement().satisfies(r -> {
                    assertThat(r.document()).contains("Nguyễn Minh Triết", "Madrid");
                    assertThat(r.since().text()).isEqualTo("2009-12-15");
                });
    }

    private static Level level(String partner, String date) {
        return LEDGER.asOf(LocalDate.parse(date)).stream().filter(p -> p.country().equals(partner)).map(Partner::level)
                .findFirst().orElse(null);
    }
}
