package org.caytre.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.caytre.kb.Backends;
import org.caytre.kb.Reclassifier;
import org.caytre.kb.Store;
import org.caytre.pipeline.Pipeline;
import org.caytre.search.IndexSync;
import org.caytre.search.PassageIndex;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code caytre doctor --reclassify} on a real store: the shared review corpus (sections, footnotes), the noise corpus
 * (football, showbiz, a few real diplomatic stories) and three corpus records of our own ingested, their
 * classification nulled as a store from before V30 has it (and the index's areas with it), {@code doctor} counting
 * what lacks it, the backfill putting back exactly what the fresh ingest stored — documents, passages, event mentions,
 * statistics and the index's areas — and a backfill stopped after its second batch going on where it stopped.
 */
class ReclassifyTest {
    @TempDir Path tmp;

    private String dbUrl;

    private String[] store(String backend) throws Exception {
        String data = tmp.resolve("data").toString();
        dbUrl = Backends.freshUrl(backend);
        return dbUrl == null ? new String[] {"--data", data} : new String[] {"--data", data, "--db", dbUrl};
    }

    private static String[] args(String[] store, String... args) {
        return Stream.concat(Stream.of(args), Stream.of(store)).toArray(String[]::new);
    }

    /** Every classified row: table and key → relevance and areas. */
    private static Map<String, String> classes(Store store) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        try (Connection c = store.connect(); Statement s = c.createStatement()) {
            for (String[] q : List.of(new String[] {"documents", "SELECT id, relevance, '' FROM documents"},
                    new String[] {"passages", "SELECT id, relevance, areas FROM passages"},
                    new String[] {"event_mentions", "SELECT doc_id || '#' || n, relevance, areas FROM event_mentions"},
                    new String[] {"statistics", "SELECT doc_id || '#' || n, relevance, areas FROM statistics"})) {
                try (ResultSet r = s.executeQuery(q[1])) {
                    while (r.next()) {
                        double relevance = r.getDouble(2);
                        out.put(q[0] + " " + r.getString(1), (r.wasNull() ? "null" : String.valueOf(relevance)) + " " + r.getString(3));
                    }
                }
            }
        }
        return out;
    }

    /** Keys whose values differ (or that one side lacks): "key: expected → got". */
    private static <V> List<String> differences(Map<String, V> expected, Map<String, V> got) {
        java.util.Set<String> keys = new java.util.TreeSet<>(expected.keySet());
        keys.addAll(got.keySet());
        return keys.stream().filter(k -> !java.util.Objects.equals(expected.get(k), got.get(k)))
                .map(k -> k + ": " + expected.get(k) + " → " + got.get(k)).toList();
    }

    /** The areas the search index holds for every passage. */
    private static Map<String, List<String>> indexedAreas(Store store, Path dir) throws SQLException {
        Map<String, List<String>> out = new TreeMap<>();
        try (PassageIndex index = PassageIndex.openReadOnly(dir); Connection c = store.connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id FROM documents")) {
            while (r.next()) for (var p : index.passages(r.getString(1))) out.put(p.id(), p.areas());
        }
        return out;
    }

    /** The classification as a store migrated from before V30 holds it: none, in the store and in the index built from it. */
    private static void forget(Store store, Path indexDir) throws SQLException {
        try (Connection c = store.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE documents SET relevance = NULL");
            for (String table : List.of("passages", "event_mentions", "statistics"))
                s.executeUpdate("UPDATE " + table + " SET relevance = NULL, areas = NULL");
        }
        try (PassageIndex index = PassageIndex.open(indexDir); IndexSync sync = IndexSync.open(store, index);
             Connection c = store.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id FROM documents")) {
            while (r.next()) sync.index(r.getString(1));
            index.commit();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void theBackfillPutsBackWhatAFreshIngestStores(String backend) throws Exception {
        String[] data = store(backend);
        Path shared = Path.of("../shared"), records = tmp.resolve("tin.jsonl");
        Files.writeString(records, """
                {"id": "ngoai-giao-1", "title": "Việt Nam và Chi-lê thúc đẩy hợp tác thương mại", "date": "2024-05-06", "text": "Ngày 6/5, tại Hà Nội, Bộ trưởng Ngoại giao Bùi Thanh Sơn hội đàm với Bộ trưởng Ngoại giao Chi-lê. Hai bên nhất trí thúc đẩy thương mại song phương và phối hợp chặt chẽ tại APEC."}
                {"id": "bong-da-1", "title": "Đội chủ nhà thắng đậm ở vòng 5", "date": "2024-05-07", "text": "Tiền đạo ghi cú đúp trong hiệp hai, giúp đội chủ nhà thắng 3-0 và vươn lên dẫn đầu bảng xếp hạng."}
                {"id": "thoi-tiet-1", "title": "Nắng nóng kéo dài ở miền Trung", "text": "Nhiệt độ cao nhất ở nhiều nơi vượt 39 độ C; cơ quan khí tượng khuyến cáo người dân hạn chế ra ngoài vào buổi trưa."}
                """);
        CliRun ingest = CliRun.run(args(data, "ingest", shared.resolve("corpus").toString(), shared.resolve("corpus-noise").toString(),
                records.toString()));
        assertThat(ingest.status()).as(ingest.err()).isZero();
        Path dataDir = tmp.resolve("data"), indexDir = dataDir.resolve("index");
        try (Store store = Store.open(dataDir, dbUrl)) {
            Map<String, String> fresh = classes(store);
            Map<String, List<String>> freshIndex = indexedAreas(store, indexDir);
            long documents = fresh.keySet().stream().filter(k -> k.startsWith("documents ")).count();
            assertThat(documents).isEqualTo(87);
            assertThat(fresh.values()).noneMatch(v -> v.startsWith("null"));
            assertThat(freshIndex.values()).anyMatch(a -> !a.isEmpty());

            forget(store, indexDir);
            assertThat(indexedAreas(store, indexDir).values()).allMatch(List::isEmpty);
            CliRun doctor = CliRun.run(args(data, "doctor"));
            assertThat(doctor.status()).isEqualTo(1);
            assertThat(doctor.out()).contains("doctor: store: 87 documents have no foreign-relations relevance or areas of work");

            CliRun backfill = CliRun.run(args(data, "doctor", "--reclassify", "--batch", "25"));
            assertThat(backfill.status()).as(backfill.out() + backfill.err()).isZero();
            assertThat(backfill.out()).contains("doctor: reclassified 25 of 87 documents", "doctor: reclassified 87 of 87 documents",
                    "doctor: store: 87 documents reclassified", "doctor: index: the areas of those documents re-indexed");
            assertThat(differences(fresh, classes(store))).isEmpty();
            assertThat(differences(freshIndex, indexedAreas(store, indexDir))).isEmpty();
            assertThat(CliRun.run(args(data, "doctor")).status()).isZero();
            assertThat(CliRun.run(args(data, "doctor", "--reclassify")).out()).contains("nothing to reclassify");

            // stopped after its second batch (as a killed process stops): the finished batches stay, a second run does the rest
            forget(store, indexDir);
            int[] batches = {0};
            assertThatThrownBy(() -> new Reclassifier(store, Pipeline.standard(), 10, 2).run(new Reclassifier.Listener() {
                @Override public void written(Connection c, List<String> ids) {
                    if (++batches[0] == 3) throw new IllegalStateException("stopped");
                }

                @Override public void committed(Reclassifier.Progress p) { }
            })).hasMessage("stopped");
            assertThat(Reclassifier.unclassified(store)).isEqualTo(87 - 20);
            CliRun rest = CliRun.run(args(data, "doctor", "--reclassify"));
            assertThat(rest.status()).isZero();
            assertThat(rest.out()).contains("doctor: store: 67 documents have no relevance or areas");
            assertThat(differences(fresh, classes(store))).isEmpty();
        }
    }
}
