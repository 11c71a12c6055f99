package org.caytre.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.caytre.classify.AreaScores;
import org.caytre.classify.Classification;
import org.caytre.classify.LabelledPassage;
import org.caytre.classify.Relevance;
import org.caytre.ingest.IngestException;
import org.caytre.model.Document;
import org.caytre.model.Paragraph;
import org.caytre.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code caytre eval-areas}: relevance and areas of work scored against the labelled passages, per split. */
@Command(name = "eval-areas", description = "Score foreign-relations relevance and areas of work against labelled passages.")
final class EvalAreasCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--set", description = "the labelled passages (default: ${DEFAULT-VALUE})",
            defaultValue = "src/test/resources/classify/area-passages.tsv") Path set;

    @Option(names = "--shared", description = "the folder the set's file names are under (default: ${DEFAULT-VALUE})",
            defaultValue = "../shared") Path shared;

    @Option(names = "--split", description = "build, held-out or all (default: ${DEFAULT-VALUE})", defaultValue = "held-out") String split;

    @Option(names = "--json", description = "print the scores as JSON") boolean json;

    @Option(names = "--misses", description = "also print each passage whose labels differ: FILE#PARAGRAPH, gold, predicted, relevance")
    boolean misses;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        if (!List.of("build", "held-out", "all").contains(split)) {
            err.println("caytre eval-areas: --split must be build, held-out or all, not '" + split + "'");
            return 2;
        }
        if (!Files.isRegularFile(set)) {
            err.println("caytre eval-areas: " + set + ": no such file");
            return 2;
        }
        List<LabelledPassage> passages;
        try {
            passages = LabelledPassage.read(set);
        } catch (IOException e) {
            err.println("caytre eval-areas: " + e.getMessage());
            return 2;
        }
        try {
            AreaScores scores = score(passages, shared, split, misses ? out : null);
            if (json) out.println(json(scores, split));
            else print(out, scores, split);
            return 0;
        } catch (IllegalStateException | IngestException e) {
            err.println("caytre eval-areas: " + e.getMessage());
            return 1;
        }
    }

    /** Scores the passages of {@code split}, each document read, annotated and classified once. */
    static AreaScores score(List<LabelledPassage> passages, Path shared, String split, PrintWriter misses) {
        Map<String, Classification> classified = new LinkedHashMap<>();
        Map<String, Document> documents = new LinkedHashMap<>();
        AreaScores scores = new AreaScores();
        for (LabelledPassage p : passages) {
            if (split.equals("build") != p.build() && !split.equals("all")) continue;
            Document d = documents.computeIfAbsent(p.file(), f -> Pipeline.standard().parse(shared.resolve(f)));
            Classification c = classified.computeIfAbsent(p.file(), f -> Relevance.of(d, Pipeline.standard().annotate(d)));
            if (p.paragraph() >= d.paragraphs().size()) throw new IllegalStateException(p.file() + ": no paragraph " + p.paragraph());
            Paragraph para = d.paragraphs().get(p.paragraph());
            if (para.span().start() != p.start() || para.span().end() != p.end())
                throw new IllegalStateException(p.file() + ": paragraph " + p.paragraph() + " is now at " + para.span().start() + "-"
                        + para.span().end() + ", the set says " + p.start() + "-" + p.end() + " (the structure stage changed; relabel)");
            Classification.Passage got = c.paragraphs().get(p.paragraph());
            scores.add(p.relevant(), p.areas(), got.relevant(), got.areas());
            java.util.Set<org.caytre.classify.Area> predicted = got.relevant() ? got.areas() : java.util.Set.of();
            if (misses != null && (p.relevant() != got.relevant() || !p.areas().equals(predicted)))
                misses.printf("%s#%d\tgold %d %s\tgot %d %s\t%.2f%n", p.file(), p.paragraph(), p.relevant() ? 1 : 0,
                        org.caytre.classify.Area.join(p.areas()), got.relevant() ? 1 : 0, org.caytre.classify.Area.join(predicted), got.relevance());
        }
        return scores;
    }

    private static void print(PrintWriter out, AreaScores s, String split) {
        out.printf("%s passages: %d%n", split, s.passages());
        out.printf("%-14s %9s %6s %9s %6s%n", "label", "precision", "recall", "f1", "gold");
        s.counts().forEach((label, c) -> out.printf("%-14s %9.3f %6.3f %9.3f %6d%n", label, c.precision(), c.recall(), c.f1(), c.support()));
        AreaScores.Count all = s.areasMicro();
        out.printf("%-14s %9.3f %6.3f %9.3f %6d%n", "areas (micro)", all.precision(), all.recall(), all.f1(), all.support());
    }

    private static String json(AreaScores s, String split) {
        ObjectNode root = new ObjectMapper().createObjectNode().put("split", split).put("passages", s.passages());
        ObjectNode labels = root.putObject("labels");
        s.counts().forEach((label, c) -> labels.putObject(label).put("precision", c.precision()).put("recall", c.recall())
                .put("f1", c.f1()).put("support", c.support()).put("tp", c.truePositives()).put("fp", c.falsePositives())
                .put("fn", c.falseNegatives()));
        AreaScores.Count all = s.areasMicro();
        root.putObject("areas_micro").put("precision", all.precision()).put("recall", all.recall()).put("f1", all.f1());
        return root.toString();
    }
}
