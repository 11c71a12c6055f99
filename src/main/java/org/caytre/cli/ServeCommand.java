package org.caytre.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
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

    @Option(names = "--write-token", paramLabel = "T", defaultValue = "${env:CAYTRE_WRITE_TOKEN}",
            description = "enables uploads (POST /api/v1/documents) for requests carrying 'Authorization: Bearer T' (default: $CAYTRE_WRITE_TOKEN; none: uploads are refused)")
    String writeToken;

    @Option(names = "--max-upload", paramLabel = "MB", defaultValue = "20", description = "largest upload in MB (default 20)") int maxUploadMb;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        WebServer server = WebServer.start(config(dataDir(storeOptions), storeOptions.db, host, port, writeToken, maxUploadMb));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        out.printf("caytre: serving %s at %s (uploads %s); Ctrl-C stops%n", dataDir(storeOptions), server.url(),
                writeToken == null || writeToken.isBlank() ? "off" : "on, with the write token");
        out.flush();
        stopped.await();
        return 0;
    }

    static Path dataDir(StoreOptions o) { return Store.dataDir(o.data); }

    static WebConfig config(Path data, String db, String host, int port, String token, int maxUploadMb) {
        return new WebConfig(data, db != null ? db : System.getenv("CAYTRE_DB"), host, port, token, maxUploadMb * 1024L * 1024);
    }
}
