package org.caytre.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.caytre.extract.eval.Counts;
import org.caytre.extract.eval.Score;

/** {@code caytre eval --markdown}: the README's table of development scores, one row per gold set. */
final class EvalMarkdown {
    static final String HEADER = """
            | gold set | documents | entities F1 | events P / R / F1 | statistics P / R / F1 | evidence found |
            | --- | ---: | ---: | ---: | ---: | ---: |
            """;

    private EvalMarkdown() {}

    static String row(Path goldDir, int documents, Score total) {
        return String.format(Locale.ROOT, "| `%s` | %d | %.3f | %s | %s | %.1f %% |%n", goldDir.getFileName(), documents,
                total.entities().f1(), prf(total.events()), prf(total.statistics()), 100 * total.evidenceShare());
    }

    private static String prf(Counts c) {
        return String.format(Locale.ROOT, "%.3f / %.3f / **%.3f**", c.precision(), c.recall(), c.f1());
    }
}
