package org.caytre.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.caytre.extract.eval.Score;
import org.caytre.extract.eval.ScoreTable;
import org.caytre.extract.eval.Scorer;
import org.caytre.ingest.IngestException;
import org.caytre.ingest.PublicationDate;
import org.caytre.extract.ExtractionJson;
import org.caytre.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code caytre eval --gold DIR --docs DIR}: extraction scored against gold files (shared/gold/SCORING.md). */
@Command(name = "eval", description = "Score extraction against gold answers, per document and in total.")
final class EvalCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--gold", required = true, description = "folder of gold JSON files (one per document)") Path goldDir;

    @Option(names = "--docs", required = true, description = "folder holding the documents the gold files name") Path docsDir;

    @Option(names = "--json", description = "print the scores as JSON") boolean json;

    @Option(names = "--held-out", description = "compare only country ids and SCHEMA-listed ids among entities") boolean heldOut;

    @Option(names = "--misses", description = "also print, per document, the gold events missed and the predicted events matching none")
    boolean misses;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        ObjectMapper mapper = new ObjectMapper();
        List<Path> golds;
        try (Stream<Path> s = Files.list(goldDir)) {
            golds = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        List<Score> scores = new ArrayList<>();
        int failures = 0;
        for (Path g : golds) {
            JsonNode gold = mapper.readTree(g.toFile());
            Path doc = docsDir.resolve(gold.path("doc").asText());
            try {
                // news gold gives the publication date a user would give with the article (--date, JSONL date)
                JsonNode meta = gold.path("metadata");
                String date = meta.path("date_is_publication").asBoolean(false) && meta.hasNonNull("date")
                        ? PublicationDate.parse(meta.get("date").asText()) : null;
                JsonNode prediction = ExtractionJson.of(Pipeline.standard().extract(doc, date));
                String text = Files.readString(doc, StandardCharsets.UTF_8);
                scores.add(new Scorer().score(gold, prediction, text, heldOut));
                if (misses) {
                    List<String> lines = Scorer.eventMisses(gold, prediction);
                    if (!lines.isEmpty()) out.println("== " + gold.path("doc").asText());
                    for (String line : lines) out.println("  " + line);
                }
            } catch (IngestException | IOException e) {
                failures++;
                spec.commandLine().getErr().println("caytre: " + g.getFileName() + ": " + e.getMessage());
            }
        }
        Score total = Scorer.total(scores);
        out.print(json ? mapper.writerWithDefaultPrettyPrinter().writeValueAsString(ScoreTable.json(scores, total)) + "\n"
                : ScoreTable.text(scores, total));
        out.flush();
        return failures == 0 ? 0 : 1;
    }
}
