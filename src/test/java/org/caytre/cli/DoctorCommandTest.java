package org.caytre.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Real damage, then the commands a user would run: bytes of the SQLite file overwritten (in an index of the database,
 * then in a table), a segment of the search index overwritten, the index deleted. The damage is named in one line and
 * {@code caytre doctor} repairs what can be repaired.
 */
class DoctorCommandTest {
    @TempDir Path dir;
    Path data;
    StringWriter out, err;

    static final String[] DOCS = {
        "HÀ NỘI, 3/4/2024 - Chủ tịch nước tiếp Đại sứ Ác-hen-ti-na, hai bên bàn về hợp tác nông nghiệp và năng lượng tái tạo.",
        "HÀ NỘI, 8/5/2024 - Bộ trưởng Ngoại giao điện đàm với Bộ trưởng Ngoại giao Hàn Quốc về lao động và đầu tư.",
        "HÀ NỘI, 12/6/2024 - Thủ tướng hội kiến Thủ tướng Thái Lan; kim ngạch thương mại hai chiều đạt 20 tỷ USD năm 2023."};

    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    @BeforeEach void ingest() throws Exception {
        data = dir.resolve("data");
        Path docs = Files.createDirectories(dir.resolve("docs"));
        for (int i = 0; i < DOCS.length; i++) Files.writeString(docs.resolve("tin-" + i + ".txt"), DOCS[i]);
        assertThat(run("ingest", "--data", data.toString(), docs.toString())).as(err.toString()).isZero();
    }

    @Test void a_healthy_knowledge_base_is_ok() {
        assertThat(run("doctor", "--data", data.toString())).as(out.toString()).isZero();
        assertThat(out.toString()).contains("doctor: store " + data.toAbsolutePath().resolve("caytre.db") + ": quick_check ok",
                "doctor: store: 3 documents", "every segment readable", "doctor: index: 3 documents, each on the stored version", "doctor: ok");
    }

    @Test void an_overwritten_index_page_of_the_database_is_named_and_repaired() throws Exception {
        overwritePage("documents_hash");
        assertThat(run("documents", "--data", data.toString())).isNotZero();
        assertOneLine(err.toString(), "caytre documents: the knowledge base " + data.toAbsolutePath().resolve("caytre.db") + " is damaged (quick_check: ",
                "run caytre doctor");
        assertThat(run("doctor", "--data", data.toString(), "--check-only")).isEqualTo(1);
        assertThat(out.toString()).contains("damaged (quick_check:").contains("1 problem left");
        assertThat(run("doctor", "--data", data.toString())).as(out.toString()).isZero();
        assertThat(out.toString()).contains("store: repaired").contains("doctor: store: 3 documents");
        assertThat(run("documents", "--data", data.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("3 documents");
        assertThat(run("doctor", "--data", data.toString())).isZero();
        assertThat(out.toString()).contains("doctor: ok");
    }

    @Test void an_overwritten_table_page_stops_every_writer_and_the_doctor_says_what_to_do() throws Exception {
        overwritePage("passages");
        Path more = Files.writeString(dir.resolve("them.txt"), "HÀ NỘI, 1/7/2024 - Phó Thủ tướng tiếp Bộ trưởng Y tế Cu-ba.");
        long before = Files.size(data.resolve("caytre.db"));
        assertThat(run("ingest", "--data", data.toString(), more.toString())).isNotZero();
        assertOneLine(err.toString(), "is damaged (quick_check: ", "run caytre doctor");
        assertThat(Files.size(data.resolve("caytre.db"))).as("nothing written into the damaged file").isEqualTo(before);
        // the rows themselves are gone: no copy can bring them back, and the doctor says what will
        assertThat(run("doctor", "--data", data.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("store: cannot repair " + data.toAbsolutePath().resolve("caytre.db") + " (corrupt",
                "move it aside and run caytre ingest on the sources again", "doctor: 1 problem left");
        try (Stream<Path> files = Files.list(data)) { assertThat(files.map(Path::toString)).noneMatch(f -> f.contains(".recovered")); }
    }

    @Test void a_corrupt_index_segment_is_named_and_rebuilt_from_the_store() throws Exception {
        Path segment;
        try (Stream<Path> files = Files.list(data.resolve("index"))) {
            segment = files.filter(f -> f.getFileName().toString().matches("_\\w+\\.(cfs|si)")).sorted().findFirst().orElseThrow();
        }
        try (RandomAccessFile f = new RandomAccessFile(segment.toFile(), "rw")) {
            f.seek(f.length() / 2);
            f.write(new byte[] {0x13, 0x37, 0x13, 0x37, 0x42, 0x42, 0x42, 0x42});
            f.seek(f.length() - 8);   // the checksum in the footer: Lucene verifies it
            f.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        }
        int status = run("search", "--data", data.toString(), "hop tac");
        assertThat(status).isNotZero();
        assertOneLine(err.toString(), "search index " + data.resolve("index"), "corrupt", "caytre doctor");
        assertThat(run("doctor", "--data", data.toString())).as(out.toString()).isZero();
        assertThat(out.toString()).contains("doctor: index " + data.resolve("index") + ": corrupt", "rebuilt from the store (3 documents)", "repaired 1 problem");
        assertThat(run("search", "--data", data.toString(), "nong nghiep")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("tin-0.txt");
    }

    @Test void a_deleted_index_is_rebuilt() throws Exception {
        try (Stream<Path> walk = Files.walk(data.resolve("index"))) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        assertThat(run("doctor", "--data", data.toString())).isZero();
        assertThat(out.toString()).contains(": missing", "rebuilt from the store (3 documents)");
    }

    static void assertOneLine(String err, String... parts) {
        assertThat(err.strip().lines().count()).as(err).isEqualTo(1);
        assertThat(err).contains(parts);
    }

    /** Fills a page of the table or index {@code name} with garbage, after moving every page from the WAL into the file. */
    void overwritePage(String name) throws Exception {
        String url = "jdbc:sqlite:" + data.resolve("caytre.db").toAbsolutePath();
        long page, size;
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            try (ResultSet r = s.executeQuery("SELECT rootpage FROM sqlite_master WHERE name = '" + name + "'")) {
                r.next();
                page = r.getLong(1);
            }
            try (ResultSet r = s.executeQuery("PRAGMA page_size")) {
                r.next();
                size = r.getLong(1);
            }
        }
        try (RandomAccessFile f = new RandomAccessFile(data.resolve("caytre.db").toFile(), "rw")) {
            f.seek((page - 1) * size);
            byte[] garbage = new byte[(int) size];
            java.util.Arrays.fill(garbage, (byte) 0x5A);
            f.write(garbage);
        }
    }
}
