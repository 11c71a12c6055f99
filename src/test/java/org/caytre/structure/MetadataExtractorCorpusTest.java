package org.caytre.structure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.caytre.model.Metadata;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Metadata of the four real documents against the hand-made gold answers. */
class MetadataExtractorCorpusTest {
    @ParameterizedTest
    @ValueSource(strings = {CorpusFiles.D000, CorpusFiles.D001, CorpusFiles.D002, CorpusFiles.D004})
    void metadata_matches_gold(String name) throws IOException {
        JsonNode gold = new ObjectMapper().readTree(CorpusFiles.shared().resolve("gold")
                .resolve(name.replace(".txt", ".json")).toFile()).get("metadata");
        Metadata m = new StructureParser().parse(CorpusFiles.raw(name)).metadata();
        assertThat(m.title()).isEqualTo(text(gold, "title"));
        assertThat(m.issuer()).isEqualTo(text(gold, "issuer"));
        assertThat(m.number()).isEqualTo(text(gold, "number"));
        assertThat(m.date()).isEqualTo(text(gold, "date"));
        assertThat(m.referenceYear()).isEqualTo(gold.get("reference_year").asInt());
    }

    private static String text(JsonNode n, String field) { return n.get(field).isNull() ? null : n.get(field).asText(); }
}
