package org.caytre.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.caytre.ingest.IngestException;
import org.caytre.model.Document;
import org.caytre.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code caytre demo}: the main job on the embedded default — the invented documents in samples/. */
@Command(name = "demo", description = "Read the sample documents (samples/) and print their structure, entities and events.")
final class DemoCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--dir", description = "folder of documents, relative to the current folder (default: the samples/ "
            + "folder of the installation, found wherever caytre is run from)")
    Path dir;

    /** samples/ in the current folder, else next to the jar (target/caytre.jar → ../samples) or its parents. */
    static Path samples() {
        if (Files.isDirectory(Path.of("samples"))) return Path.of("samples");
        try {
            Path at = Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath();
            for (int up = 0; up < 4 && at != null; up++, at = at.getParent())
                if (Files.isDirectory(at.resolve("samples"))) return at.resolve("samples");
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
        return null;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (dir == null) dir = samples();
        if (dir == null) {
            spec.commandLine().getErr().println("caytre demo: no samples/ folder next to the program or in the current folder; give one with --dir");
            return 2;
        }
        if (!Files.isDirectory(dir)) {
            spec.commandLine().getErr().println("caytre demo: " + dir + ": no such folder");
            return 2;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md")).sorted().toList();
        }
        int failures = 0;
        for (Path f : files) {
            try {
                var x = Pipeline.standard().extract(f);
                Document d = x.document();
                var m = d.metadata();
                out.printf("%-28s %-9s %3d paragraphs %3d sentences %2d sections %2d footnotes%n", f.getFileName(),
                        m.type() == null ? "-" : m.type(), d.paragraphs().size(), d.sentences().size(),
                        d.sections().size(), d.footnotes().size());
                if (m.title() != null) out.println("    title: " + m.title());
                out.printf("    %d entity ids (%s), %d people, %d events, %d statistics%n", x.entities().size(),
                        String.join(" ", x.entities()), x.annotations().people().size(), x.events().size(), x.statistics().size());
                for (var e : x.events())
                    out.printf("      %-20s %-22s %-12s %s%n", e.type(), String.join(",", e.participants()),
                            e.date() == null ? "-" : e.date(), e.attrs().isEmpty() ? "" : e.attrs());
            } catch (IngestException e) {
                failures++;
                spec.commandLine().getErr().println("caytre: " + e.getMessage());
            }
        }
        return failures == 0 ? 0 : 1;
    }
}
