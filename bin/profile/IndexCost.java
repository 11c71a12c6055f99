import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.file.*;
import java.sql.*;
import java.util.*;
import org.apache.lucene.analysis.*;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.*;
import org.apache.lucene.index.*;
import org.apache.lucene.store.*;
import org.caytre.kb.Store;
import org.caytre.search.analysis.VietnameseAnalyzer;

/**
 * What the search-index half of an ingest costs, in parts (issue 22): the passages of every document of an existing
 * store read back as IndexSync does, then, in memory and one thread, ROUNDS times: the analysis chain alone (a),
 * the text field alone with Cây Tre's chain (t) and with StandardAnalyzer (s), all of PassageFields (f), the text field
 * without some kinds of term (k), PassageFields without the text field (n). Process CPU seconds per part; -Dram=MB sets
 * IndexWriter's RAM buffer. Reaches the package-private IndexSync.passages and PassageFields.toLucene by reflection.
 *
 *   java -Xmx1g -cp target/caytre.jar bin/profile/IndexCost.java DATA-DIR OUT-DIR ROUNDS [atsfkn]
 */
public class IndexCost {
    static com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    public static void main(String[] a) throws Exception {
        Path data = Path.of(a[0]); Path out = Path.of(a[1]); int rounds = Integer.parseInt(a[2]); String only = a.length > 3 ? a[3] : "";
        Class<?> sync = Class.forName("org.caytre.search.IndexSync");
        Method passages = sync.getDeclaredMethod("passages", Connection.class, String.class); passages.setAccessible(true);
        Class<?> pf = Class.forName("org.caytre.search.PassageFields");
        Method toLucene = null; for (Method m : pf.getDeclaredMethods()) if (m.getName().equals("toLucene")) toLucene = m; toLucene.setAccessible(true);
        var fc = pf.getDeclaredField("FACETS_CONFIG"); fc.setAccessible(true);
        org.apache.lucene.facet.FacetsConfig facets = (org.apache.lucene.facet.FacetsConfig) fc.get(null);
        List<Object> all = new ArrayList<>(); List<String> texts = new ArrayList<>();
        try (Store store = Store.open(data, null); Connection c = store.connect()) {
            List<String> ids = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id FROM documents ORDER BY rowid")) { while (r.next()) ids.add(r.getString(1)); }
            for (int round = 0; round < rounds; round++) {
                long c0 = cpu(); all.clear();
                for (String id : ids) all.addAll((List<?>) passages.invoke(null, c, id));
                System.out.printf("read passages: %d in %.2f cpu s%n", all.size(), (cpu() - c0) / 1e9);
            }
        }
        Method text = all.get(0).getClass().getMethod("text");
        long bytes = 0; for (Object p : all) { String t = (String) text.invoke(p); texts.add(t); bytes += t.getBytes("UTF-8").length; }
        System.out.printf("text MB %.1f%n", bytes / 1e6);
        Analyzer va = VietnameseAnalyzer.indexing();
        for (int round = 0; round < rounds; round++) {
            if (only.isEmpty() || only.contains("a")) {
            long c0 = cpu(), n = 0;
            for (String t : texts) try (TokenStream ts = va.tokenStream("text", t)) { ts.reset(); while (ts.incrementToken()) n++; ts.end(); }
            System.out.printf("analysis only: %d tokens, %.2f cpu s%n", n, (cpu() - c0) / 1e9);
            }
            if (only.isEmpty() || only.contains("t")) idx("text only, Vietnamese", out, va, texts.size(), i -> { Document d = new Document(); d.add(new TextField("text", texts.get(i), Field.Store.NO)); return d; });
            if (only.isEmpty() || only.contains("s")) idx("text only, Standard", out, new org.apache.lucene.analysis.standard.StandardAnalyzer(), texts.size(), i -> { Document d = new Document(); d.add(new TextField("text", texts.get(i), Field.Store.NO)); return d; });
            final Method tl = toLucene;
            if (only.isEmpty() || only.contains("f")) idx("PassageFields", out, va, texts.size(), i -> { try { return facets.build((Document) tl.invoke(null, all.get(i))); } catch (Exception e) { throw new RuntimeException(e); } });
            if (only.contains("k")) for (String v : List.of("PAIR,FOLDED_PAIR", "FOLDED,FOLDED_PAIR", "PAIR,FOLDED,FOLDED_PAIR", "FOLDED", "FOLDED_PAIR")) {
                Set<VietnameseAnalyzer.Kind> left = EnumSet.noneOf(VietnameseAnalyzer.Kind.class);
                for (String k : v.split(",")) left.add(VietnameseAnalyzer.Kind.valueOf(k));
                Analyzer an = VietnameseAnalyzer.without(left);
                long n = 0; for (String t : texts) try (TokenStream ts = an.tokenStream("text", t)) { ts.reset(); while (ts.incrementToken()) n++; ts.end(); }
                System.out.print("tokens " + n + " ");
                idx("without " + v, out, an, texts.size(), i -> { Document d = new Document(); d.add(new TextField("text", texts.get(i), Field.Store.NO)); return d; });
            }
            if (only.contains("n")) idx("PassageFields, no text field", out, va, texts.size(), i -> { try { Document d = facets.build((Document) tl.invoke(null, all.get(i))); d.removeField("text"); return d; } catch (Exception e) { throw new RuntimeException(e); } });
        }
    }
    static long cpu() { return os.getProcessCpuTime(); }
    interface Mk { Document make(int i) throws Exception; }
    static void idx(String what, Path out, Analyzer an, int n, Mk mk) throws Exception {
        Path dir = out.resolve(what.replaceAll("\\W", ""));
        if (Files.exists(dir)) try (var w = Files.walk(dir)) { for (Path f : w.sorted(Comparator.reverseOrder()).toList()) Files.delete(f); }
        long c0 = cpu(), t0 = System.nanoTime();
        IndexWriterConfig cfg = new IndexWriterConfig(an).setRAMBufferSizeMB(Double.parseDouble(System.getProperty("ram", "64")));
        try (Directory d = FSDirectory.open(dir); IndexWriter w = new IndexWriter(d, cfg)) {
            for (int i = 0; i < n; i++) w.addDocument(mk.make(i));
            long c1 = cpu();
            w.commit();
            System.out.printf("%-30s cpu %.2f s (add %.2f, commit %.2f) wall %.2f%n", what, (cpu() - c0) / 1e9, (c1 - c0) / 1e9, (cpu() - c1) / 1e9, (System.nanoTime() - t0) / 1e9);
        }
    }
}
