package org.caytre.kb.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The check over figures of our own sentences and a small reference table. */
class StatedCountCheckTest {
    private static final PartnershipLedger LEDGER = PartnershipLedger.of(List.of(), ReferenceTable.parse("test", List.of(
            "AAA\tSTRATEGIC\t2008\t\tstatement A1\tmofa",
            "AAA\tCOMPREHENSIVE_STRATEGIC\t2014-06-01\t\tstatement A2\tmofa",
            "BBB\tCOMPREHENSIVE_STRATEGIC_COOPERATIVE\t2009\t\tstatement B\tmofa",
            "CCC\tSTRATEGIC\t2012\t\tstatement C\tmofa",
            "DDD\tCOMPREHENSIVE\t2011\t\tstatement D\tmofa",
            "EEE\tCOMPREHENSIVE\t2015-03\t\tstatement E\tmofa")));
    private static final StatedCountCheck CHECK = new StatedCountCheck(LEDGER);

    private static Figure figure(double value, String unit, String period, String docDate, String evidence) {
        return new Figure("own.txt", docDate, "partners", value, unit, period, "VNM", evidence);
    }

    @Test
    void a_lone_strategic_count_includes_the_comprehensive_strategic_partners() {
        String s = "Năm 2013, số đối tác chiến lược của ta đã tăng lên 3 nước.";
        List<Verdict> v = CHECK.check(List.of(figure(3, "countries", "2013", null, s)));
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.about()).isEqualTo("STRATEGIC");
            assertThat(x.counting()).isEqualTo("inclusive");
            assertThat(x.asOf()).isEqualTo(LocalDate.of(2013, 12, 31));
            assertThat(x.verdict()).isEqualTo("agree");
            assertThat(x.derived()).extracting(Partner::country).containsExactlyInAnyOrder("AAA", "BBB", "CCC");
        });
    }

    @Test
    void a_breakdown_counts_each_level_apart_and_the_cooperative_partner_among_the_comprehensive_strategic() {
        String s = "Hiện ta có 2 đối tác chiến lược toàn diện, 1 đối tác chiến lược và 2 nước đối tác toàn diện.";
        List<Verdict> v = CHECK.check(List.of(figure(2, "partners", null, "2016-02-01", s),
                figure(1, "partners", null, "2016-02-01", s), figure(2, "countries", null, "2016-02-01", s)));
        assertThat(v).extracting(x -> x.about() + " " + x.counting() + " " + x.verdict()).containsExactly(
                "COMPREHENSIVE_STRATEGIC exclusive agree", "STRATEGIC exclusive agree", "COMPREHENSIVE exclusive agree");
        assertThat(v.get(0).derived()).extracting(Partner::country).containsExactlyInAnyOrder("AAA", "BBB");
        assertThat(v).allSatisfy(x -> assertThat(x.asOf()).isEqualTo(LocalDate.of(2016, 2, 1)));
    }

    @Test
    void a_disagreement_shows_both_sides_and_when_the_stated_count_last_held() {
        String s = "Ta có 1 đối tác toàn diện.";
        Verdict v = CHECK.check(List.of(figure(1, "partners", null, "2015-06-30", s))).get(0);
        assertThat(v.verdict()).isEqualTo("disagree");
        assertThat(v.doc()).isEqualTo("own.txt");
        assertThat(v.evidence()).isEqualTo(s);
        assertThat(v.derivedCount()).isEqualTo(2);
        assertThat(v.derived()).extracting(Partner::provenance).containsOnly("reference");
        assertThat(v.heldUntil()).isEqualTo(LocalDate.of(2015, 2, 28));   // EEE counts from 2015-03-01
        assertThat(v.toJson()).containsKeys("doc", "evidence", "stated", "about", "as_of", "verdict", "derived", "held_until");
    }

    @Test
    void diplomatic_relations_group_counts_and_undated_counts_are_unverifiable() {
        List<Verdict> v = CHECK.check(List.of(
                figure(190, "countries", null, "2020", "Việt Nam có quan hệ ngoại giao với 190 nước."),
                figure(4, "countries", null, "2020", "Ta đã có 4 nước ASEAN là đối tác chiến lược."),
                figure(2, "partners", null, null, "Ta có 2 đối tác toàn diện.")));
        assertThat(v).extracting(Verdict::verdict).containsOnly("unverifiable");
        assertThat(v).extracting(Verdict::reason).satisfiesExactly(
                r -> assertThat(r).contains("diplomatic relations"),
                r -> assertThat(r).contains("group"),
                r -> assertThat(r).contains("no date"));
    }

    @Test
    void figures_that_count_something_else_give_no_verdict() {
        assertThat(CHECK.check(List.of(
                figure(40, "countries", null, "2020", "Ta đã viện trợ khẩu trang cho 40 quốc gia."),
                figure(5, "partners", null, "2020", "Hiệp định đã được ký với 5 đối tác."),
                new Figure("own.txt", "2020", "GDP growth", 2, "%", "2020", "VNM", "Kinh tế tăng 2% so với đối tác chiến lược.")
        ))).isEmpty();
    }

    @Test
    void the_words_before_a_number_tell_what_it_counts_when_the_words_after_do_not() {
        String s = "Năm 2012 ta nâng số đối tác chiến lược lên 3 nước cùng với 1 đối tác toàn diện.";
        List<Verdict> v = CHECK.check(List.of(figure(3, "countries", "2012", null, s), figure(1, "partners", "2012", null, s)));
        assertThat(v).extracting(x -> x.about() + " " + x.verdict())
                .containsExactly("STRATEGIC agree", "COMPREHENSIVE agree");
    }

    @Test
    void vietnamese_numbers_are_read_with_their_separators() {
        assertThat(StatedCountCheck.value("79.000")).isEqualTo(79000);
        assertThat(StatedCountCheck.value("5,64")).isEqualTo(5.64);
        assertThat(StatedCountCheck.value("09")).isEqualTo(9);
        assertThat(StatedCountCheck.value("1.2.3")).isNaN();
    }
}
