package org.caytre.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.caytre.kb.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Watched folders on real files and a real SQLite store: new, changed, half-copied, deleted, and a restart. */
class FolderWatchTest {
    static final String FIRST = "Ngày 12/3/2024, Bộ trưởng Ngoại giao Việt Nam hội đàm với Bộ trưởng Ngoại giao Nhật Bản tại Hà Nội.\n";
    static final String SECOND = "Hai bên nhất trí thúc đẩy hợp tác kinh tế và đầu tư trong thời gian tới.\n";

    @TempDir Path tmp;

    private final StringWriter log = new StringWriter();

    private IndexedIngest open(Store store) throws Exception {
        return IndexedIngest.open(store, tmp.resolve("data/index"), new PrintWriter(log, true));
    }

    private FolderWatch watch(IndexedIngest ingest, Path inbox) {
        return new FolderWatch(ingest, List.of(inbox), List.of("*.bak"), new PrintWriter(log, true));
    }

    @Test
    void readsNewFilesOnceStableAndChangedOnesAgain() throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        Store store = Store.open(tmp.resolve("data"), null);
        try (IndexedIngest ingest = open(store)) {
            FolderWatch w = watch(ingest, inbox);
            Files.writeString(inbox.resolve("a.txt"), FIRST);
            Files.writeString(inbox.resolve("skip.bak"), FIRST + SECOND);
            assertThat(w.check().stored()).isZero();         // seen once: not yet known to be stable
            assertThat(w.check().stored()).isEqualTo(1);
            assertThat(w.check().stored()).isZero();         // read once only
            assertThat(one(store, "SELECT COUNT(*) FROM documents")).isEqualTo("1");

            Files.writeString(inbox.resolve("a.txt"), FIRST + SECOND);
            w.check();
            FolderWatch.Check c = w.check();
            assertThat(c.stored()).isEqualTo(1);
            assertThat(one(store, "SELECT COUNT(*) FROM documents")).isEqualTo("1");
            assertThat(one(store, "SELECT COUNT(*) FROM passages WHERE text LIKE '%đầu tư%'")).isEqualTo("1");
            assertThat(one(store, "SELECT status FROM ingest_log ORDER BY at DESC LIMIT 1")).isEqualTo("replaced");
        }
    }

    @Test
    void aFileStillBeingCopiedIsNotRead() throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        Store store = Store.open(tmp.resolve("data"), null);
        try (IndexedIngest ingest = open(store)) {
            FolderWatch w = watch(ingest, inbox);
            Path file = inbox.resolve("growing.txt");
            Files.writeString(file, FIRST);
            w.check();
            Files.writeString(file, SECOND, StandardCharsets.UTF_8, StandardOpenOption.APPEND);   // the copy goes on
            FolderWatch.Check c = w.check();
            assertThat(c.stored()).isZero();
            assertThat(c.waiting()).isEqualTo(1);
            assertThat(one(store, "SELECT COUNT(*) FROM documents")).isEqualTo("0");
            assertThat(w.check().stored()).isEqualTo(1);
            assertThat(one(store, "SELECT COUNT(*) FROM passages WHERE text LIKE '%đầu tư%'")).isEqualTo("1");
        }
    }

    @Test
    void deletedFilesAreWithdrawnWithTheirFactsKeptAndARestartResumes() throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        Files.writeString(inbox.resolve("a.txt"), FIRST);
        Files.writeString(Files.createDirectories(inbox.resolve("sub")).resolve("b.txt"), SECOND);
        Store store = Store.open(tmp.resolve("data"), null);
        try (IndexedIngest ingest = open(store)) {
            FolderWatch w = watch(ingest, inbox);
            w.check();
            assertThat(w.check().stored()).isEqualTo(2);
            Files.delete(inbox.resolve("a.txt"));
            assertThat(w.check().withdrawn()).isEqualTo(1);
        }
        String passages = one(store, "SELECT COUNT(*) FROM passages");
        assertThat(one(store, "SELECT COUNT(*) FROM documents WHERE withdrawn_at IS NOT NULL")).isEqualTo("1");
        assertThat(one(store, "SELECT COUNT(*) FROM documents")).isEqualTo("2");

        // stopped; meanwhile b.txt is deleted, a.txt comes back and c.txt arrives
        Files.delete(inbox.resolve("sub/b.txt"));
        Files.writeString(inbox.resolve("a.txt"), FIRST);
        Files.writeString(inbox.resolve("c.txt"), FIRST + SECOND);
        try (IndexedIngest ingest = open(store)) {
            FolderWatch w = watch(ingest, inbox);
            assertThat(w.check().withdrawn()).isEqualTo(1);   // b.txt, deleted while nobody watched
            FolderWatch.Check c = w.check();
            assertThat(c.unchanged()).isEqualTo(1);           // a.txt: known by its content hash
            assertThat(c.stored()).isEqualTo(1);              // c.txt
        }
        assertThat(one(store, "SELECT source FROM documents WHERE withdrawn_at IS NOT NULL")).endsWith("b.txt");
        assertThat(Integer.parseInt(one(store, "SELECT COUNT(*) FROM passages"))).isGreaterThan(Integer.parseInt(passages));
        assertThat(one(store, "SELECT COUNT(*) FROM ingest_log WHERE status = 'withdrawn'")).isEqualTo("2");
    }

    static String one(Store store, String sql) throws Exception {
        try (Connection c = store.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getString(1) : null;
        }
    }
}
