import java.lang.management.ManagementFactory;
import java.nio.file.*;
import java.sql.*;
import java.util.*;
import java.util.concurrent.*;
import org.caytre.kb.Store;
import org.caytre.search.IndexSync;
import org.caytre.search.PassageIndex;

/**
 * The search-index half of an ingest alone (issue 22): every document of an existing data directory's store indexed
 * from its rows (IndexSync.index, as ingest's indexing threads do) into a fresh index on T threads, then committed.
 * Prints wall seconds, process CPU seconds, MB of stored text per CPU second and the index size. Run it on a data
 * directory that `caytre bench ingest --data DIR` filled:
 *
 *   java -Xmx1g -cp target/caytre.jar bin/profile/IndexBench.java DATA-DIR OUT-INDEX-DIR [THREADS] [ROUNDS]
 */
public class IndexBench {
    public static void main(String[] a) throws Exception {
        Path data = Path.of(a[0]), out = Path.of(a[1]);
        int threads = a.length > 2 ? Integer.parseInt(a[2]) : 2, rounds = a.length > 3 ? Integer.parseInt(a[3]) : 1;
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (Store store = Store.open(data, null)) {
            List<String> ids = new ArrayList<>();
            long textBytes = 0;
            try (Connection c = store.connect(); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT d.id, (SELECT SUM(LENGTH(CAST(p.text AS BLOB))) FROM passages p WHERE p.doc_id = d.id) FROM documents d ORDER BY d.rowid")) {
                while (r.next()) { ids.add(r.getString(1)); textBytes += r.getLong(2); }
            }
            for (int round = 1; round <= rounds; round++) {
                Path dir = out.resolve("r" + round);
                delete(dir);
                long cpu0 = os.getProcessCpuTime(), t0 = System.nanoTime();
                try (PassageIndex index = PassageIndex.open(dir)) {
                    ExecutorService pool = Executors.newFixedThreadPool(threads);
                    List<Future<?>> fs = new ArrayList<>();
                    for (int t = 0; t < threads; t++) {
                        int lane = t;
                        fs.add(pool.submit(() -> {
                            try (IndexSync sync = IndexSync.open(store, index)) {
                                for (int i = lane; i < ids.size(); i += threads) sync.index(ids.get(i));
                            }
                            return null;
                        }));
                    }
                    for (Future<?> f : fs) f.get();
                    pool.shutdown();
                    long cpu1 = os.getProcessCpuTime(), t1 = System.nanoTime();
                    index.commit();
                    long cpu2 = os.getProcessCpuTime(), t2 = System.nanoTime();
                    System.out.printf("round=%d docs=%d text_MB=%.1f threads=%d wall_s=%.2f cpu_s=%.2f (add %.2f, commit %.2f) text_MB_per_cpu_s=%.2f passages=%d index_MB=%.1f%n",
                            round, ids.size(), textBytes / 1e6, threads, (t2 - t0) / 1e9, (cpu2 - cpu0) / 1e9, (cpu1 - cpu0) / 1e9,
                            (cpu2 - cpu1) / 1e9, textBytes / 1e6 / ((cpu2 - cpu0) / 1e9), index.passageCount(), size(dir) / 1e6);
                }
            }
        }
    }

    static long size(Path p) throws Exception {
        try (var w = Files.walk(p)) { return w.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum(); }
    }

    static void delete(Path p) throws Exception {
        if (!Files.exists(p)) return;
        try (var w = Files.walk(p)) { for (Path f : w.sorted(Comparator.reverseOrder()).toList()) Files.delete(f); }
    }
}
