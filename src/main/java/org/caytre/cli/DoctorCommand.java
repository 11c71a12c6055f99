package org.caytre.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.caytre.kb.Store;
import org.caytre.kb.StoreDoctor;
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
 * missing documents are re-indexed. Exit 0 when all is well or repaired, 1 when a problem is left.
 */
@Command(name = "doctor", description = "Check the knowledge base and its search index, and repair what can be repaired.")
final class DoctorCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions storeOptions;

    @Option(names = "--check-only", description = "report, change nothing") boolean checkOnly;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path data = Store.dataDir(storeOptions.data);
        String db = storeOptions.db != null ? storeOptions.db : System.getenv("CAYTRE_DB");
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
