package org.caytre.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.caytre.intake.FeedSchedule;
import org.caytre.kb.Store;
import org.caytre.web.WebConfig;
import org.caytre.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code caytre serve}: the API and the web UI over a data directory, until stopped (Ctrl-C). */
@Command(name = "serve", description = "Serve the JSON API (/api/v1) and the web UI over the knowledge base and its search index.")
final class ServeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions storeOptions;

    @Option(names = "--port", defaultValue = "7070", description = "port (default 7070; 0 picks a free one)") int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to bind (default 127.0.0.1: this machine only)") String host;

    @Option(names = "--write-token-file", paramLabel = "FILE",
            description = "enables uploads (POST /api/v1/documents) for requests carrying 'Authorization: Bearer T', T being the first line of FILE "
                    + "(or $CAYTRE_WRITE_TOKEN; neither: uploads are refused)")
    Path writeTokenFile;

    @Option(names = "--write-token", paramLabel = "T", hidden = true,
            description = "the write token itself (shows in the process list: prefer --write-token-file or CAYTRE_WRITE_TOKEN)")
    String writeToken;

    @Option(names = "--allow-host", paramLabel = "NAME", split = ",", defaultValue = "${env:CAYTRE_ALLOWED_HOSTS}",
            description = "host names the server answers to besides localhost, 127.0.0.1, [::1] and the --host address "
                    + "(comma-separated; default $CAYTRE_ALLOWED_HOSTS); requests naming another host get 403, so a web page "
                    + "cannot reach the server through DNS rebinding")
    List<String> allowHosts;

    @Option(names = "--reviewers", paramLabel = "FILE", defaultValue = "${env:CAYTRE_REVIEWERS}",
            description = "token file of the named reviewers, one 'name<TAB>token' a line (default: $CAYTRE_REVIEWERS); reviews need one of these tokens or the write token")
    Path reviewers;

    @Option(names = "--feeds-every", paramLabel = "MINUTES",
            description = "poll every feed (caytre feeds add) at start and then this often, as caytre feeds poll does (default: never); "
                    + "with uploads on, through the server's own writer, uploads taking turns with each fetched page")
    Double feedsEvery;

    @Option(names = "--max-upload", paramLabel = "MB", defaultValue = "20", description = "largest upload in MB (default 20)") int maxUploadMb;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        String token = writeToken(err);
        boolean uploads = token != null && !token.isBlank();
        if (feedsEvery != null && !(feedsEvery > 0)) {
            err.println("caytre serve: --feeds-every must be a positive number of minutes, not " + feedsEvery);
            return 2;
        }
        WebConfig config = config(dataDir(storeOptions), storeOptions.db, host, port, token, maxUploadMb)
                .withAllowedHosts(allowHosts == null ? Set.of() : Set.copyOf(allowHosts)).withReviewers(reviewers);
        WebServer server = WebServer.start(config);
        java.time.Duration every = feedsEvery == null ? null : java.time.Duration.ofMillis(Math.round(feedsEvery * 60_000));
        FeedSchedule feeds = every == null ? null : server.writer("a feeds poll")   // uploads on: the server holds the index's writer
                .map(writer -> FeedSchedule.through(writer, config.dataDir(), every, err))
                .orElseGet(() -> FeedSchedule.start(config.dataDir(), config.dbUrl(), every, err));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                if (feeds != null) feeds.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            server.close();
            stopped.countDown();
        }));
        out.printf("caytre: serving %s at %s (uploads %s%s); Ctrl-C stops%n", dataDir(storeOptions), server.url(),
                uploads ? "on, with the write token" : "off", feeds == null ? "" : ", feeds polled every " + feedsEvery + " min");
        out.flush();
        stopped.await();
        return 0;
    }

    /** The token from --write-token-file, else $CAYTRE_WRITE_TOKEN, else --write-token (with a warning); null: none. */
    private String writeToken(PrintWriter err) {
        return token(writeTokenFile, System.getenv("CAYTRE_WRITE_TOKEN"), writeToken, err);   // a bad file: one line, exit 2
    }

    static String token(Path file, String env, String option, PrintWriter err) {
        if (file != null) {
            try {
                String first = Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
                if (first.isEmpty()) throw new IllegalArgumentException("--write-token-file " + file + ": the file is empty");
                return first;
            } catch (IOException | java.io.UncheckedIOException e) {
                throw new IllegalArgumentException("--write-token-file " + file + ": cannot read ("
                        + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()) + ")", e);
            }
        }
        if (env != null && !env.isBlank()) return env.strip();
        if (option != null) {
            err.println("caytre serve: warning: --write-token shows in the process list; use --write-token-file FILE or CAYTRE_WRITE_TOKEN");
            err.flush();
        }
        return option;
    }

    static Path dataDir(StoreOptions o) { return Store.dataDir(o.data); }

    static WebConfig config(Path data, String db, String host, int port, String token, int maxUploadMb) {
        return new WebConfig(data, db != null ? db : System.getenv("CAYTRE_DB"), host, port, token, maxUploadMb * 1024L * 1024);
    }
}
