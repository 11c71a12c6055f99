package org.caytre.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.caytre.kb.IngestLog;
import org.caytre.kb.IngestStatus;
import org.caytre.kb.Ingester;
import org.caytre.kb.Store;
import org.caytre.pipeline.Pipeline;
import org.caytre.search.BackgroundIndexer;
import org.caytre.search.IndexSync;
import org.caytre.search.PassageIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code caytre ingest PATH…}: parse, extract and store documents in the knowledge base, up to {@code --batch} a transaction. */
@Command(name = "ingest", description = "Parse, extract and store files, folders (recursively) and .jsonl(.gz) corpora in the knowledge base.")
final class IngestCommand implements Callable<Integer> {
    /** Seconds between two commits of the search index during an ingest (a commit flushes and syncs segments; a
     *  crash loses only index work, which the next command rebuilds from the store). */
    private static final int INDEX_CHECKPOINT_SECONDS = 120;
    /** Documents each indexing thread may be behind the store's writer. */
    private static final int INDEX_QUEUE = 128;

    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH") List<Path> paths;

    @Mixin StoreOptions storeOptions;

    @Option(names = "--date", paramLabel = "YYYY[-MM[-DD]]", converter = DateOption.class,
            description = "the documents' date of publication or issue (a JSONL record's own date comes first); bare dates in the text take their year from it")
    String date;

    @Option(names = "--threads", defaultValue = "0", description = "parse/extract threads (0 = all cores)")
    int threads;

    @Option(names = "--batch", defaultValue = "" + Ingester.BATCH_DOCUMENTS, paramLabel = "N",
            description = "documents stored per transaction, at most (default ${DEFAULT-VALUE}; committed at least every second; each document whole or absent)")
    int batch;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        if (batch < 1) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--batch must be at least 1, not " + batch);
        int workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        try (Store store = storeOptions.open(); AutoCloseable writing = store.writerLock(err);
             PassageIndex index = PassageIndex.open(storeOptions.indexDir());
             IngestLog.Run log = IngestLog.start(store, "ingest", String.join(" ", paths.stream().map(Path::toString).toList()))) {
            IndexSync.Repair repair = IndexSync.repair(store, index);      // what a crash left behind
            if (repair.changed())
                err.printf("ingest: search index repaired (%d documents removed, %d rebuilt from the store)%n", repair.removed(), repair.rebuilt());
            Ingester ingester = new Ingester(store, Pipeline.standard(), date, workers, batch, Ingester.BATCH_TIME);
            Ingester.Summary s;
            long size = IngestLog.inputSize(paths);
            log.expect(size);
            try (Progress progress = Terminal.interactive() ? new Bar(size, err) : new LogLines(size, err)) {
                s = indexed(store, index, ingester, paths, log.and(progress), workers,
                        e -> log.finishQuietly(e.getMessage()));   // caytre status names why the run stopped
            }
            log.finish(null);
            out.printf("ingest: %d stored, %d replaced, %d unchanged, %d failed (%d documents, %.1f MB in %.1f s, %.2f MB/s)%n",
                    s.stored(), s.replaced(), s.unchanged(), s.failed().size(), s.documents(), s.bytes() / 1e6, s.seconds(),
                    s.bytes() / 1e6 / Math.max(s.seconds(), 1e-9));
            for (Ingester.Failure f : s.failed()) err.println("caytre: " + f.source() + ": " + f.reason());
            if (s.undated() > 0)
                err.printf("ingest: warning: %,d of the %,d documents stored have no date, so their events cannot be placed in time;"
                        + " give one with --date YYYY[-MM[-DD]], a \"date\" field in .jsonl records, or in HTML"
                        + " <meta name=\"date\"> / <time datetime> (Markdown: date in the front matter)%n",
                        s.undated(), s.stored() + s.replaced());
            out.flush();
            err.flush();
            return s.failed().isEmpty() ? 0 : 1;
        }
    }

    /**
     * Runs {@code ingester} with the search index written beside it: each committed document is indexed from its rows
     * (the same passages a repair would build) on {@code threads} threads of their own, committed at checkpoints and
     * at the end; the summary's time runs until the index is committed. {@code failed} hears of an exception before what was indexed of the committed documents is committed.
     */
    static Ingester.Summary indexed(Store store, PassageIndex index, Ingester ingester, List<Path> paths, Ingester.Listener listener,
                                    int threads, java.util.function.Consumer<Exception> failed) throws Exception {
        long start = System.nanoTime();
        try (BackgroundIndexer indexer = BackgroundIndexer.start(store, index, threads, INDEX_QUEUE, INDEX_CHECKPOINT_SECONDS)) {
            Ingester.Summary s;
            try {
                s = ingester.run(paths, listener, (docId, x) -> indexer.add(docId));
            } catch (Exception e) {
                failed.accept(e);
                // keep what was indexed of the committed documents; a broken index must not hide the first error
                try {
                    indexer.finish();
                } catch (RuntimeException commit) {
                    if (commit != e) e.addSuppressed(commit);   // the indexer's own failure may be e itself
                }
                throw e;
            }
            indexer.finish();
            index.settle();
            // the time until the last document is searchable, not only stored, in the segments searches read
            return new Ingester.Summary(s.stored(), s.replaced(), s.unchanged(), s.failed(), s.bytes(), (System.nanoTime() - start) / 1e9, s.undated());
        }
    }

    private interface Progress extends Ingester.Listener, AutoCloseable {
        @Override void close();
    }

    /** The reader's warnings, one line each, as {@code parse} prints them. */
    private static void warn(PrintWriter err, String source, String warning) {
        err.println("caytre: " + source + ": warning: " + warning);
        err.flush();
    }

    /** A progress bar on a terminal: MB of input, rate, ETA (when the input size is known), documents, failures. */
    private static final class Bar implements Progress {
        private final ProgressBar bar;
        private final PrintWriter err;
        private long docs, failed;

        Bar(long totalBytes, PrintWriter err) {
            this.err = err;
            bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(totalBytes < 0 ? -1 : Math.max(1, totalBytes))
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" MB", 1_000_000).showSpeed(new java.text.DecimalFormat("0.00"))
                    .build();
        }

        @Override public void done(String source, Ingester.Status status, long size, String reason) {
            docs++;
            if (status == Ingester.Status.FAILED) failed++;
            bar.stepBy(size);
            bar.setExtraMessage(String.format(" %d docs%s", docs, failed > 0 ? ", " + failed + " failed" : ""));
        }

        @Override public void warned(String source, String warning) { warn(err, source, warning); }

        @Override public void close() { bar.close(); }
    }

    /** Plain lines every 5 seconds when the output is not a terminal (logs, CI); with the ETA when the size is known. */
    private static final class LogLines implements Progress {
        private final PrintWriter err;
        private final long start = System.nanoTime(), total;
        private long last = start, docs, bytes;

        LogLines(long total, PrintWriter err) {
            this.total = total;
            this.err = err;
        }

        @Override public void warned(String source, String warning) { warn(err, source, warning); }

        @Override public void done(String source, Ingester.Status status, long size, String reason) {
            docs++;
            bytes += size;
            long now = System.nanoTime();
            if (now - last > 5_000_000_000L) {
                last = now;
                double s = (now - start) / 1e9;
                err.printf("ingest: %d documents, %.1f MB, %.0f docs/s, %.2f MB/s%s%n", docs, bytes / 1e6, docs / s, bytes / 1e6 / s,
                        total > 0 && bytes > 0 ? String.format(", %.0f%%, ETA %s", 100.0 * bytes / total,
                                IngestStatus.duration(Math.max(0, (total - bytes) * s / bytes))) : "");
                err.flush();
            }
        }

        @Override public void close() {}
    }
}
