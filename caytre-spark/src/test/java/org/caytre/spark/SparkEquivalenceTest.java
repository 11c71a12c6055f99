package org.caytre.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.caytre.cli.Main;
import org.caytre.kb.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The Spark path (local[2]) and the single-machine {@code caytre ingest} over the same inputs — the real documents of
 * {@code ../shared/corpus} and the first {@value #DEFAULT_BENCH} articles of the bench corpus (property
 * {@code caytre.spark.bench}) — give the same documents, events (with their ids), statistics, partners and search
 * results. On PostgreSQL when {@code CAYTRE_TEST_PG} is set (two fresh schemas), else on two SQLite stores.
 */
class SparkEquivalenceTest {
    static final int DEFAULT_BENCH = 2000;
    static final Path SHARED = Path.of(System.getProperty("caytre.shared", "../../shared"));

    @TempDir static Path tmp;
    static SparkSession spark;

    @BeforeAll static void start() {
        spark = SparkSession.builder().master("local[2]").appName("caytre-spark-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
    }

    @AfterAll static void stop() { if (spark != null) spark.stop(); }

    record Cli(int status, String out, String err) {
        JsonNode json() throws Exception { return new ObjectMapper().readTree(out); }
    }

    static Cli caytre(List<String> store, String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(store);
        return new Cli(cmd.execute(all.toArray(String[]::new)), out.toString(), err.toString());
    }

    /** --data DIR, plus --db URL of a fresh PostgreSQL schema when CAYTRE_TEST_PG is set. */
    static List<String> store(String name) throws Exception {
        String data = tmp.resolve(name).toString();
        String base = System.getenv("CAYTRE_TEST_PG");
        if (base == null || base.isBlank()) return List.of("--data", data);
        String schema = "spark_" + name + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return List.of("--data", data, "--db", base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    }

    static Path benchSlice(int n) throws Exception {
        Path slice = tmp.resolve("bench-" + n + ".jsonl");
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(SHARED.resolve("bench/vietnews-30k.jsonl.gz"))), StandardCharsets.UTF_8));
             var out = Files.newBufferedWriter(slice)) {
            String line;
            for (int i = 0; i < n && (line = in.readLine()) != null; i++) out.write(line + "\n");
        }
        return slice;
    }

    @Test
    void sparkAndSingleMachineIngestGiveTheSameKnowledgeBase() throws Exception {
        int n = Integer.getInteger("caytre.spark.bench", DEFAULT_BENCH);
        Path corpus = SHARED.resolve("corpus").toAbsolutePath().normalize(), slice = benchSlice(n);
        Files.writeString(tmp.resolve("hong.jsonl"), "{\"id\": \"hong-1\", \"title\": \"Không có văn bản\"}\n");   // a bad line, named alike

        List<String> single = store("single"), batch = store("spark");
        Cli ingest = caytre(single, "ingest", corpus.toString(), slice.toString(), tmp.resolve("hong.jsonl").toString());
        assertThat(ingest.status()).as(ingest.err()).isEqualTo(1);

        Path data = Path.of(batch.get(1));
        String db = batch.size() > 2 ? batch.get(3) : null;
        StringWriter errors = new StringWriter();
        SparkIngest.Summary s = SparkIngest.run(spark, List.of(corpus.toString(), slice.toString(), tmp.resolve("hong.jsonl").toString()),
                data, db, null, 4, 64, tmp.resolve("out").toString(), "parquet", null, new PrintWriter(errors, true));
        assertThat(s.failed()).isEqualTo(1);
        assertThat(s.merged()).as("indexed by the tasks, merged with addIndexes").isEqualTo(s.stored());
        assertThat(s.indexed()).as("left for the driver to index from the store").isZero();
        assertThat(errors.toString()).contains("hong.jsonl:1: no \"text\" field");
        assertThat(ingest.err()).contains("hong.jsonl:1: no \"text\" field");
        assertThat(s.stored()).isEqualTo(documents(single).size());

        assertThat(documents(batch)).isEqualTo(documents(single)).hasSizeGreaterThan(n / 2);
        JsonNode events = caytre(single, "events", "--json").json();
        assertThat(events.get("events").size()).isPositive();
        assertThat(caytre(batch, "events", "--json").json()).isEqualTo(events);
        assertThat(caytre(batch, "stats", "--json").json()).isEqualTo(caytre(single, "stats", "--json").json());
        assertThat(caytre(batch, "partners", "--as-of", "2025-12-31", "--json").json())
                .isEqualTo(caytre(single, "partners", "--as-of", "2025-12-31", "--json").json());
        JsonNode found = caytre(single, "search", "--json", "Hoa Kỳ").json(), also = caytre(batch, "search", "--json", "Hoa Kỳ").json();
        assertThat(found.get("total").asInt()).isPositive();
        assertThat(also.get("total")).isEqualTo(found.get("total"));
        assertThat(also.get("facets")).isEqualTo(found.get("facets"));
        // every hit, page by page; equal scores may come in another order (the passages were indexed in another order)
        assertThat(hits(batch, "Hoa Kỳ", found.get("total").asInt())).isEqualTo(hits(single, "Hoa Kỳ", found.get("total").asInt()));

        List<Row> rows = spark.read().parquet(tmp.resolve("out").toString()).select("source", "status", "extraction").collectAsList();
        assertThat(rows).hasSize(n + 4 + 1);
        Row report = rows.stream().filter(r -> r.getString(0).equals(corpus.resolve("000_5b41a8928775c049.txt").toString())).findFirst().orElseThrow();
        assertThat(report.getString(1)).isEqualTo("stored");
        assertThat(new ObjectMapper().readTree(report.getString(2)).has("events")).isTrue();

        // a second run over the same inputs stores nothing new
        SparkIngest.Summary again = SparkIngest.run(spark, List.of(corpus.toString()), data, db, null, 2, 64,
                tmp.resolve("out2").toString(), "json", null, new PrintWriter(new StringWriter()));
        assertThat(again.unchanged()).isEqualTo(4);
        assertThat(again.stored()).isZero();
        assertThat(caytre(batch, "status", "--json").json().get("runs").get(0).get("kind").asText()).isEqualTo("spark");
    }

    static List<String> hits(List<String> store, String query, int total) throws Exception {
        List<String> out = new ArrayList<>();
        for (int offset = 0; offset < total; offset += 100)
            caytre(store, "search", "--json", "--limit", "100", "--offset", String.valueOf(offset), query).json().get("hits")
                    .forEach(h -> out.add(h.get("passage_id").asText() + " " + h.get("score").asText() + " " + h.get("snippet").asText()));
        assertThat(out).hasSize(total);
        return out.stream().sorted().toList();
    }

    /** Every stored document: id, source, content hash, title, date, outlet, kind, counts of passages and mentions. */
    static List<String> documents(List<String> storeArgs) throws Exception {
        Path data = Path.of(storeArgs.get(1));
        String db = storeArgs.size() > 2 ? storeArgs.get(3) : null;
        List<String> out = new ArrayList<>();
        try (Store store = Store.open(data, db); Connection c = store.connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT d.id, d.source, d.content_hash, d.title, d.doc_date, d.outlet, d.kind,"
                     + " (SELECT COUNT(*) FROM passages p WHERE p.doc_id = d.id), (SELECT COUNT(*) FROM event_mentions m WHERE m.doc_id = d.id),"
                     + " (SELECT COUNT(*) FROM statistics t WHERE t.doc_id = d.id) FROM documents d ORDER BY d.id")) {
            while (r.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= 10; i++) b.append(r.getString(i)).append('\t');
                out.add(b.toString());
            }
        }
        return out;
    }
}
