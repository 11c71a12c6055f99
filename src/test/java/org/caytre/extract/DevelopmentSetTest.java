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
}
