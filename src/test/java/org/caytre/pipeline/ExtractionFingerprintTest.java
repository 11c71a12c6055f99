package org.caytre.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caytre.extract.ExtractionJson;
import org.caytre.extract.eval.Counts;
import org.caytre.extract.eval.Score;
import org.caytre.extract.eval.Scorer;
import org.caytre.ingest.PublicationDate;
import org.caytre.structure.CorpusFiles;
import org.junit.jupiter.api.Test;

/**
 * Speed work must not change what is extracted: on the four development sets, the {@code eval} totals and a SHA-256
 * of every document's events and statistics (their JSON, documents in file order) must equal the values stored in
 * {@value #STORED}. A change of the extraction rules changes them on purpose; then regenerate the file with
 * <pre>CAYTRE_UPDATE_FINGERPRINT=1 ./mvnw -q test -Dtest=ExtractionFingerprintTest</pre>
 * and commit it with the rule change (the diff shows which sets moved).
 */
class ExtractionFingerprintTest {
    static final String STORED = "src/test/resources/org/caytre/pipeline/extraction-fingerprint.tsv";
    private static final String REGENERATE = "CAYTRE_UPDATE_FINGERPRINT=1 ./mvnw -q test -Dtest=ExtractionFingerprintTest";
    /** gold folder → documents folder, as {@code caytre eval --gold G --docs D} takes them. */
    private static final String[][] SETS = {
            {"gold", "corpus"}, {"gold-news", "corpus-news"}, {"gold-news-2024", "corpus-news-2024"}, {"gold-noise", "corpus-noise"}};

    @Test
    void extraction_is_byte_identical_to_the_stored_fingerprint() throws Exception {
        Map<String, String> now = new LinkedHashMap<>();
        for (String[] set : SETS) now.put(set[0], fingerprint(set[0], set[1]));
        Path stored = Path.of(STORED);
        if (System.getenv("CAYTRE_UPDATE_FINGERPRINT") != null) {
            StringBuilder b = new StringBuilder("# set\teval totals (entities, events, statistics as tp/predicted/gold; evidence found/total)"
                    + "\tSHA-256 of the events and statistics JSON of every document.\n# Written by: " + REGENERATE + "\n");
            now.forEach((set, line) -> b.append(set).append('\t').append(line).append('\n'));
            Files.writeString(stored, b.toString(), StandardCharsets.UTF_8);
        }
        Map<String, String> expected = new LinkedHashMap<>();
        for (String line : Files.readAllLines(stored, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) continue;
            int tab = line.indexOf('\t');
            expected.put(line.substring(0, tab), line.substring(tab + 1));
        }
        for (String set : now.keySet())
            assertThat(now.get(set)).as("extraction on %s differs from %s. If an extraction rule changed on purpose, regenerate"
                    + " the file with `%s` and commit it; if only speed work changed, this is a bug", set, STORED, REGENERATE)
                    .isEqualTo(expected.get(set));
    }

    /** The set's eval totals and the hash of its predictions, as one line. */
    private static String fingerprint(String goldSet, String docsSet) throws IOException, NoSuchAlgorithmException {
        ObjectMapper mapper = new ObjectMapper();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        List<Score> scores = new ArrayList<>();
        Path gold = CorpusFiles.shared().resolve(goldSet), docs = CorpusFiles.shared().resolve(docsSet);
        List<Path> golds;
        try (var files = Files.list(gold)) {
            golds = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path g : golds) {
            JsonNode answer = mapper.readTree(g.toFile());
            Path doc = docs.resolve(answer.path("doc").asText());
            JsonNode meta = answer.path("metadata");   // dated as caytre eval dates it
            String date = meta.path("date_is_publication").asBoolean(false) && meta.hasNonNull("date")
                    ? PublicationDate.parse(meta.get("date").asText()) : null;
            JsonNode prediction = ExtractionJson.of(Pipeline.standard().extract(doc, date));
            scores.add(new Scorer().score(answer, prediction, Files.readString(doc, StandardCharsets.UTF_8), false));
            sha.update((answer.path("doc").asText() + "\n" + prediction.path("events") + "\n" + prediction.path("statistics") + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        Score t = Scorer.total(scores);
        return counts(t.entities()) + " " + counts(t.events()) + " " + counts(t.statistics()) + " " + t.evidenceFound() + "/"
                + t.evidenceTotal() + "\t" + HexFormat.of().formatHex(sha.digest());
    }

    private static String counts(Counts c) { return c.tp() + "/" + c.predicted() + "/" + c.gold(); }
}
