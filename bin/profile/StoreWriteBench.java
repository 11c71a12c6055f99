import java.lang.management.ManagementFactory;
import java.nio.file.*;
import java.util.*;
import org.caytre.ingest.JsonlCorpus;
import org.caytre.kb.*;
import org.caytre.pipeline.Pipeline;

/**
 * The store write alone (issue 22): reads a .jsonl corpus, prepares its documents (parse and extract, not timed) 480 at
 * a time on all cores, then times writing each chunk with the store's DocumentWriter: writeAll in transactions of N
 * documents, or write(d) per document on a jar from before writeAll. Prints documents/s, MB/s of input and the writer
 * thread's CPU seconds (PostgreSQL's own CPU is the server's: measure it beside). LOAD (copy or insert, on a jar with
 * DocumentWriter.Load) picks how PostgreSQL gets the large tables' rows; default the writer's own.
 *
 *   java -Xmx2g -cp target/caytre.jar bin/profile/StoreWriteBench.java CORPUS.jsonl DATA-DIR {-|JDBC-URL} N [LOAD]
 */
public class StoreWriteBench {
    public static void main(String[] a) throws Exception {
        Path corpus = Path.of(a[0]), data = Path.of(a[1]);
        String db = a[2].equals("-") ? null : a[2];
        int n = Integer.parseInt(a[3]);
        Store store = Store.open(data, db);
        Ingester ing = new Ingester(store, Pipeline.standard(), null, 1);
        List<String> lines = Files.readAllLines(corpus);
        var bean = ManagementFactory.getThreadMXBean();
        long nanos = 0, cpu = 0, bytes = 0; int docs = 0;
        var writeAll = DocumentWriter.class.getMethods();
        java.lang.reflect.Method all = null, one = null;
        for (var m : writeAll) { if (m.getName().equals("writeAll")) all = m; if (m.getName().equals("write")) one = m; }
        DocumentWriter writer = new DocumentWriter(store);
        if (a.length > 4) {   // by reflection: the script also runs on jars from before DocumentWriter.Load
            writer.close();
            Class<?> load = Class.forName("org.caytre.kb.DocumentWriter$Load");
            Object value = load.getMethod("valueOf", String.class).invoke(null, a[4].toUpperCase(Locale.ROOT));
            writer = DocumentWriter.class.getConstructor(Store.class, load).newInstance(store, value);
        }
        try (DocumentWriter w = writer) {
            for (int from = 0; from < lines.size(); from += 480) {
                List<Integer> idx = new ArrayList<>();
                for (int i = from; i < Math.min(lines.size(), from + 480); i++) idx.add(i);
                List<Object[]> prepared = idx.parallelStream().map(i -> {
                    try {
                        var rec = JsonlCorpus.parse(i + 1, lines.get(i));
                        var in = new IngestInput.RecordInput(corpus, rec);
                        return new Object[] {ing.prepare(in, in.hash(null), new ArrayList<>()), in.bytes()};
                    } catch (Exception e) { throw new RuntimeException(e); }
                }).toList();
                long t0 = System.nanoTime(), c0 = bean.getCurrentThreadCpuTime();
                if (all != null) {
                    for (int i = 0; i < prepared.size(); i += n) {
                        List<PreparedDocument> batch = new ArrayList<>();
                        for (Object[] p : prepared.subList(i, Math.min(prepared.size(), i + n))) batch.add((PreparedDocument) p[0]);
                        List<?> out = (List<?>) all.invoke(w, batch);
                        for (Object o : out) if (((DocumentWriter.Written) o).failure() != null) throw new IllegalStateException(String.valueOf(o));
                    }
                } else {
                    for (Object[] p : prepared) one.invoke(w, p[0]);
                }
                nanos += System.nanoTime() - t0; cpu += bean.getCurrentThreadCpuTime() - c0;
                for (Object[] p : prepared) bytes += (Long) p[1];
                docs += prepared.size();
            }
        }
        System.out.printf(Locale.ROOT, "store-write %s%s N=%d: %d docs, %.1f MB in %.2f s (writer thread CPU %.2f s): %.0f docs/s, %.2f MB/s%n",
                db == null ? "sqlite" : "postgresql", a.length > 4 ? " " + a[4] : "", n, docs, bytes / 1e6, nanos / 1e9, cpu / 1e9, docs / (nanos / 1e9), bytes / 1e6 / (nanos / 1e9));
    }
}
