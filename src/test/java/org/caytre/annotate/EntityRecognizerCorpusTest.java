package org.caytre.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import org.caytre.model.Document;
import org.caytre.extract.Extractor;
import org.caytre.structure.CorpusFiles;
import org.caytre.structure.StructureParser;
import org.junit.jupiter.api.Test;

/** Document-level entity sets on the four real documents against the gold answers (development set). */
class EntityRecognizerCorpusTest {
    @Test
    void entity_sets_match_gold() throws IOException {
        int tp = 0, predicted = 0, gold = 0;
        for (String name : new String[] {CorpusFiles.D000, CorpusFiles.D001, CorpusFiles.D002, CorpusFiles.D004}) {
            Document d = new StructureParser().parse(CorpusFiles.raw(name));
            Set<String> found = new TreeSet<>(new Extractor().extract(d, new Annotator().annotate(d)).entities());
            JsonNode g = new ObjectMapper().readTree(CorpusFiles.shared().resolve("gold").resolve(name.replace(".txt", ".json")).toFile());
            Set<String> expected = new TreeSet<>();
            g.get("entities").forEach(n -> expected.add(n.asText()));
            Set<String> hit = new TreeSet<>(found);
            hit.retainAll(expected);
            Set<String> missed = new TreeSet<>(expected);
            missed.removeAll(found);
            Set<String> extra = new TreeSet<>(found);
            extra.removeAll(expected);
            System.out.printf("%s P=%.3f R=%.3f missed=%s extra=%s%n", name, hit.size() / (double) found.size(),
                    hit.size() / (double) expected.size(), missed, extra);
            tp += hit.size();
            predicted += found.size();
            gold += expected.size();
        }
        double p = tp / (double) predicted, r = tp / (double) gold, f1 = 2 * p * r / (p + r);
        System.out.printf("entities micro P=%.3f R=%.3f F1=%.3f%n", p, r, f1);
        assertThat(f1).isGreaterThanOrEqualTo(0.95);
    }
}
