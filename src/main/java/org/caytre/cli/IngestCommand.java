package org.caytre.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.caytre.kb.Ingester;
import org.caytre.kb.Store;
import org.caytre.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code caytre ingest PATH…}: parse, extract and store documents in the knowledge base, one transaction each. */
@Command(name = "ingest", description = "Parse, extract and store files, folders (recursively) and .jsonl(.gz) corpora in the knowledge base.")
final class IngestCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH") List<Path> paths;

    @Mixin StoreOptions storeOptions;

    @Option(names = "--date", paramLabel = "D", description = "document date for documents whose text and record give none (YYYY[-MM[-DD]])")
    String date;

    @Option(names = "--threads", defaultValue = "0", description = "parse/extract threads (0 = all cores)")
    int threads;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        int workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        try (Store store = storeOptions.open()) {
            Ingester ingester = new Ingester(store, Pipeline.standard(), date, workers);
            Ingester.Summary s;
            try (Progress progress = Terminal.interactive() ? new Bar() : new LogLines(err)) {
                s = ingester.run(paths, progress);
            }
            out.printf("ingest: %d stored, %d replaced, %d unchanged, %d failed (%d documents, %.1f MB in %.1f s, %.2f MB/s)%n",
                    s.stored(), s.replaced(), s.unchanged(), s.failed().size(), s.documents(), s.bytes() / 1e6, s.seconds(),
                    s.bytes() / 1e6 / Math.max(s.seconds(), 1e-9));
            for (Ingester.Failure f : s.failed()) err.println("caytre: " + f.source() + ": " + f.reason());
            out.flush();
            err.flush();
            return s.failed().isEmpty() ? 0 : 1;
        }
    }

    private interface Progress extends Ingester.Listener, AutoCloseable {
        @Override void close();
    }

    /** A progress bar on a terminal: documents, MB, rate and ETA (when the count is known). */
    private static final class Bar implements Progress {
        private final ProgressBar bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(-1)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" docs", 1).showSpeed().build();
        private long bytes, failed;

        @Override public void done(String source, Ingester.Status status, long size, String reason) {
            bytes += size;
            if (status == Ingester.Status.FAILED) failed++;
            bar.step();
            bar.setExtraMessage(String.format(" %.1f MB%s", bytes / 1e6, failed > 0 ? ", " + failed + " failed" : ""));
        }

        @Override public void close() { bar.close(); }
    }

    /** Plain lines every 5 seconds when the output is not a terminal (logs, CI). */
    private static final class LogLines implements Progress {
        private final PrintWriter err;
        private final long start = System.nanoTime();
        private long last = start, docs, bytes;

        LogLines(PrintWriter err) { this.err = err; }

        @Override public void done(String source, Ingester.Status status, long size, String reason) {
            docs++;
            bytes += size;
            long now = System.nanoTime();
            if (now - last > 5_000_000_000L) {
                last = now;
                double s = (now - start) / 1e9;
                err.printf("ingest: %d documents, %.1f MB, %.0f docs/s, %.2f MB/s%n", docs, bytes / 1e6, docs / s, bytes / 1e6 / s);
                err.flush();
            }
        }

        @Override public void close() {}
    }
}
