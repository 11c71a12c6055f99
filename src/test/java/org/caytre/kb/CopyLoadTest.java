package org.caytre.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.caytre.ingest.JsonlCorpus;
import org.caytre.pipeline.Pipeline;
import org.caytre.structure.CorpusFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL's COPY load of the large tables stores exactly the rows the batched INSERTs store, on real documents
 * (the shared corpus, bench articles, generated news replaced by new versions, text with backslashes), and COPY's
 * text format carries every awkward character as an INSERT does: tabs, newlines, backslashes, {@code \N} and
 * {@code \.} written out, Vietnamese and characters beyond the BMP; a NUL is refused by both. Skipped without
 * {@code CAYTRE_TEST_PG}.
 */
class CopyLoadTest {
    @TempDir Path dir;

    @Test
    void copy_stores_the_rows_the_batched_inserts_store() throws Exception {
        Store copied = Backends.open(Backends.POSTGRESQL, dir.resolve("copy")), inserted = Backends.open(Backends.POSTGRESQL, dir.resolve("insert"));
        Path news = dir.resolve("news");
        NewsGenerator.write(news, 70, 42);
        Path odd = Files.writeString(dir.resolve("duong-dan.txt"), "Hà Nội, ngày 5/6/2023\n\nBộ Ngoại giao lưu văn bản tại C:\\tai-lieu\\N"
                + " và \\. cuối dòng; Việt Nam và Nhật Bản ký bản ghi nhớ về hợp tác giáo dục 🎓.\n");
        List<PreparedDocument> first = new ArrayList<>();
        try (var files = Files.list(CorpusFiles.shared().resolve("corpus"))) {
            for (Path f : files.sorted().toList()) first.add(BatchedStoreTest.prepared(f, f.toAbsolutePath().toString(), f.getFileName().toString()));
        }
        first.addAll(bench(150));
        for (Path f : sorted(news)) first.add(BatchedStoreTest.prepared(f, f.toAbsolutePath().toString(), f.getFileName().toString()));
        first.add(BatchedStoreTest.prepared(odd, odd.toAbsolutePath().toString(), "duong-dan.txt"));
        NewsGenerator.write(news, 70, 7);   // new versions of the same sources: replaced, events recomputed
        List<PreparedDocument> second = new ArrayList<>();
        for (Path f : sorted(news)) second.add(BatchedStoreTest.prepared(f, f.toAbsolutePath().toString(), f.getFileName().toString()));

        for (List<PreparedDocument> round : List.of(first, second)) {
            write(copied, DocumentWriter.Load.COPY, round);
            write(inserted, DocumentWriter.Load.INSERT, round);
        }
        var expected = BatchedStoreTest.dump(inserted);
        assertThat(expected.get("passages")).hasSizeGreaterThan(1000).anyMatch(line -> line.contains("C:\\tai-lieu\\N và \\. cuối dòng"));
        assertThat(expected.get("statistics")).isNotEmpty();
        assertThat(BatchedStoreTest.dump(copied)).isEqualTo(expected);
        Consistency.assertNoOrphansOrDuplicates(copied);
    }

    @Test
    void copy_text_format_carries_what_an_insert_carries() throws Exception {
        String url = Backends.freshUrl(Backends.POSTGRESQL);
        CopyRows.Table table = new CopyRows.Table("odd", "k", "s", "i", "d");
        List<Object[]> rows = List.of(
                new Object[] {1, "Thủ tướng\ttiếp\tĐại sứ", 7, 0.1},
                new Object[] {2, "dòng một\ndòng hai\r\ndòng ba\r", -3L, 1.0E10},
                new Object[] {3, "C:\\tai-lieu\\n \\N \\. \\\\ \\t", null, -0.0},
                new Object[] {4, "\\N", 0, 4.9E-324},
                new Object[] {5, "\\.", Integer.MAX_VALUE, 1.7976931348623157E308},
                new Object[] {6, "", null, null},
                new Object[] {7, null, 1, 123456.789012345},
                new Object[] {8, "Việt Nam 🇻🇳 𠀋 ‘ngoặc’ – gạch", 2, 2.0 / 3},
                new Object[] {9, "\u000b\f\u0007\u001b cuối", 3, 1e-7});
        List<String> viaInsert, viaCopy;
        try (Connection c = java.sql.DriverManager.getConnection(url)) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE odd (k INTEGER, s TEXT, i BIGINT, d DOUBLE PRECISION, via TEXT)");
            }
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement(table.insertSql())) {
                for (Object[] row : rows) Sql.batch(insert, row);
                insert.executeBatch();
            }
            Sql.update(c, "UPDATE odd SET via = 'insert'");
            CopyRows copy = new CopyRows(table);
            for (Object[] row : rows) copy.add(row);
            copy.send(c);
            c.commit();   // both in the writer's one transaction
            viaInsert = Sql.strings(c, "SELECT k || '|' || COALESCE(s, '<null>') || '|' || COALESCE(i::text, '<null>') || '|'"
                    + " || COALESCE(float8send(d)::text, '<null>') FROM odd WHERE via = 'insert' ORDER BY k");
            viaCopy = Sql.strings(c, "SELECT k || '|' || COALESCE(s, '<null>') || '|' || COALESCE(i::text, '<null>') || '|'"
                    + " || COALESCE(float8send(d)::text, '<null>') FROM odd WHERE via IS NULL ORDER BY k");
            assertThat(viaInsert).hasSize(rows.size());
            assertThat(viaCopy).isEqualTo(viaInsert);
            assertThat(Sql.strings(c, "SELECT s FROM odd WHERE via IS NULL ORDER BY k"))
                    .isEqualTo(rows.stream().map(r -> (String) r[1]).toList());

            // a NUL: no PostgreSQL text holds one; COPY refuses the row as the INSERT does
            Object[] nul = {10, "trước\0sau", 1, 1.0};
            c.setAutoCommit(true);
            assertThatThrownBy(() -> Sql.update(c, table.insertSql(), nul)).isInstanceOf(SQLException.class);
            CopyRows bad = new CopyRows(table);
            bad.add(nul);
            assertThatThrownBy(() -> bad.send(c)).isInstanceOf(SQLException.class).hasMessageContaining("0x00");
            assertThat(Sql.count(c, "SELECT COUNT(*) FROM odd WHERE k = 10")).isZero();
        }
        assertThatThrownBy(() -> new CopyRows(table).add(1, "hai")).hasMessageContaining("2 values for 4 columns");
    }

    private static void write(Store store, DocumentWriter.Load load, List<PreparedDocument> documents) throws SQLException {
        try (DocumentWriter w = new DocumentWriter(store, load)) {
            for (int i = 0; i < documents.size(); i += 64) {
                for (DocumentWriter.Written d : w.writeAll(documents.subList(i, Math.min(documents.size(), i + 64))))
                    assertThat(d.failure()).as(d.document().source()).isNull();
            }
        }
    }

    /** The first {@code n} bench articles, prepared as ingest prepares corpus records. */
    private static List<PreparedDocument> bench(int n) throws Exception {
        Path corpus = CorpusFiles.shared().resolve("bench/vietnews-30k.jsonl.gz");
        Ingester ingester = new Ingester(null, Pipeline.standard(), null, 1);
        List<PreparedDocument> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(corpus)), StandardCharsets.UTF_8))) {
            for (int line = 1; line <= n; line++) {
                var in = new IngestInput.RecordInput(corpus, JsonlCorpus.parse(line, r.readLine()));
                out.add(ingester.prepare(in, in.hash(null), new ArrayList<>()));
            }
        }
        return out;
    }

    private static List<Path> sorted(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
