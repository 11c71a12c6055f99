package org.caytre.kb.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Precedence of level claims over the bundled reference table: a single news report of a level change is an
 * unconfirmed claim and never the level; two independent outlets corroborate it; an analyst's decision wins.
 */
class ClaimPrecedenceTest {
    private static final String MISREAD = "Mỹ và Việt Nam đã là đối tác chiến lược từ ngày 7/6/2019.";
    private static final LocalDate END_2020 = LocalDate.of(2020, 12, 31);
    /** Our own sentence counting the end-2020 partners as the reviews do: 17 strategic (inclusive), 13 comprehensive. */
    private static final List<Figure> STATED = List.of(
            new Figure("review-2020", "2020", "partners", 17, "partners", "2020", "VNM", "Việt Nam có 17 đối tác chiến lược và 13 đối tác toàn diện."),
            new Figure("review-2020", "2020", "partners", 13, "partners", "2020", "VNM", "Việt Nam có 17 đối tác chiến lược và 13 đối tác toàn diện."));

    private static Fact news(String doc, String outlet, String evidence) {
        return new Fact(doc, "2019-06-08", "PARTNERSHIP", List.of("VNM", "USA"), "2019-06-07", Map.of("level", "STRATEGIC"), evidence,
                SourceOrigin.NEWS, outlet);
    }

    private static Level usa(PartnershipLedger ledger, LocalDate date) {
        return ledger.asOf(date).stream().filter(p -> p.country().equals("USA")).map(Partner::level).findFirst().orElse(null);
    }

    @Test
    void a_single_news_report_of_a_level_change_stays_an_unconfirmed_claim_and_check_still_agrees() {
        PartnershipLedger plain = PartnershipLedger.of(List.of());
        PartnershipLedger ledger = PartnershipLedger.of(List.of(news("tin-1", "VnExpress", MISREAD)));
        assertThat(usa(ledger, END_2020)).isEqualTo(Level.COMPREHENSIVE);
        assertThat(ledger.history("USA")).isEqualTo(plain.history("USA"));
        assertThat(ledger.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(ClaimView.UNCONFIRMED);
            assertThat(c.claim().doc()).isEqualTo("tin-1");
            assertThat(c.claim().outlet()).isEqualTo("VnExpress");
            assertThat(c.ledgerLevel()).isEqualTo("COMPREHENSIVE");
            assertThat(c.toJson()).containsEntry("kind", "news").containsEntry("evidence", MISREAD);
        });
        List<Verdict> verdicts = new StatedCountCheck(ledger).check(STATED);
        assertThat(verdicts).extracting(Verdict::verdict).containsExactly("agree", "agree");
        assertThat(verdicts).extracting(Verdict::verdict)
                .isEqualTo(new StatedCountCheck(plain).check(STATED).stream().map(Verdict::verdict).toList());
    }

    @Test
    void the_same_report_from_one_outlet_twice_or_reprinted_is_still_one_report() {
        PartnershipLedger sameOutlet = PartnershipLedger.of(List.of(news("tin-1", "VnExpress", MISREAD),
                news("tin-2", "VnExpress", "Hai nước là đối tác chiến lược từ năm 2019.")));
        assertThat(usa(sameOutlet, END_2020)).isEqualTo(Level.COMPREHENSIVE);
        PartnershipLedger reprinted = PartnershipLedger.of(List.of(news("tin-1", null, MISREAD), news("tin-2", null, MISREAD)));
        assertThat(usa(reprinted, END_2020)).isEqualTo(Level.COMPREHENSIVE);
        assertThat(reprinted.conflicts()).hasSize(2).allSatisfy(c -> assertThat(c.outlets()).isEqualTo(1));
    }

    @Test
    void two_independent_outlets_corroborate_a_level_change() {
        PartnershipLedger ledger = PartnershipLedger.of(List.of(news("tin-1", "VnExpress", MISREAD),
                news("tin-2", "Tuổi Trẻ", "Việt Nam và Hoa Kỳ là đối tác chiến lược từ ngày 7/6/2019.")));
        assertThat(usa(ledger, END_2020)).isEqualTo(Level.STRATEGIC);
        assertThat(ledger.history("USA")).extracting(s -> s.level() + " " + s.since())
                .containsExactly("COMPREHENSIVE 2013-07-25", "STRATEGIC 2019-06-07", "COMPREHENSIVE_STRATEGIC 2023-09-10");
        assertThat(ledger.claims("USA")).filteredOn(c -> c.claim().isDocument())
                .allSatisfy(c -> {
                    assertThat(c.status()).isEqualTo(ClaimView.CORROBORATED);
                    assertThat(c.outlets()).isEqualTo(2);
                });
        assertThat(ledger.conflicts()).isEmpty();
    }

    @Test
    void an_analysts_decision_wins_over_precedence() {
        Fact report = news("tin-1", "VnExpress", MISREAD);
        PartnershipLedger before = PartnershipLedger.of(List.of(report));
        String claim = before.conflicts().get(0).claim().id();
        PartnershipLedger accepted = PartnershipLedger.of(List.of(report), ReferenceTable.standard(), Map.of(claim, true));
        assertThat(usa(accepted, END_2020)).isEqualTo(Level.STRATEGIC);
        assertThat(accepted.history("USA").get(1).sources()).singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(SourceOrigin.ANALYST));

        String reference = before.claims("USA").stream().filter(c -> c.claim().level() == Level.COMPREHENSIVE_STRATEGIC)
                .findFirst().orElseThrow().claim().id();
        PartnershipLedger rejected = PartnershipLedger.of(List.of(), ReferenceTable.standard(), Map.of(reference, false));
        assertThat(usa(rejected, LocalDate.of(2024, 1, 1))).isEqualTo(Level.COMPREHENSIVE);
        assertThat(rejected.claims("USA")).filteredOn(c -> c.claim().id().equals(reference))
                .singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(ClaimView.REJECTED));
    }

    @Test
    void a_single_report_agreeing_with_the_ledger_supports_its_step() {
        PartnershipLedger ledger = PartnershipLedger.of(List.of(new Fact("tin-3", "2024-05-02", "PARTNERSHIP", List.of("VNM", "USA"),
                null, Map.of("level", "COMPREHENSIVE_STRATEGIC"), "Hai nước là đối tác chiến lược toàn diện.", SourceOrigin.NEWS, "VOV")));
        assertThat(ledger.conflicts()).isEmpty();
        Step cs = ledger.history("USA").get(1);
        assertThat(cs.provenance()).isEqualTo("document");
        assertThat(cs.doc()).isEqualTo("tin-3");
        assertThat(cs.sources()).extracting(Source::status).containsExactly(ClaimView.IN_FORCE, ClaimView.SUPPORTING);
    }
}
