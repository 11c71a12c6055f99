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
        assertThat(total.events().f1()).isGreaterThanOrEqualTo(0.85);
        assertThat(total.statistics().f1()).isGreaterThanOrEqualTo(0.87);
        assertThat(total.evidenceShare()).isEqualTo(1.0);
    }
}
