package org.caytre.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.caytre.extract.Extraction;
import org.caytre.kb.ledger.Fact;
import org.caytre.kb.ledger.Figure;
import org.caytre.kb.ledger.Level;
import org.caytre.kb.ledger.Partner;
import org.caytre.kb.ledger.PartnershipLedger;
import org.caytre.kb.ledger.StatedCountCheck;
import org.caytre.kb.ledger.Verdict;
import org.caytre.pipeline.Pipeline;
import org.caytre.structure.CorpusFiles;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The ledger fed from the store: the same answers as fed straight from the pipeline, with the store's provenance. */
class LedgersTest {
    @TempDir Path dir;

    static java.util.stream.Stream<String> backends() { return Backends.all(); }

    @ParameterizedTest @MethodSource("backends")
    void partners_and_checks_from_the_store_match_those_from_the_pipeline(String backend) throws Exception {
        Store store = Backends.open(backend, dir);
        new Ingester(store, Pipeline.standard(), null, 2).run(List.of(CorpusFiles.shared().resolve("corpus")), (s, st, b, r) -> {});
        Ledgers ledgers = new Ledgers(store);
        PartnershipLedger ledger = ledgers.ledger();

        List<Partner> end2020 = ledger.asOf(LocalDate.of(2020, 12, 31));
        assertThat(level(end2020, "NZL")).isEqualTo(Level.STRATEGIC);
        assertThat(level(end2020, "USA")).isNotEqualTo(Level.COMPREHENSIVE_STRATEGIC);
        List<Partner> end2023 = ledger.asOf(LocalDate.of(2023, 12, 31));
        for (String c : List.of("KOR", "USA", "JPN")) assertThat(level(end2023, c)).as(c).isEqualTo(Level.COMPREHENSIVE_STRATEGIC);
        assertThat(end2023).filteredOn(p -> p.country().equals("USA")).singleElement()
                .satisfies(p -> assertThat(p.doc()).isEqualTo(CorpusFiles.D002));

        List<Fact> facts = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        for (String name : List.of(CorpusFiles.D000, CorpusFiles.D001, CorpusFiles.D002, CorpusFiles.D004)) {
            Extraction x = Pipeline.standard().extract(CorpusFiles.corpus(name));
            facts.addAll(Fact.all(x));
            figures.addAll(Figure.all(x));
        }
        PartnershipLedger direct = PartnershipLedger.of(facts);
        assertThat(summary(ledger.asOf(LocalDate.of(2020, 12, 31)))).isEqualTo(summary(direct.asOf(LocalDate.of(2020, 12, 31))));
        List<Verdict> fromStore = ledgers.check(), fromPipeline = new StatedCountCheck(direct).check(figures);
        assertThat(verdicts(fromStore)).isEqualTo(verdicts(fromPipeline));
        // the 2020 and the 2024 stated counts each get a verdict
        assertThat(fromStore).anySatisfy(v -> assertThat(v.doc() + v.stated() + v.about()).isEqualTo(CorpusFiles.D000 + "17STRATEGIC"));
        assertThat(fromStore).anySatisfy(v -> assertThat(v.doc() + v.stated() + v.about()).isEqualTo(CorpusFiles.D002 + "6COMPREHENSIVE_STRATEGIC"));
    }

    private static Level level(List<Partner> partners, String country) {
        return partners.stream().filter(p -> p.country().equals(country)).map(Partner::level).findFirst().orElse(null);
    }

    private static List<String> summary(List<Partner> partners) {
        return partners.stream().map(p -> p.country() + " " + p.level() + " " + p.since() + " " + p.provenance() + " " + p.doc()).toList();
    }

    private static List<String> verdicts(List<Verdict> verdicts) {
        return verdicts.stream().map(v -> v.doc() + " " + v.stated() + " " + v.about() + " " + v.asOf() + " " + v.verdict() + " " + v.derivedCount()).toList();
    }
}
