package org.caytre.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.caytre.cli.Main;
import org.caytre.pipeline.Pipeline;
import org.caytre.search.PassageIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Real disk faults under {@code caytre ingest} into SQLite, on a small tmpfs mounted for the test (skipped where the
 * test may not mount one, i.e. not root): a full disk and a read-only disk end the run with one line naming the file
 * and the cause, leave every stored document whole, and the next ingest after the fault is gone completes the store
 * and leaves the index equal to it by content. A deleted index is rebuilt by the next command.
 */
class DiskFaultTest {
    private static final int DOCUMENTS = 120;

    @TempDir Path dir;
    private final StringWriter out = new StringWriter(), err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void a_full_then_read_only_disk_ends_the_ingest_cleanly_and_the_next_ingest_completes_it() throws Exception {
        Path news = dir.resolve("news"), disk = Files.createDirectories(dir.resolve("disk")), data = disk.resolve("data");
        NewsGenerator.write(news, DOCUMENTS, 11);
        // 900k: the migrations alone peak near 700 KB (the WAL keeps its largest size; V20-V23 added ~200 KB); the rest fills mid-batch
        assumeTrue(mount(disk, "size=900k"), "cannot mount a tmpfs here (needs root)");
        try {
            assertThat(run("ingest", "--data", data.toString(), "--threads", "1", news.toString())).isNotZero();
            List<String> errors = err.toString().lines().filter(l -> l.startsWith("caytre")).toList();
            assertThat(errors).as(err.toString()).singleElement().asString()
                    .contains("disk full").containsAnyOf(data.resolve("caytre.db").toString(), data.resolve("index").toString());
            long stored = assertWhole(data, news);
            assertThat(stored).as("the disk filled mid-batch").isBetween(1L, DOCUMENTS - 1L);

            assertThat(remount(disk, "ro")).isTrue();
            assertThat(run("ingest", "--data", data.toString(), news.toString())).isNotZero();
            assertThat(err.toString().lines().filter(l -> l.startsWith("caytre"))).as(err.toString())
                    .singleElement().asString().contains("read-only", data.toString());

            assertThat(remount(disk, "rw,size=64m")).isTrue();
            assertThat(assertWhole(data, news)).as("nothing written while read-only").isEqualTo(stored);
            assertThat(run("ingest", "--data", data.toString(), news.toString())).as(err.toString()).isZero();
            assertThat(out.toString()).contains(stored + " unchanged, 0 failed");
            assertThat(assertWhole(data, news)).isEqualTo(DOCUMENTS);
            assertIndexEqualsStore(data);
        } finally {
            umount(disk);
        }
    }

    @Test
    void a_deleted_index_is_rebuilt_from_the_store_by_the_next_command() throws Exception {
        Path news = dir.resolve("news"), data = dir.resolve("data");
        NewsGenerator.write(news, 12, 5);
        assertThat(run("ingest", "--data", data.toString(), news.toString())).isZero();
        org.apache.commons.io.FileUtils.deleteDirectory(data.resolve("index").toFile());
        assertThat(run("search", "--data", data.toString(), "hop tac")).isZero();
        assertThat(err.toString()).contains("index repaired (0 removed, 12 rebuilt from the store)");
        assertIndexEqualsStore(data);
    }

    /** Every stored document has exactly the rows its extraction gives, with no orphans; returns how many are stored. */
    private static long assertWhole(Path data, Path news) throws Exception {
        Store store = Store.open(data, null);
        Consistency.assertNoOrphansOrDuplicates(store);
        Map<String, List<Long>> rows = Consistency.rowsPerDocument(store);
        for (Map.Entry<String, List<Long>> e : rows.entrySet())
            assertThat(e.getValue()).as(e.getKey()).isEqualTo(Consistency.expectedRows(Pipeline.standard().extract(news.resolve(e.getKey()))));
        return rows.size();
    }

    private static void assertIndexEqualsStore(Path data) throws Exception {
        Map<String, String> stored = new HashMap<>();
        Store store = Store.open(data, null);
        try (Connection c = store.connect(); var s = c.createStatement(); var r = s.executeQuery("SELECT id, content_hash FROM documents")) {
            while (r.next()) stored.put(r.getString(1), r.getString(2));
        }
        try (PassageIndex index = PassageIndex.openReadOnly(data.resolve("index"))) {
            assertThat(index.documentHashes()).isEqualTo(stored);
        }
    }

    private static boolean mount(Path at, String options) throws Exception {
        return exec("mount", "-t", "tmpfs", "-o", options, "tmpfs", at.toString());
    }

    private static boolean remount(Path at, String options) throws Exception {
        return exec("mount", "-o", "remount," + options, at.toString());
    }

    private static void umount(Path at) throws Exception {
        exec("umount", "-l", at.toString());   // lazily: a failed test may still hold a file
    }

    private static boolean exec(String... cmd) throws Exception {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (java.io.IOException e) {
            return false;   // no mount command
        }
    }
}
