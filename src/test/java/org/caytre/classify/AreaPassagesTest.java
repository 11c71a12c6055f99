package org.caytre.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.caytre.cli.Main;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The labelled passage set (src/test/resources/classify/area-passages.tsv, references into ../shared only): its size,
 * the agreement of its two labelling passes, and the classifier's precision and recall on the held-out half, printed
 * per label by {@code caytre eval-areas} (floors a little under today's figures, so a regression fails).
 */
class AreaPassagesTest {
    static final Path SET = Path.of("src/test/resources/classify/area-passages.tsv");

    @Test void the_set_has_300_references_two_passes_and_both_halves() throws Exception {
        List<LabelledPassage> set = LabelledPassage.read(SET);
        assertThat(set).hasSizeGreaterThanOrEqualTo(300);
        assertThat(set.stream().filter(LabelledPassage::build).count()).isBetween(120L, 180L);
        assertThat(set).extracting(LabelledPassage::file).allSatisfy(f -> assertThat(Path.of("../shared").resolve(f)).exists());
        // never the text: every column is a name, a number, a code or a digest
        for (String line : Files.readAllLines(SET)) if (!line.startsWith("#")) assertThat(line.length()).isLessThan(300);
        long agreeRelevant = set.stream().filter(p -> p.firstPass().relevant() == p.secondPass().relevant()).count();
        long agreeAreas = set.stream().filter(p -> p.firstPass().areas().equals(p.secondPass().areas())).count();
        System.out.printf("area passages: %d; passes agree on relevance %d/%d, on the exact area set %d/%d%n", set.size(),
                agreeRelevant, set.size(), agreeAreas, set.size());
        assertThat(agreeRelevant).isGreaterThan(set.size() * 9L / 10);
    }

    @Test void held_out_precision_and_recall_per_label() throws Exception {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        assertThat(cmd.execute("eval-areas", "--set", SET.toString(), "--json")).as(err.toString()).isZero();
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
        CommandLine table = Main.commandLine();
        StringWriter printed = new StringWriter();
        table.setOut(new PrintWriter(printed));
        table.execute("eval-areas", "--set", SET.toString());
        System.out.print(printed);
        assertThat(json.get("split").asText()).isEqualTo("held-out");
        assertThat(json.at("/labels/relevant/f1").asDouble()).isGreaterThan(0.85);
        assertThat(json.at("/areas_micro/f1").asDouble()).isGreaterThan(0.5);
    }
}
