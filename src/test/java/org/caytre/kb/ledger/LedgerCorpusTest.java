package org.caytre.kb.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.caytre.extract.Extraction;
import org.caytre.pipeline.Pipeline;
import org.caytre.structure.CorpusFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ledger and the stated-count check over what the real pipeline reads out of the four shared documents. */
class LedgerCorpusTest {
    private static final List<Fact> FACTS = new ArrayList<>();
    private static final List<Figure> FIGURES = new ArrayList<>();
    private static PartnershipLedger ledger;
    private static List<Verdict> verdicts;

    @BeforeAll
    static void extract() {
        for (String name : List.of(CorpusFiles.D000, CorpusFiles.D001, CorpusFiles.D002, CorpusFiles.D004)) {
            Extraction x = Pipeline.standard().extract(CorpusFiles.corpus(name));
            FACTS.addAll(Fact.all(x));
            FIGURES.addAll(Figure.all(x));
        }
        ledger = PartnershipLedger.of(FACTS);
        verdicts = new StatedCountCheck(ledger).check(FIGURES);
    }

    private static Partner partner(LocalDate date, String country) {
        return ledger.asOf(date).stream().filter(p -> p.country().equals(country)).findFirst().orElseThrow();
    }

    private static Verdict verdict(String doc, int stated, String about) {
        return verdicts.stream().filter(v -> v.doc().equals(doc) && v.stated() == stated && v.about().equals(about))
                .findFirst().orElseThrow(() -> new AssertionError("no check of " + stated + " " + about + " in " + doc));
    }

    @Test
    void at_the_end_of_2020_new_zealand_is_strategic_from_the_document_and_the_usa_only_comprehensive() {
        LocalDate end2020 = LocalDate.of(2020, 12, 31);
        Partner nzl = partner(end2020, "NZL");
        assertThat(nzl.level()).isEqualTo(Level.STRATEGIC);
        assertThat(nzl.since()).isEqualTo("2020-07-22");
        assertThat(nzl.provenance()).isEqualTo("document");
        assertThat(nzl.doc()).isEqualTo(CorpusFiles.D000);
        assertThat(nzl.evidence()).contains("Niu Di-lân").contains("đối tác chiến lược");
        assertThat(partner(end2020, "USA").level()).isEqualTo(Level.COMPREHENSIVE);
        assertThat(partner(end2020, "USA").provenance()).isEqualTo("reference");
    }

    @Test
    void at_the_end_of_2023_korea_the_usa_and_japan_are_comprehensive_strategic_with_the_documents_evidence() {
        LocalDate end2023 = LocalDate.of(2023, 12, 31);
        for (String c : List.of("KOR", "USA", "JPN")) {
            Partner p = partner(end2023, c);
            assertThat(p.level()).as(c).isEqualTo(Level.COMPREHENSIVE_STRATEGIC);
            assertThat(p.provenance()).as(c).isEqualTo("document");
            assertThat(p.doc()).as(c).isEqualTo(CorpusFiles.D002);
            assertThat(p.sources()).as(c).extracting(Source::provenance).contains("document", "reference");
        }
        assertThat(partner(end2023, "KOR").since()).isEqualTo("2022-12-05");
        assertThat(partner(end2023, "AUS").level()).isEqualTo(Level.STRATEGIC);   // upgraded in March 2024
    }

    @Test
    void histories_end_a_step_when_upgraded() {
        assertThat(ledger.history("USA")).extracting(s -> s.level() + " " + s.since() + " " + s.until())
                .containsExactly("COMPREHENSIVE 2013-07-25 2023-09-10", "COMPREHENSIVE_STRATEGIC 2023-09-10 null");
        assertThat(ledger.history("CHN")).singleElement().satisfies(s -> {
            assertThat(s.level()).isEqualTo(Level.COMPREHENSIVE_STRATEGIC_COOPERATIVE);
            assertThat(s.since()).isEqualTo("2008-05");   // the 2023 mention confirms, it does not restart
        });
        assertThat(ledger.warnings()).isEmpty();
    }

    @Test
    void the_end_2020_counts_agree_counting_comprehensive_strategic_partners_among_the_strategic_ones() {
        Verdict strategic = verdict(CorpusFiles.D000, 17, "STRATEGIC");
        assertThat(strategic.asOf()).isEqualTo(LocalDate.of(2020, 12, 31));   // the document's reference year
        assertThat(strategic.counting()).isEqualTo("inclusive");
        assertThat(strategic.verdict()).isEqualTo("agree");
        assertThat(strategic.derived()).extracting(Partner::country).contains("CHN", "RUS", "IND", "NZL").hasSize(17);
        Verdict comprehensive = verdict(CorpusFiles.D000, 13, "COMPREHENSIVE");
        assertThat(comprehensive.verdict()).isEqualTo("agree");
        assertThat(comprehensive.derived()).extracting(Partner::country).contains("USA").doesNotContain("NZL");
    }

    @Test
    void the_early_2024_breakdown_agrees_until_australias_upgrade_and_not_after() {
        // The statistic has no period today, so the count speaks of the document's date (2024-03-13), six days
        // after Australia became a comprehensive strategic partner; read with period 2023 (as the gold has it)
        // the same counts agree. Either way the verdict must be the one the facts give for that date.
        Verdict cs = verdict(CorpusFiles.D002, 6, "COMPREHENSIVE_STRATEGIC");
        Verdict strategic = verdict(CorpusFiles.D002, 12, "STRATEGIC");
        assertThat(cs.asOf()).isIn(LocalDate.of(2024, 3, 13), LocalDate.of(2023, 12, 31));
        assertThat(strategic.counting()).isEqualTo("exclusive");   // the sentence counts the CS partners apart
        if (cs.asOf().isBefore(LocalDate.of(2024, 3, 7))) {
            assertThat(cs.verdict()).isEqualTo("agree");
            assertThat(strategic.verdict()).isEqualTo("agree");
        } else {
            assertThat(cs.verdict()).isEqualTo("disagree");
            assertThat(cs.derivedCount()).isEqualTo(7);
            assertThat(cs.derived()).extracting(Partner::country)
                    .containsExactlyInAnyOrder("CHN", "RUS", "IND", "KOR", "USA", "JPN", "AUS");
            assertThat(cs.heldUntil()).isEqualTo(LocalDate.of(2024, 3, 6));
            assertThat(strategic.verdict()).isEqualTo("disagree");
            assertThat(strategic.derivedCount()).isEqualTo(11);
            assertThat(strategic.heldUntil()).isEqualTo(LocalDate.of(2024, 3, 6));
        }
        assertThat(verdict(CorpusFiles.D002, 12, "COMPREHENSIVE").verdict()).isEqualTo("agree");
        Verdict special = verdict(CorpusFiles.D002, 3, "SPECIAL");
        assertThat(special.verdict()).isEqualTo("agree");
        assertThat(special.derived()).extracting(Partner::country).containsExactlyInAnyOrder("LAO", "KHM", "CUB");
        Verdict relations = verdict(CorpusFiles.D002, 193, "DIPLOMATIC_RELATIONS");
        assertThat(relations.verdict()).isEqualTo("unverifiable");
        assertThat(relations.reason()).contains("diplomatic relations");
        assertThat(verdict(CorpusFiles.D002, 33, "DIPLOMATIC_RELATIONS").reason()).contains("one group's members");
    }

    @Test
    void read_as_a_count_of_the_end_of_2023_the_breakdown_agrees() {
        List<Figure> as2023 = FIGURES.stream().filter(f -> f.doc().equals(CorpusFiles.D002))
                .map(f -> new Figure(f.doc(), f.docDate(), f.indicator(), f.value(), f.unit(), "2023", f.subject(), f.evidence()))
                .toList();
        assertThat(new StatedCountCheck(ledger).check(as2023))
                .filteredOn(v -> !v.verdict().equals("unverifiable"))
                .extracting(v -> v.stated() + " " + v.about() + " " + v.asOf() + " " + v.verdict())
                .containsExactly("3 SPECIAL 2023-12-31 agree", "6 COMPREHENSIVE_STRATEGIC 2023-12-31 agree",
                        "12 STRATEGIC 2023-12-31 agree", "12 COMPREHENSIVE 2023-12-31 agree");
    }

    @Test
    void figures_that_count_no_partners_are_not_checked() {
        assertThat(verdicts).extracting(Verdict::stated).doesNotContain(51, 93, 140, 57, 120);
        assertThat(verdicts).extracting(v -> v.doc() + " " + v.stated() + " " + v.about()).containsExactly(
                CorpusFiles.D000 + " 17 STRATEGIC", CorpusFiles.D000 + " 13 COMPREHENSIVE",
                CorpusFiles.D002 + " 193 DIPLOMATIC_RELATIONS", CorpusFiles.D002 + " 3 SPECIAL",
                CorpusFiles.D002 + " 6 COMPREHENSIVE_STRATEGIC", CorpusFiles.D002 + " 12 STRATEGIC",
                CorpusFiles.D002 + " 12 COMPREHENSIVE", CorpusFiles.D002 + " 33 DIPLOMATIC_RELATIONS");
    }

    @Test
    void the_partners_json_has_the_contract_fields() {
        Map<String, Object> json = LedgerJson.partners(LocalDate.of(2020, 12, 31), ledger.asOf(LocalDate.of(2020, 12, 31)));
        assertThat(json).containsKeys("as_of", "partners");
        String line = LedgerJson.write(json);
        assertThat(line).startsWith("{\"as_of\":\"2020-12-31\",\"partners\":[{\"country\":")
                .contains("\"provenance\":\"document\"", "\"provenance\":\"reference\"", "\"doc\":\"" + CorpusFiles.D000 + "\"");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> partners = (List<Map<String, Object>>) json.get("partners");
        assertThat(partners).allSatisfy(p -> assertThat(p).containsKeys("country", "level", "since", "provenance", "evidence", "doc"));
    }
}
