package org.caytre.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.caytre.annotate.Annotator;
import org.caytre.extract.eval.Score;
import org.caytre.extract.eval.Scorer;
import org.caytre.model.Document;
import org.caytre.structure.CorpusFiles;
import org.caytre.structure.StructureParser;
import org.junit.jupiter.api.Test;

/** The whole pipeline on the four real documents, scored against the gold answers by the rules of SCORING.md. */
class DevelopmentSetTest {
    @Test
    void extraction_meets_the_development_targets() throws IOException {
        List<Score> scores = new ArrayList<>();
        Annotator annotator = new Annotator();
        for (String name : new String[] {CorpusFiles.D000, CorpusFiles.D001, CorpusFiles.D002, CorpusFiles.D004}) {
            Document d = new StructureParser().parse(CorpusFiles.raw(name));
            Extraction x = new Extractor().extract(d, annotator.annotate(d));
            JsonNode gold = new ObjectMapper().readTree(CorpusFiles.shared().resolve("gold").resolve(name.replace(".txt", ".json")).toFile());
            scores.add(new Scorer().score(gold, ExtractionJson.of(x), Files.readString(CorpusFiles.corpus(name)), false));
        }
        Score total = Scorer.total(scores);
        System.out.printf("development set: entities F1=%.3f events F1=%.3f statistics F1=%.3f evidence=%.3f%n",
                total.entities().f1(), total.events().f1(), total.statistics().f1(), total.evidenceShare());
        assertThat(total.entities().f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(total.events().f1()).isGreaterThanOrEqualTo(0.85);
        assertThat(total.statistics().f1()).isGreaterThanOrEqualTo(0.90);
        assertThat(total.evidenceShare()).isEqualTo(1.0);
    }

    /**
     * The news development set, each article dated by its gold publication date as a user gives it: events F1 >= 0.85
     * and statistics >= 0.87 (issue 7 asked 0.80 and 0.85; 0.870 and 0.887 on 2026-12-01), every evidence found.
     */
    @Test
    void news_extraction_holds_its_level() throws IOException {
        List<Score> scores = new ArrayList<>();
        java.nio.file.Path gold = CorpusFiles.shared().resolve("gold-news"), docs = CorpusFiles.shared().resolve("corpus-news");
        try (var files = Files.list(gold)) {
            for (java.nio.file.Path g : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode answer = new ObjectMapper().readTree(g.toFile());
                java.nio.file.Path doc = docs.resolve(answer.path("doc").asText());
                String date = answer.path("metadata").path("date").asText();
                Extraction x = org.caytre.pipeline.Pipeline.standard().extract(doc, date);
                scores.add(new Scorer().score(answer, ExtractionJson.of(x), Files.readString(doc), false));
            }
        }
        Score total = Scorer.total(scores);
        System.out.printf("news development set: events F1=%.3f statistics F1=%.3f evidence=%.3f%n",
                total.events().f1(), total.statistics().f1(), total.evidenceShare());
        assertThat(scores).hasSize(24);
        assertThat(total.events().f1()).isGreaterThanOrEqualTo(0.87);
        assertThat(total.statistics().f1()).isGreaterThanOrEqualTo(0.90);
        assertThat(total.evidenceShare()).isEqualTo(1.0);
    }

    /** Scores every gold file of {@code goldSet} against its document in {@code docsSet}, dated by the gold publication date. */
    private static Score scoreSet(String goldSet, String docsSet) throws IOException {
        List<Score> scores = new ArrayList<>();
        java.nio.file.Path gold = CorpusFiles.shared().resolve(goldSet), docs = CorpusFiles.shared().resolve(docsSet);
        try (var files = Files.list(gold)) {
            for (java.nio.file.Path g : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode answer = new ObjectMapper().readTree(g.toFile());
                java.nio.file.Path doc = docs.resolve(answer.path("doc").asText());
                JsonNode meta = answer.path("metadata");
                String date = meta.path("date_is_publication").asBoolean(false) && meta.hasNonNull("date") ? meta.get("date").asText() : null;
                Extraction x = org.caytre.pipeline.Pipeline.standard().extract(doc, date);
                scores.add(new Scorer().score(answer, ExtractionJson.of(x), Files.readString(doc), false));
            }
        }
        return Scorer.total(scores);
    }

    /**
     * The 2024 news set (22 articles, 16 outlets; issue 15): 0.386 events and 0.683 statistics on 2026-12-04, 0.741 events
     * and 0.950 statistics on 2026-12-05, 0.814 events later that day, 0.888 in the next session, 0.905 and then 0.923 in the
     * two after. The bar (0.85 events,
     * 0.85 statistics) with floors a little under today's level so that a change that loses ground here fails.
     */
    @Test
    void news_2024_extraction_holds_its_level() throws IOException {
        Score total = scoreSet("gold-news-2024", "corpus-news-2024");
        System.out.printf("news 2024 development set: events F1=%.3f statistics F1=%.3f evidence=%.3f%n",
                total.events().f1(), total.statistics().f1(), total.evidenceShare());
        assertThat(total.events().f1()).isGreaterThanOrEqualTo(0.90);
        assertThat(total.statistics().f1()).isGreaterThanOrEqualTo(0.93);
        assertThat(total.evidenceShare()).isEqualTo(1.0);
    }

    /**
     * Ordinary news (80 articles, 11 real events; issue 16): at most 1 invented event, under one per 40 articles as the issue
     * asks (9 on 2026-12-04, 1 on 2026-12-05, 0 in the session after), and entity precision and recall at least 0.95 (0.864/0.98 on 2026-12-04,
     * 0.953/0.970 on 2026-12-05).
     */
    @Test
    void ordinary_news_invents_few_events_and_few_countries() throws IOException {
        Score total = scoreSet("gold-noise", "corpus-noise");
        int invented = total.events().predicted() - total.events().tp();
        System.out.printf("ordinary news: invented events=%d entities P=%.3f R=%.3f%n", invented, total.entities().precision(), total.entities().recall());
        assertThat(invented).isLessThanOrEqualTo(1);
        assertThat(total.entities().precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(total.entities().recall()).isGreaterThanOrEqualTo(0.95);
    }
}
