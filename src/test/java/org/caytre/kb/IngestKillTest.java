package org.caytre.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.caytre.pipeline.Pipeline;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A real {@code caytre ingest} in a child JVM, killed with SIGKILL in the middle of a batch, then run again: the store
 * must be consistent after the kill (every document whole or absent, no orphans) and complete after the re-run (no
 * duplicates, nothing missing).
 */
class IngestKillTest {
    private static final int DOCUMENTS = 200;

    @TempDir Path dir;

    static java.util.stream.Stream<String> backends() { return Backends.all(); }

    @ParameterizedTest @MethodSource("backends")
    void a_killed_ingest_leaves_a_consistent_store_and_a_rerun_completes_it(String backend) throws Exception {
        String url = Backends.freshUrl(backend);
        Path news = dir.resolve("news"), data = dir.resolve("data");
        NewsGenerator.write(news, DOCUMENTS, 42);
        String jdbc = url != null ? url : "jdbc:sqlite:" + data.toAbsolutePath().resolve("caytre.db");

        Process child = start(data, url, dir.resolve("first.log"), "ingest", "--threads", "1", news.toString());   // one worker: slow enough to be caught
        long seen = waitFor(jdbc, child, "SELECT COUNT(*) FROM documents", 10);
        child.destroyForcibly();   // SIGKILL: no shutdown hooks, no rollback by the JVM
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).as("killed mid-batch").isLessThan(DOCUMENTS);

        Store store = Store.open(data, url);
        Map<String, List<Long>> afterKill = Consistency.rowsPerDocument(store);
        assertThat(afterKill.size()).isBetween(10, DOCUMENTS - 1);
        Consistency.assertNoOrphansOrDuplicates(store);
        assertWhole(afterKill, news);

        Process rerun = start(data, url, dir.resolve("second.log"), "ingest", "--threads", "2", news.toString());
        assertThat(rerun.waitFor(180, TimeUnit.SECONDS)).as("re-run finishes").isTrue();
        String log = Files.readString(dir.resolve("second.log"));
        assertThat(rerun.exitValue()).as(log).isZero();
        assertThat(log).containsPattern("ingest: \\d+ stored, 0 replaced, " + afterKill.size() + " unchanged, 0 failed");

        Map<String, List<Long>> complete = Consistency.rowsPerDocument(store);
        assertThat(complete).hasSize(DOCUMENTS).containsAllEntriesOf(afterKill);
        Consistency.assertNoOrphansOrDuplicates(store);
        assertWhole(complete, news);
        // the generated calls repeat dates, so some events must have been merged across documents
        assertThat(new KnowledgeBase(store).events(KnowledgeBase.EventFilter.ALL))
                .anySatisfy(e -> assertThat(e.mentions().stream().map(KnowledgeBase.Mention::doc).distinct().count()).isGreaterThan(1));
    }

    /**
     * Killed while replacing changed documents: every document is whole in its old or its new version, the index is
     * left stale (it commits in batches), and the next command, a {@code search}, makes the index hold exactly the
     * stored versions (by content hash); a re-run then replaces the rest.
     */
    @ParameterizedTest @MethodSource("backends")
    void a_kill_during_reingest_of_changed_documents_ends_consistent_after_the_next_command(String backend) throws Exception {
        String url = Backends.freshUrl(backend);
        Path news = dir.resolve("news"), data = dir.resolve("data");
        NewsGenerator.write(news, DOCUMENTS, 42);
        String jdbc = url != null ? url : "jdbc:sqlite:" + data.toAbsolutePath().resolve("caytre.db");
        Process first = start(data, url, dir.resolve("first.log"), "ingest", "--threads", "2", news.toString());
        assertThat(first.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).as(Files.readString(dir.resolve("first.log"))).isZero();
        Store store = Store.open(data, url);
        Map<String, String> before = hashes(store);
        String firstDone;
        try (Connection c = store.connect()) { firstDone = Sql.strings(c, "SELECT MAX(ingested_at) FROM documents").get(0); }

        NewsGenerator.write(news, DOCUMENTS, 7);   // every file changed in place
        Process child = start(data, url, dir.resolve("second.log"), "ingest", "--threads", "1", news.toString());
        long replaced = waitFor(jdbc, child, "SELECT COUNT(*) FROM documents WHERE ingested_at > '" + firstDone + "'", 10);
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(replaced).as("killed mid-batch").isLessThan(DOCUMENTS);

        Map<String, String> afterKill = hashes(store);
        assertThat(afterKill).hasSize(DOCUMENTS);
        long changed = afterKill.entrySet().stream().filter(e -> !e.getValue().equals(before.get(e.getKey()))).count();
        assertThat(changed).isBetween(10L, DOCUMENTS - 1L);
        Consistency.assertNoOrphansOrDuplicates(store);
        Map<String, List<Long>> rows = Consistency.rowsPerDocument(store);
        for (String doc : rows.keySet())   // the new version where the hash is the new file's, else the old one, whole
            if (!afterKill.get(doc).equals(before.get(doc)))
                assertThat(rows.get(doc)).as(doc).isEqualTo(Consistency.expectedRows(Pipeline.standard().extract(news.resolve(doc))));
        try (org.caytre.search.PassageIndex index = org.caytre.search.PassageIndex.openReadOnly(data.resolve("index"))) {
            assertThat(org.caytre.search.IndexSync.differences(store, index.documentHashes())).as("the kill left the index stale").isPositive();
        }

        Process search = start(data, url, dir.resolve("search.log"), "search", "--limit", "1", "Bùi Thanh Sơn");
        assertThat(search.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(search.exitValue()).as(Files.readString(dir.resolve("search.log"))).isZero();
        assertThat(Files.readString(dir.resolve("search.log"))).containsPattern("index repaired \\(0 removed, " + changed + " rebuilt");
        try (org.caytre.search.PassageIndex index = org.caytre.search.PassageIndex.openReadOnly(data.resolve("index"))) {
            assertThat(org.caytre.search.IndexSync.differences(store, index.documentHashes())).as("store = index by content").isZero();
            assertThat(index.documentIds()).hasSize(DOCUMENTS);
        }

        Process rerun = start(data, url, dir.resolve("third.log"), "ingest", "--threads", "2", news.toString());
        assertThat(rerun.waitFor(180, TimeUnit.SECONDS)).isTrue();
        String log = Files.readString(dir.resolve("third.log"));
        assertThat(rerun.exitValue()).as(log).isZero();
        assertThat(log).containsPattern("ingest: 0 stored, " + (DOCUMENTS - changed) + " replaced, " + changed + " unchanged, 0 failed");
        Consistency.assertNoOrphansOrDuplicates(store);
        assertWhole(Consistency.rowsPerDocument(store), news);
        try (org.caytre.search.PassageIndex index = org.caytre.search.PassageIndex.openReadOnly(data.resolve("index"))) {
            assertThat(org.caytre.search.IndexSync.differences(store, index.documentHashes())).isZero();
        }
    }

    private static Map<String, String> hashes(Store store) throws SQLException {
        Map<String, String> out = new java.util.TreeMap<>();
        try (Connection c = store.connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id, content_hash FROM documents")) {
            while (r.next()) out.put(r.getString(1), r.getString(2));
        }
        return out;
    }

    private static Process start(Path data, String url, Path log, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                "org.caytre.cli.Main", args[0], "--data", data.toString()));
        if (url != null) cmd.addAll(List.of("--db", url));
        cmd.addAll(List.of(args).subList(1, args.length));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().remove("CAYTRE_DB");
        pb.environment().remove("CAYTRE_DATA");
        return pb.start();
    }

    /** Polls until {@code countSql} counts at least {@code n} while the child runs; returns the count it saw. */
    private static long waitFor(String jdbc, Process child, String countSql, int n) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && child.isAlive()) {
            long count = count(jdbc, countSql);
            if (count >= n) return count;
            Thread.sleep(10);
        }
        throw new AssertionError("the child wrote fewer than " + n + " (alive: " + child.isAlive() + ")");
    }

    /** Each stored document has exactly the rows its extraction gives: nothing half-written. */
    private static void assertWhole(Map<String, List<Long>> stored, Path news) {
        for (Map.Entry<String, List<Long>> e : stored.entrySet())
            assertThat(e.getValue()).as(e.getKey())
                    .isEqualTo(Consistency.expectedRows(Pipeline.standard().extract(news.resolve(e.getKey()))));
    }

    private static long count(String jdbc, String sql) {
        try (Connection c = DriverManager.getConnection(jdbc); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getLong(1) : 0;
        } catch (SQLException e) {
            return 0;   // not migrated yet
        }
    }
}
