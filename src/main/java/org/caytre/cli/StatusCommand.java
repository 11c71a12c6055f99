package org.caytre.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.caytre.intake.FailureRerun;
import org.caytre.intake.IndexedIngest;
import org.caytre.kb.FeedStore;
import org.caytre.kb.IngestStatus;
import org.caytre.kb.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code caytre status}: what ingest, watch and feeds did, from the store's ingestion log; re-runs the failures. */
@Command(name = "status", description = "Documents per source and day, the last runs, failures with their reasons, dead feeds (from the store's ingestion log).")
final class StatusCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin StoreOptions storeOptions;

    @Option(names = "--json") boolean json;

    @Option(names = "--days", defaultValue = "14", description = "days of documents per source shown (default 14)") int days;

    @Option(names = "--runs", defaultValue = "10", description = "last runs shown (default 10)") int runs;

    @Option(names = "--min-free", defaultValue = "1024", paramLabel = "MB",
            description = "alert when the data directory's disk has less than this free (default 1024 MB)")
    long minFreeMb;

    @Option(names = "--rerun-failures", description = "try every failed input again (files, feeds, feed items); exit 1 when some still fail")
    boolean rerun;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        try (Store store = storeOptions.open()) {
            if (rerun) return rerun(store, out, err);
            IngestStatus.Report r = new IngestStatus(store, Store.dataDir(storeOptions.data), minFreeMb * 1_000_000).report(days, runs);
            if (json) out.println(new ObjectMapper().writeValueAsString(r.json()));
            else print(r, out);
            out.flush();
            return 0;
        }
    }

    private static void print(IngestStatus.Report r, PrintWriter out) {
        out.printf("%d documents in the store, %d withdrawn (their files were deleted)%n", r.documents(), r.withdrawn());
        for (IngestStatus.Alert a : r.alerts()) out.println("ALERT: " + a.message());
        out.println();
        out.println("Documents ingested per day and source:");
        if (r.days().isEmpty()) out.println("  none in this period");
        for (IngestStatus.Day d : r.days()) out.printf("  %s  %5d  %s%n", d.day(), d.documents(), d.source());
        out.println();
        out.println("Last runs:");
        if (r.runs().isEmpty()) out.println("  none (runs are logged by ingest, watch and feeds poll)");
        for (IngestStatus.Run run : r.runs()) {
            out.printf("  %s  %-7s %-7s %d stored, %d replaced, %d unchanged, %d failed  %s%s%n", run.startedAt().substring(0, 19),
                    run.kind(), run.running() ? "running" : run.status(), run.stored(),
                    run.replaced(), run.unchanged(), run.failed(), run.label(), run.error() == null ? "" : "  (" + run.error() + ")");
            if (run.running()) out.println("      " + progress(run, r.at()));
            if (run.timing().slowest() != null || run.timing().commits() > 0) out.println("      " + timing(run.timing()));
        }
        out.println();
        out.println("Failures (latest attempt failed; caytre status --rerun-failures tries them again):");
        if (r.failures().isEmpty()) out.println("  none");
        for (IngestStatus.Failure f : r.failures()) out.printf("  %s  %s: %s%n", f.at().substring(0, 19), f.source(), f.error());
        if (!r.feeds().isEmpty()) {
            out.println();
            out.println("Feeds:");
            for (FeedStore.Feed f : r.feeds())
                out.printf("  %-20s %s%n", f.name(), FeedsCommand.health(f));
        }
    }

    /** "documents 41.2 s on the workers (slowest 2.1 s: /kho/a.pdf); 20 commits, 3.4 s" */
    static String timing(IngestStatus.Timing t) {
        StringBuilder b = new StringBuilder(String.format(java.util.Locale.ROOT, "documents %.1f s on the workers", t.documentSeconds()));
        if (t.slowest() != null) b.append(String.format(java.util.Locale.ROOT, " (slowest %.1f s: %s)", t.slowestSeconds(), t.slowest()));
        return b.append(String.format(java.util.Locale.ROOT, "; %d commits, %.1f s", t.commits(), t.commitSeconds())).toString();
    }

    /** "1,234 documents, 12.0 of 40.0 MB (30%), ETA 3 min" (size or ETA left out when unknown). */
    static String progress(IngestStatus.Run run, java.time.Instant now) {
        StringBuilder b = new StringBuilder(String.format("%,d documents, %.1f", run.doneDocuments(), run.doneBytes() / 1e6));
        if (run.fraction() != null) b.append(String.format(" of %.1f MB (%.0f%%)", run.totalBytes() / 1e6, 100 * run.fraction()));
        else b.append(" MB");
        Double eta = run.etaSeconds(now);
        if (eta != null) b.append(", ETA ").append(IngestStatus.duration(eta));
        if (run.stalled(now)) b.append(", no progress for ").append(IngestStatus.STALLED_MINUTES).append("+ minutes");
        return b.toString();
    }

    /** The failures tried again ({@link FailureRerun}, the path the server's re-run button takes too). */
    private int rerun(Store store, PrintWriter out, PrintWriter err) throws Exception {
        FailureRerun.Result r;
        try {
            r = FailureRerun.run(store, () -> IndexedIngest.open(store, storeOptions.indexDir(), err),
                    Store.dataDir(storeOptions.data).resolve("feeds"), err);
        } catch (FailureRerun.Busy e) {
            err.println("caytre status: " + e.getMessage());
            err.flush();
            return 1;
        }
        for (FailureRerun.Skipped s : r.skipped()) err.println("caytre status: " + s.source() + ": " + s.reason());
        if (r.runId() == null) out.println("status: no failures to re-run");
        else out.printf("status: re-ran %d failures: %d stored, %d still failing%s%n", r.failures(), r.stored(), r.stillFailing(),
                r.skipped().isEmpty() ? "" : ", " + r.skipped().size() + " not re-runnable here");
        out.flush();
        err.flush();
        return r.stillFailing() + r.skipped().size() > 0 ? 1 : 0;
    }
}
