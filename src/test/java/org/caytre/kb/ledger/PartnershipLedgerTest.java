package org.caytre.kb.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Histories from small facts of our own and a small reference table. */
class PartnershipLedgerTest {
    private static final List<ReferenceStep> REFERENCE = ReferenceTable.parse("test", List.of(
            "AAA\tCOMPREHENSIVE\t2010-05-02\t\tJoint statement A, 2 May 2010\tmofa",
            "AAA\tCOMPREHENSIVE_STRATEGIC\t2021-09-10\t\tJoint statement A, 10 September 2021\tmofa",
            "BBB\tSTRATEGIC\t2015\t\tJoint statement B, 2015\tmofa"));

    private static Fact partnership(String doc, String country, String level, String date, String docDate) {
        return new Fact(doc, docDate, "PARTNERSHIP", List.of("VNM", country), date, Map.of("level", level),
                "Việt Nam nâng cấp quan hệ với nước " + country + ".");
    }

    private static LocalDate d(String iso) { return LocalDate.parse(iso); }

    @Test
    void steps_follow_each_other_and_a_step_ends_when_upgraded() {
        PartnershipLedger ledger = PartnershipLedger.of(List.of(), REFERENCE);
        assertThat(ledger.history("AAA")).extracting(s -> s.level() + " " + s.since() + " " + s.until())
                .containsExactly("COMPREHENSIVE 2010-05-02 2021-09-10", "COMPREHENSIVE_STRATEGIC 2021-09-10 null");
        assertThat(ledger.asOf(d("2021-09-09"))).extracting(p -> p.country() + " " + p.level())
                .containsExactly("BBB STRATEGIC", "AAA COMPREHENSIVE");
        assertThat(ledger.asOf(d("2021-09-10"))).extracting(p -> p.country() + " " + p.level())
                .containsExactly("AAA COMPREHENSIVE_STRATEGIC", "BBB STRATEGIC");
        assertThat(ledger.asOf(d("2010-05-01"))).isEmpty();
        assertThat(ledger.asOf(d("2010-05-02"))).extracting(Partner::provenance).containsExactly("reference");
    }

    @Test
    void a_step_dated_by_year_or_month_counts_from_the_first_day_of_that_period() {
        PartnershipLedger ledger = PartnershipLedger.of(List.of(
                partnership("d1", "CCC", "STRATEGIC", "2019-07", null),
                partnership("d1", "DDD", "COMPREHENSIVE", "2018", null)), List.of());
        assertThat(ledger.asOf(d("2019-06-30"))).extracting(Partner::country).containsExactly("DDD");
        assertThat(ledger.asOf(d("2019-07-01"))).extracting(Partner::country).containsExactly("CCC", "DDD");
        assertThat(ledger.asOf(d("2017-12-31"))).isEmpty();
        assertThat(ledger.asOf(d("2018-01-01"))).extracting(Partner::since).containsExactly("2018");
    }

    @Test
    void document_and_reference_for_the_same_step_keep_both_prefer_the_document_and_the_finer_date() {
        Fact f = partnership("review.txt", "AAA", "COMPREHENSIVE_STRATEGIC", "2021", "2022-01-15");
        PartnershipLedger ledger = PartnershipLedger.of(List.of(f), REFERENCE);
        List<Step> steps = ledger.history("AAA");
        assertThat(steps).hasSize(2);
        Step cs = steps.get(1);
        assertThat(cs.since()).isEqualTo("2021-09-10");   // the document's "2021" refined by the reference day
        assertThat(cs.provenance()).isEqualTo("document");
        assertThat(cs.doc()).isEqualTo("review.txt");
        assertThat(cs.evidence()).isEqualTo(f.evidence());
        assertThat(cs.sources()).extracting(Source::provenance).containsExactlyInAnyOrder("document", "reference");
        // no gap: the comprehensive step lasts until the refined upgrade day
        assertThat(steps.get(0).until()).isEqualTo(d("2021-09-10"));
        assertThat(ledger.asOf(d("2021-03-01"))).extracting(p -> p.country() + " " + p.level())
                .contains("AAA COMPREHENSIVE");
    }

    @Test
    void a_later_mention_of_the_same_level_confirms_the_step_and_does_not_restart_it() {
        PartnershipLedger ledger = PartnershipLedger.of(
                List.of(partnership("later.txt", "BBB", "STRATEGIC", "2023", null)), REFERENCE);
        assertThat(ledger.history("BBB")).singleElement().satisfies(s -> {
            assertThat(s.since()).isEqualTo("2015");
            assertThat(s.provenance()).isEqualTo("document");
            assertThat(s.sources()).hasSize(2);
        });
    }

    @Test
    void a_later_lower_level_starts_no_step_and_is_reported() {
        PartnershipLedger ledger = PartnershipLedger.of(
                List.of(partnership("loose.txt", "AAA", "STRATEGIC", "2023-04", null)), REFERENCE);
        assertThat(ledger.history("AAA")).extracting(Step::level)
                .containsExactly(Level.COMPREHENSIVE, Level.COMPREHENSIVE_STRATEGIC);
        assertThat(ledger.warnings()).singleElement().asString().contains("AAA", "loose.txt", "only upgraded");
    }

    @Test
    void facts_that_are_not_vietnams_frameworks_are_ignored() {
        PartnershipLedger ledger = PartnershipLedger.of(List.of(
                new Fact("x", null, "PARTNERSHIP", List.of("ORG:ASEAN", "ORG:EU"), "2020", Map.of("level", "STRATEGIC"), "e"),
                new Fact("x", null, "PARTNERSHIP", List.of("JPN", "ORG:EU"), "2021-05-27", Map.of(), "e"),
                new Fact("x", null, "VISIT", List.of("VNM", "EEE"), "2021", Map.of("host", "EEE"), "e")), List.of());
        assertThat(ledger.countries()).isEmpty();
        assertThat(ledger.warnings()).isEmpty();
    }

    @Test
    void an_undated_fact_is_placed_at_its_document_date_or_reported() {
        PartnershipLedger ledger = PartnershipLedger.of(List.of(
                partnership("dated.txt", "FFF", "STRATEGIC", null, "2024-03-13"),
                partnership("undated.txt", "GGG", "STRATEGIC", null, null)), List.of());
        assertThat(ledger.history("FFF")).extracting(Step::since).containsExactly("2024-03-13");
        assertThat(ledger.history("GGG")).isEmpty();
        assertThat(ledger.warnings()).singleElement().asString().startsWith("undated.txt:");
    }
}
