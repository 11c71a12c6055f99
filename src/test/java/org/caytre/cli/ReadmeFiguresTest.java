package org.caytre.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.caytre.structure.CorpusFiles;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The README's development scores are what {@code caytre eval --markdown} prints now: its figures block must equal the
 * command's output. When extraction changes, {@code bin/readme-figures} rewrites the block.
 */
class ReadmeFiguresTest {
    @Test
    void the_readme_figures_are_what_caytre_eval_prints() throws Exception {
        Path shared = CorpusFiles.shared();
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int status = cl.execute("eval", "--markdown", "--gold", shared.resolve("gold").toString(), "--docs",
                shared.resolve("corpus").toString(), "--gold", shared.resolve("gold-news").toString(), "--docs",
                shared.resolve("corpus-news").toString(), "--gold", shared.resolve("gold-news-2024").toString(), "--docs",
                shared.resolve("corpus-news-2024").toString(), "--gold", shared.resolve("gold-noise").toString(), "--docs",
                shared.resolve("corpus-noise").toString());
        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString()).contains("| `gold` | 4 |", "| `gold-news` | 24 |", "| `gold-news-2024` | 22 |");
        assertThat(figuresBlock(Files.readString(Path.of("README.md"))))
                .as("README.md's figures block is out of date: run bin/readme-figures and commit README.md")
                .isEqualTo(out.toString());
    }

    /** The lines between "<!-- figures" and "<!-- /figures -->", each ending with a newline. */
    static String figuresBlock(String readme) {
        int open = readme.indexOf("\n<!-- figures");
        assertThat(open).as("README.md has a <!-- figures --> block").isNotNegative();
        int start = readme.indexOf('\n', open + 1) + 1, end = readme.indexOf("<!-- /figures -->", start);
        assertThat(end).as("README.md's figures block is closed by <!-- /figures -->").isPositive();
        return readme.substring(start, end);
    }
}
