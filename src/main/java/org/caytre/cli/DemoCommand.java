package org.caytre.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.caytre.ingest.IngestException;
import java.util.concurrent.CountDownLatch;
import org.caytre.pipeline.Pipeline;
import org.caytre.web.WebServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code caytre demo}: the product's first run — ingest the invented documents of samples/ into a fresh data directory
 * (with the progress bar of {@code caytre ingest}), print what was found, then serve the web UI over them. Without a
 * terminal (tests, CI) it stops after the summary unless {@code --serve} is given.
 */
@Command(name = "demo", description = "Ingest the sample documents (samples/) into a fresh data directory, print their structure, "
        + "entities and events, and open the web UI over them (caytre serve).")
final class DemoCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "data directory to fill (default: a new temporary one)")
    Path data;

    @Option(names = "--serve", negatable = true, fallbackValue = "true",
            description = "serve the UI afterwards (default: when run at a terminal); --no-serve prints the summary and stops")
    Boolean serve;

    @Option(names = "--port", defaultValue = "7070", description = "port of the UI (default 7070; 0 picks a free one)") int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to bind (default 127.0.0.1)") String host;

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
    public Integer call() throws IOException, InterruptedException {
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
        if (data == null) data = Files.createTempDirectory("caytre-demo");
        CommandLine ingest = Main.commandLine();
        ingest.setOut(out);
        ingest.setErr(spec.commandLine().getErr());
        List<String> args = new java.util.ArrayList<>(List.of("ingest", "--data", data.toString()));
        for (Path f : files) args.add(f.toString());
        int ingested = ingest.execute(args.toArray(String[]::new));   // the same path (progress bar, index) as caytre ingest
        int failures = 0;
        for (Path f : files) {
            try {
                out.println();
                for (String line : new DocumentSummary(Pipeline.standard().extract(f)).lines(f.getFileName().toString())) out.println(line);
            } catch (IngestException e) {
                failures++;
                spec.commandLine().getErr().println("caytre: " + e.getMessage());
            }
        }
        if (failures > 0 || ingested != 0) return 1;
        out.printf("%nThe knowledge base is in %s. Add your own documents (files, folders, .jsonl) with:%n"
                + "    bin/caytre ingest --data %s PATH…%n", data, data);
        if (!(serve != null ? serve : Terminal.interactive())) {
            out.printf("See them in the browser with:%n    bin/caytre serve --data %s%n", data);
            out.flush();
            return 0;
        }
        WebServer server = WebServer.start(ServeCommand.config(data, null, host, port, null, 20));
        out.printf("%nCây Tre is open at %s  (Ctrl-C stops it)%n", server.url());
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}
