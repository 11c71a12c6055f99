package org.caytre.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.caytre.kb.Reclassifier;
import org.caytre.kb.Store;
import org.caytre.kb.StoreDoctor;
import org.caytre.pipeline.Pipeline;
import org.caytre.search.IndexSync;
import org.caytre.search.PassageIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code caytre doctor}: checks the store (SQLite's page check, counts, rows that point nowhere) and the search index
 * (Lucene's check of every segment, then each document's indexed content hash against the store) and repairs what it
 * can: a damaged database is reindexed or copied out, a missing or corrupt index is rebuilt from the store, stale or
 * missing documents are re-indexed. Exit 0 when all is well or repaired, 1 when a problem is left. With
 * {@code --reclassify}, only the classification backfill of documents stored before V30 ({@link Reclassifier}).
 */
@Command(name = "doctor", description = "Check the knowledge base and its search index, and repair what can be repaired.")
final class DoctorCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions storeOptions;

    @Option(names = "--check-only", description = "report, change nothing") boolean checkOnly;

    @Option(names = "--reclassify", description = "only compute the foreign-relations relevance and areas of work of documents stored "
            + "before they existed (V30), from their stored passages, in batches (one transaction each: a stopped run goes on where "
            + "it stopped), and re-index their areas")
    boolean reclassify;

    @Option(names = "--batch", defaultValue = "200", paramLabel = "N", description = "documents per transaction of --reclassify (default 200)")
    int batch;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path data = Store.dataDir(storeOptions.data);
        String db = storeOptions.db != null ? storeOptions.db : System.getenv("CAYTRE_DB");
        if (reclassify) return reclassify(out, data, db);
        StoreDoctor store = new StoreDoctor(Store.openForRepair(data, db), !checkOnly, line -> say(out, line));
        store.checkPages();
        if (store.problemsLeft() > 0) return finish(out, store.repaired(), store.problemsLeft());
        int repaired = store.repaired(), left = 0;
        try (Store opened = Store.open(data, db)) {
            store = new StoreDoctor(opened, !checkOnly, line -> say(out, line));
            store.checkRows();
            repaired += store.repaired();
            left += store.problemsLeft();
            int[] index = checkIndex(out, opened, storeOptions.indexDir());
            repaired += index[0];
            left += index[1];
        }
        return finish(out, repaired, left);
    }

    /** {repaired, left}. */
    private int[] checkIndex(PrintWriter out, Store store, Path dir) throws Exception {
        int repaired = 0, left = 0;
        String bad = Files.isDirectory(dir) ? PassageIndex.verify(dir) : "no index";
        if (bad != null) {
            say(out, "index " + dir + ": " + (bad.equals("no index") ? "missing" : bad));
            if (checkOnly) return new int[] {0, 1};
            deleteTree(dir);   // everything in it comes from the store
        } else {
            say(out, "index " + dir + ": every segment readable (Lucene CheckIndex)");
        }
        if (checkOnly) {
            try (PassageIndex index = PassageIndex.openReadOnly(dir)) {
                Map<String, String> indexed = index.documentHashes();
                long differ = IndexSync.differences(store, indexed);
                say(out, "index: " + indexed.size() + " documents indexed; " + differ + " stale, missing or extra");
                return new int[] {0, differ > 0 ? 1 : 0};
            }
        }
        try (PassageIndex index = PassageIndex.open(dir)) {
            IndexSync.Repair r = IndexSync.repair(store, index);
            if (bad != null) {
                repaired++;
                say(out, "index: rebuilt from the store (" + r.rebuilt() + " documents)");
            } else if (r.changed()) {
                repaired++;
                say(out, "index: " + r.rebuilt() + " stale or missing documents re-indexed, " + r.removed() + " removed");
            }
            long differ = IndexSync.differences(store, index.documentHashes());
            say(out, "index: " + index.documentHashes().size() + " documents, each on the stored version (content hash)"
                    + (differ > 0 ? "; " + differ + " still differ" : ""));
            if (differ > 0) left++;
        }
        return new int[] {repaired, left};
    }

    /**
     * The classification backfill ({@link Reclassifier}); each batch's areas reach the search index (a facet and a
     * filter there) from the batch's own transaction, before the store commits it. Exit 1 when a document is left.
     */
    private int reclassify(PrintWriter out, Path data, String db) throws Exception {
        if (checkOnly) throw new IllegalArgumentException("--reclassify writes; it cannot go with --check-only");
        if (batch < 1) throw new IllegalArgumentException("--batch must be at least 1, not " + batch);
        Path dir = storeOptions.indexDir();
        try (Store store = Store.open(data, db); AutoCloseable writing = store.writerLock(spec.commandLine().getErr());
             PassageIndex index = Files.isDirectory(dir) ? PassageIndex.open(dir) : null) {
            long lacking = Reclassifier.unclassified(store);
            if (lacking == 0) {
                say(out, "store: every document has its relevance and areas; nothing to reclassify");
                return 0;
            }
            say(out, String.format("store: %,d documents have no relevance or areas; classifying them, %d a transaction", lacking, batch));
            Reclassifier.Progress done = new Reclassifier(store, Pipeline.standard(), batch, Runtime.getRuntime().availableProcessors()).run(new Reclassifier.Listener() {
                @Override public void written(java.sql.Connection c, List<String> ids) throws Exception {
                    if (index == null) return;
                    try (IndexSync sync = IndexSync.within(c, index)) {
                        for (String id : ids) sync.index(id);
                    }
                    index.commit();
                }

                @Override public void committed(Reclassifier.Progress p) {
                    say(out, String.format("reclassified %,d of %,d documents", p.done(), p.total()));
                }
            });
            say(out, String.format("store: %,d documents reclassified (relevance of the document, relevance and areas of its passages,"
                    + " event mentions and statistics)%s", done.done(), done.failed() > 0 ? "; " + done.failed()
                    + " could not be rebuilt from their stored passages and are left as they were" : ""));
            say(out, index == null ? "index " + dir + ": none; caytre doctor builds it from the store, areas included"
                    : "index: the areas of those documents re-indexed");
            return done.failed() > 0 ? 1 : 0;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    private static int finish(PrintWriter out, int repaired, int left) {
        say(out, left > 0 ? left + " problem" + (left > 1 ? "s" : "") + " left" + (repaired > 0 ? ", " + repaired + " repaired" : "")
                : repaired > 0 ? "repaired " + repaired + " problem" + (repaired > 1 ? "s" : "") : "ok");
        return left > 0 ? 1 : 0;
    }

    private static void say(PrintWriter out, String line) {
        out.println("doctor: " + line);
        out.flush();
    }
}
