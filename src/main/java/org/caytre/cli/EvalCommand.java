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

    @Option(names = "--gold", required = true, description = "folder of gold JSON files (one per document); "
            + "repeat --gold and --docs to score several sets") List<Path> goldDirs;

    @Option(names = "--docs", required = true, description = "folder holding the documents the gold files name") List<Path> docsDirs;

    @Option(names = "--json", description = "print the scores as JSON") boolean json;

    @Option(names = "--markdown", description = "print one Markdown table, a row per set (the README's figures: bin/readme-figures)")
    boolean markdown;

    @Option(names = "--held-out", description = "compare only country ids and SCHEMA-listed ids among entities") boolean heldOut;

    @Option(names = "--misses", description = "also print, per document, the gold events missed and the predicted events matching none")
    boolean misses;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (goldDirs.size() != docsDirs.size()) {
            spec.commandLine().getErr().println("caytre eval: give one --docs per --gold (" + goldDirs.size() + " --gold, "
                    + docsDirs.size() + " --docs)");
            return 2;
        }
        if (json && goldDirs.size() > 1) {
            spec.commandLine().getErr().println("caytre eval: --json scores one set; give one --gold and one --docs");
            return 2;
        }
        int failures = 0;
        StringBuilder table = new StringBuilder(EvalMarkdown.HEADER);
        for (int i = 0; i < goldDirs.size(); i++) {
            List<Score> scores = new ArrayList<>();
            failures += score(goldDirs.get(i), docsDirs.get(i), scores);
            Score total = Scorer.total(scores);
            if (markdown) table.append(EvalMarkdown.row(goldDirs.get(i), scores.size(), total));
            else if (json) out.print(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(ScoreTable.json(scores, total)) + "\n");
            else out.print((goldDirs.size() > 1 ? "== " + goldDirs.get(i) + "\n" : "") + ScoreTable.text(scores, total));
        }
        if (markdown) out.print(table);
        out.flush();
        return failures == 0 ? 0 : 1;
    }

    /** Scores every gold file of {@code goldDir} into {@code scores}; returns how many could not be scored. */
    private int score(Path goldDir, Path docsDir, List<Score> scores) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<Path> golds;
        try (Stream<Path> s = Files.list(goldDir)) {
            golds = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
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
                    PrintWriter out = spec.commandLine().getOut();
                    if (!lines.isEmpty()) out.println("== " + gold.path("doc").asText());
                    for (String line : lines) out.println("  " + line);
                }
            } catch (IngestException | IOException e) {
                failures++;
                spec.commandLine().getErr().println("caytre: " + g.getFileName() + ": " + e.getMessage());
            }
        }
        return failures;
    }
}
