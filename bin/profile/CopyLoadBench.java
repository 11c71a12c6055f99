import java.lang.management.ManagementFactory;
import java.nio.file.*;
import java.sql.*;
import java.util.*;
import org.caytre.ingest.JsonlCorpus;
import org.caytre.kb.*;
import org.caytre.pipeline.Pipeline;

/**
 * PostgreSQL's two loads side by side (issue 22: COPY against batched multi-row INSERTs), less at the mercy of a
 * shared machine's load than runs one after the other: the corpus is prepared (parse and extract, not timed) 480
 * documents at a time, and each chunk is written by every load in turn, each into a fresh schema of its own, in
 * transactions of N documents. Per load: documents/s over the time spent writing, the writer thread's CPU and the CPU
 * of the PostgreSQL backend serving it (read from /proc: run it on the database's machine, as root or postgres).
 *
 *   java -Xmx3g -cp target/caytre.jar bin/profile/CopyLoadBench.java CORPUS.jsonl JDBC-URL N copy,insert[,…]
 */
public class CopyLoadBench {
    public static void main(String[] a) throws Exception {
        Path corpus = Path.of(a[0]);
        String base = a[1];
        int n = Integer.parseInt(a[2]);
        List<String> loads = List.of(a[3].split(","));
        List<String> lines = Files.readAllLines(corpus);
        var bean = ManagementFactory.getThreadMXBean();
        Ingester ing = new Ingester(null, Pipeline.standard(), null, 1);
        int k = loads.size();
        DocumentWriter[] writers = new DocumentWriter[k];
        int[] backends = new int[k];
        long[] nanos = new long[k], cpu = new long[k], server = new long[k];
        try (Connection admin = DriverManager.getConnection(base)) {
            for (int i = 0; i < k; i++) {
                String schema = "bench_" + loads.get(i) + "_" + i + "_" + Long.toHexString(System.nanoTime());
                try (Statement s = admin.createStatement()) { s.execute("CREATE SCHEMA " + schema); }
                String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema + "&ApplicationName=" + schema;
                Store store = Store.open(Files.createTempDirectory("copy-bench"), url);
                writers[i] = new DocumentWriter(store, DocumentWriter.Load.valueOf(loads.get(i).toUpperCase(Locale.ROOT)));
                try (PreparedStatement s = admin.prepareStatement("SELECT pid FROM pg_stat_activity WHERE application_name = ? ORDER BY backend_start DESC LIMIT 1")) {
                    s.setString(1, schema);
                    ResultSet r = s.executeQuery();
                    if (!r.next()) throw new IllegalStateException("no backend for " + schema);
                    backends[i] = r.getInt(1);
                }
            }
        }
        int docs = 0;
        for (int from = 0; from < lines.size(); from += 480) {
            List<PreparedDocument> prepared = new ArrayList<>();
            List<Integer> idx = new ArrayList<>();
            for (int i = from; i < Math.min(lines.size(), from + 480); i++) idx.add(i);
            prepared.addAll(idx.parallelStream().map(i -> {
                try {
                    var in = new IngestInput.RecordInput(corpus, JsonlCorpus.parse(i + 1, lines.get(i)));
                    return ing.prepare(in, in.hash(null), new ArrayList<>());
                } catch (Exception e) { throw new RuntimeException(e); }
            }).toList());
            for (int v = 0; v < k; v++) {
                int turn = (v + from / 480) % k;   // who goes first alternates from chunk to chunk
                long t0 = System.nanoTime(), c0 = bean.getCurrentThreadCpuTime(), s0 = ticks(backends[turn]);
                for (int i = 0; i < prepared.size(); i += n)
                    for (DocumentWriter.Written w : writers[turn].writeAll(prepared.subList(i, Math.min(prepared.size(), i + n))))
                        if (w.failure() != null) throw new IllegalStateException(w.document().source(), w.failure());
                nanos[turn] += System.nanoTime() - t0;
                cpu[turn] += bean.getCurrentThreadCpuTime() - c0;
                server[turn] += ticks(backends[turn]) - s0;
            }
            docs += prepared.size();
        }
        for (int v = 0; v < k; v++) {
            writers[v].close();
            double wall = nanos[v] / 1e9, writer = cpu[v] / 1e9, backend = server[v] / 100.0;
            System.out.printf(Locale.ROOT, "%-7s N=%d: %d docs in %.2f s of writes: %.0f docs/s; writer thread CPU %.2f s, its backend %.2f s:"
                    + " %.2f ms CPU a document%n", loads.get(v), n, docs, wall, docs / wall, writer, backend, 1000 * (writer + backend) / docs);
        }
    }

    /** utime + stime of a process, in clock ticks (1/100 s). */
    private static long ticks(int pid) throws Exception {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }
}
