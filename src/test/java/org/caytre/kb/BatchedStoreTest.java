package org.caytre.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caytre.pipeline.Pipeline;
import org.caytre.structure.CorpusFiles;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Documents stored many to a transaction give the same store as one document per transaction, row for row, on both
 * backends: new documents, a copy of one under another name, then every generated one replaced by a new version
 * (events merged across documents and recomputed, entities dropped when only an old version named them). A document
 * is reported stored only once another connection can read it; one that cannot be stored fails alone.
 */
class BatchedStoreTest {
    @TempDir Path dir;

    static java.util.stream.Stream<String> backends() { return Backends.all(); }

    @ParameterizedTest @MethodSource("backends")
    void batches_of_64_store_what_one_document_per_transaction_stores(String backend) throws Exception {
        Path news = dir.resolve("news"), copies = Files.createDirectories(dir.resolve("copies"));
        NewsGenerator.write(news, 70, 42);
        Files.copy(news.resolve("tin-003.txt"), copies.resolve("ban-sao.txt"));   // the same content under another source
        List<Path> inputs = List.of(CorpusFiles.shared().resolve("corpus"), news, copies);

        Store batched = Backends.open(backend, dir.resolve("batched")), single = Backends.open(backend, dir.resolve("single"));
        List<String> first = List.of(ingest(batched, 64, inputs), ingest(single, 1, inputs));
        assertThat(first.get(0)).isEqualTo(first.get(1)).startsWith("74 stored, 0 replaced, 1 unchanged");
        NewsGenerator.write(news, 70, 7);   // every generated file changed in place
        List<String> second = List.of(ingest(batched, 64, inputs), ingest(single, 1, inputs));
        assertThat(second.get(0)).isEqualTo(second.get(1)).startsWith("1 stored, 70 replaced, 4 unchanged");   // the copy, whose content is stored no more

        Map<String, List<String>> expected = dump(single);
        assertThat(expected.get("events")).hasSizeGreaterThan(50);
        assertThat(dump(batched)).isEqualTo(expected);
        Consistency.assertNoOrphansOrDuplicates(batched);

        // the classes computed before the insert are those the SQL of a reclassification gives the stored rows
        try (Connection c = batched.connect(); var files = Files.list(inputs.get(0))) {
            for (Path f : files.sorted().toList()) PassageClasses.store(c, f.getFileName().toString(), Pipeline.standard().extract(f));
        }
        assertThat(dump(batched)).isEqualTo(expected);
    }

    @ParameterizedTest @MethodSource("backends")
    void a_document_that_cannot_be_stored_fails_alone_and_the_rest_of_its_batch_is_stored(String backend) throws Exception {
        Store store = Backends.open(backend, dir.resolve("data"));
        Path a = Files.writeString(dir.resolve("a.txt"), "Ngày 3/4/2023, Thủ tướng tiếp Đại sứ Nhật Bản tại Hà Nội.\n");
        Path b = Files.writeString(dir.resolve("b.txt"), "Ngày 5/6/2023, hai nước ký kết bản ghi nhớ về hợp tác giáo dục.\n");
        Path c = Files.writeString(dir.resolve("c.txt"), "Ngày 7/8/2023, đoàn đại biểu Quốc hội thăm chính thức Lào.\n");
        // the third wants the name the second holds and, as a second source under it, takes the id the first holds
        PreparedDocument third = prepared(c, "/elsewhere/c.txt", "tin");
        PreparedDocument one = prepared(a, "/elsewhere/a.txt", "tin~" + EventMerger.id(third.source()).substring(3));
        PreparedDocument two = prepared(b, "/elsewhere/b.txt", "tin");
        try (DocumentWriter writer = new DocumentWriter(store)) {
            List<DocumentWriter.Written> written = writer.writeAll(List.of(one, two, third));
            assertThat(written).extracting(DocumentWriter.Written::outcome)
                    .containsExactly(DocumentWriter.Outcome.STORED, DocumentWriter.Outcome.STORED, null);
            assertThat(written.get(2).failure()).isNotNull();
            assertThat(written.get(1).id()).isEqualTo("tin");
        }
        Map<String, List<Long>> rows = Consistency.rowsPerDocument(store);
        assertThat(rows).containsOnlyKeys(one.name(), "tin");
        assertThat(rows.get("tin")).isEqualTo(Consistency.expectedRows(two.extraction()));
        Consistency.assertNoOrphansOrDuplicates(store);
    }

    @org.junit.jupiter.api.Test
    void a_batch_below_one_is_a_one_line_error() {
        java.io.StringWriter err = new java.io.StringWriter();
        picocli.CommandLine cl = org.caytre.cli.Main.commandLine();
        cl.setErr(new java.io.PrintWriter(err));
        assertThat(cl.execute("ingest", "--data", dir.resolve("data").toString(), "--batch", "0", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("--batch must be at least 1, not 0");
    }

    static PreparedDocument prepared(Path file, String source, String name) throws Exception {
        Ingester ingester = new Ingester(null, Pipeline.standard(), null, 1);
        IngestInput in = new IngestInput.FileInput(file, Files.size(file));
        PreparedDocument d = ingester.prepare(in, in.hash(null), new ArrayList<>());
        return new PreparedDocument(source, name, d.contentHash(), d.title(), d.date(), d.dateSource(), d.url(), d.origin(), d.extraction());
    }

    /** One worker (the order documents reach the writer decides entity names' order); each document reported stored
     *  must already be readable from another connection. Returns the summary's counts. */
    private static String ingest(Store store, int batch, List<Path> inputs) throws Exception {
        List<String> unreadable = new ArrayList<>();
        Ingester.Summary s;
        try (Connection other = store.connect()) {
            s = new Ingester(store, Pipeline.standard(), null, 1, batch, Duration.ofSeconds(30)).run(inputs, (source, status, bytes, reason) -> {
                try {
                    if (status == Ingester.Status.STORED && !Sql.exists(other, "SELECT 1 FROM documents WHERE source = ?", source))
                        unreadable.add(source);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        assertThat(unreadable).as("reported stored before their commit").isEmpty();
        assertThat(s.failed()).isEmpty();
        return s.stored() + " stored, " + s.replaced() + " replaced, " + s.unchanged() + " unchanged";
    }

    /** Every table of the knowledge base as sorted lines of text (the time of ingest left out). */
    static Map<String, List<String>> dump(Store store) throws SQLException {
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("documents", "SELECT id, source, content_hash, title, metadata, doc_date, date_source, text_length, pipeline_version,"
                + " outlet, kind, relevance, withdrawn_at FROM documents ORDER BY id");
        tables.put("passages", "SELECT * FROM passages ORDER BY id");
        tables.put("entities", "SELECT * FROM entities ORDER BY id");
        tables.put("entity_mentions", "SELECT * FROM entity_mentions ORDER BY doc_id, n");
        tables.put("events", "SELECT * FROM events ORDER BY id");
        tables.put("event_mentions", "SELECT * FROM event_mentions ORDER BY doc_id, n");
        tables.put("statistics", "SELECT * FROM statistics ORDER BY doc_id, n");
        tables.put("date_mentions", "SELECT * FROM date_mentions ORDER BY doc_id, n");
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (Connection c = store.connect(); Statement s = c.createStatement()) {
            for (Map.Entry<String, String> t : tables.entrySet()) {
                List<String> lines = new ArrayList<>();
                try (ResultSet r = s.executeQuery(t.getValue())) {
                    ResultSetMetaData meta = r.getMetaData();
                    while (r.next()) {
                        StringBuilder line = new StringBuilder();
                        for (int i = 1; i <= meta.getColumnCount(); i++) line.append(r.getString(i)).append('|');
                        lines.add(line.toString());
                    }
                }
                out.put(t.getKey(), lines);
            }
        }
        return out;
    }
}
