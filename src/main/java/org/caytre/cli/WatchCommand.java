package org.caytre.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.Callable;
import org.caytre.intake.FolderWatch;
import org.caytre.intake.IndexedIngest;
import org.caytre.kb.FeedStore;
import org.caytre.kb.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code caytre watch DIR…}: ingests new and changed files as they land, withdraws deleted ones, until stopped. */
@Command(name = "watch", description = "Keep folders ingested: new and changed files are read once they stop changing, deleted ones are withdrawn (their facts stay).")
final class WatchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "DIR") List<Path> folders = new ArrayList<>();

    @Mixin StoreOptions storeOptions;

    @Option(names = "--ignore", paramLabel = "GLOB", description = "file names or paths (relative to DIR) never read; repeatable (always ignored: "
            + "dot files, *.part, *.tmp, *.crdownload, ~$*, *.swp, *~)")
    List<String> ignore = new ArrayList<>();

    @Option(names = "--interval", defaultValue = "2", paramLabel = "SECONDS",
            description = "seconds between two checks; a file is read when it is the same at two checks in a row (default 2)")
    double interval;

    @Option(names = "--once", description = "check twice, an interval apart, ingest what is stable and stop (for cron)")
    boolean once;

    @Option(names = "--feeds-every", paramLabel = "MINUTES",
            description = "also poll every feed (caytre feeds add) this often, as caytre feeds poll does")
    Double feedsEvery;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        if (folders.isEmpty() && feedsEvery == null) {
            err.println("caytre watch: give a folder to watch (DIR) or --feeds-every MINUTES");
            return 2;
        }
        if (feedsEvery != null && !(feedsEvery > 0)) {
            err.println("caytre watch: --feeds-every must be a positive number of minutes, not " + feedsEvery);
            return 2;
        }
        for (Path f : folders)
            if (!Files.isDirectory(f)) {
                err.println("caytre watch: " + f + ": no such folder");
                return 2;
            }
        if (!(interval > 0)) {
            err.println("caytre watch: --interval must be a positive number of seconds, not " + interval);
            return 2;
        }
        long millis = Math.round(interval * 1000);
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {   // Ctrl-C: let the current check end (its run is logged as finished)
            stop.set(true);
            try {
                stopped.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(hook);
        try (Store store = storeOptions.open(); IndexedIngest ingest = IndexedIngest.open(store, storeOptions.indexDir(), err)) {
            FolderWatch watch = new FolderWatch(ingest, folders, ignore, out);
            if (once) {
                watch.check();
                Thread.sleep(millis);
                FolderWatch.Check c = watch.check();
                boolean feedsOk = feedsEvery == null || pollFeeds(store, ingest, out, err);
                out.printf("watch: %d stored, %d unchanged, %d failed, %d withdrawn, %d still changing%n",
                        c.stored(), c.unchanged(), c.failed(), c.withdrawn(), c.waiting());
                out.flush();
                return c.failed() > 0 || !feedsOk ? 1 : 0;
            }
            out.printf("watch: checking %s every %s s%s (Ctrl-C stops)%n", String.join(", ", folders.stream().map(Path::toString).toList()),
                    interval, feedsEvery == null ? "" : ", feeds every " + feedsEvery + " min");
            out.flush();
            long nextFeeds = System.nanoTime();
            while (!stop.get()) {
                if (!folders.isEmpty()) watch.check();
                if (feedsEvery != null && System.nanoTime() - nextFeeds >= 0) {
                    pollFeeds(store, ingest, out, err);
                    nextFeeds = System.nanoTime() + Math.round(feedsEvery * 60e9);
                }
                Thread.sleep(millis);
            }
            return 0;
        } finally {
            stopped.countDown();
            if (!stop.get()) Runtime.getRuntime().removeShutdownHook(hook);
        }
    }

    private boolean pollFeeds(Store store, IndexedIngest ingest, PrintWriter out, PrintWriter err) throws Exception {
        List<FeedStore.Feed> feeds = new FeedStore(store).list();
        return feeds.isEmpty() || FeedsCommand.poll(ingest, feeds, Store.dataDir(storeOptions.data), out, err);
    }
}
