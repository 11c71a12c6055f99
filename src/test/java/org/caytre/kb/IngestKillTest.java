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

        Process child = start(news, data, url, dir.resolve("first.log"), 1);   // one worker: slow enough to be caught
        long seen = waitForDocuments(jdbc, child, 10);
        child.destroyForcibly();   // SIGKILL: no shutdown hooks, no rollback by the JVM
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).as("killed mid-batch").isLessThan(DOCUMENTS);

        Store store = Store.open(data, url);
        Map<String, List<Long>> afterKill = Consistency.rowsPerDocument(store);
        assertThat(afterKill.size()).isBetween(10, DOCUMENTS - 1);
        Consistency.assertNoOrphansOrDuplicates(store);
        assertWhole(afterKill, news);

        Process rerun = start(news, data, url, dir.resolve("second.log"), 2);
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

    /** Each stored document has exactly the rows its extraction gives: nothing half-written. */
    private static void assertWhole(Map<String, List<Long>> stored, Path news) {
        for (Map.Entry<String, List<Long>> e : stored.entrySet())
            assertThat(e.getValue()).as(e.getKey())
                    .isEqualTo(Consistency.expectedRows(Pipeline.standard().extract(news.resolve(e.getKey()))));
    }

    private static Process start(Path news, Path data, String url, Path log, int threads) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                "org.caytre.cli.Main", "ingest", "--data", data.toString(), "--threads", String.valueOf(threads)));
        if (url != null) cmd.addAll(List.of("--db", url));
        cmd.add(news.toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().remove("CAYTRE_DB");
        pb.environment().remove("CAYTRE_DATA");
        return pb.start();
    }

    /** Polls the store until the child has committed at least {@code n} documents; returns how many it saw. */
    private static long waitForDocuments(String jdbc, Process child, int n) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && child.isAlive()) {
            long count = countDocuments(jdbc);
            if (count >= n) return count;
            Thread.sleep(10);
        }
        throw new AssertionError("the child stored fewer than " + n + " documents (alive: " + child.isAlive() + ")");
    }

    private static long countDocuments(String jdbc) {
        try (Connection c = DriverManager.getConnection(jdbc); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM documents")) {
            return r.next() ? r.getLong(1) : 0;
        } catch (SQLException e) {
            return 0;   // not migrated yet
        }
    }
}
