package org.caytre.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caytre.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.caytre.kb.Backends;
import org.caytre.web.WebConfig;
import org.caytre.web.WebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** The ingestion log as {@code caytre ingest}, {@code watch --once} and {@code status} write and read it on real files. */
class StatusCommandTest {
    @TempDir Path tmp;

    /** The store options for a backend: the SQLite file in {@code data}, or a fresh schema of {@code CAYTRE_TEST_PG}. */
    private String[] store(String backend) throws Exception {
        String data = tmp.resolve("data").toString(), url = Backends.freshUrl(backend);
        return url == null ? new String[] {"--data", data} : new String[] {"--data", data, "--db", url};
    }

    private static String[] args(String[] store, String... args) {
        return Stream.concat(Stream.of(args), Stream.of(store)).toArray(String[]::new);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void ingestIsLoggedFailuresNamedAndRerunFixesThem(String backend) throws Exception {
        String[] data = store(backend);
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("tot.txt"), "Ngày 5/6/2023, Việt Nam và Ô-xtrây-li-a nâng cấp quan hệ lên Đối tác chiến lược toàn diện.\n");
        Files.writeString(docs.resolve("rong.txt"), "");
        CliRun ingest = run(args(data, "ingest", docs.toString()));
        assertThat(ingest.status()).isEqualTo(1);

        JsonNode s = run(args(data, "status", "--json")).json();
        assertThat(s.get("documents").asInt()).isEqualTo(1);
        assertThat(s.get("days").get(0).get("source").asText()).isEqualTo(docs.toAbsolutePath().toString());
        assertThat(s.get("days").get(0).get("documents").asInt()).isEqualTo(1);
        JsonNode last = s.get("runs").get(0);
        assertThat(last.get("kind").asText()).isEqualTo("ingest");
        assertThat(last.get("status").asText()).isEqualTo("done");
        assertThat(last.get("stored").asInt()).isEqualTo(1);
        assertThat(last.get("failed").asInt()).isEqualTo(1);
        assertThat(s.get("failures")).hasSize(1);
        assertThat(s.get("failures").get(0).get("source").asText()).endsWith("rong.txt");
        assertThat(s.get("failures").get(0).get("error").asText()).contains("empty");
        assertThat(run(args(data, "status")).out()).contains("rong.txt: ").contains("Last runs:");

        CliRun still = run(args(data, "status", "--rerun-failures"));
        assertThat(still.status()).isEqualTo(1);
        assertThat(still.out()).contains("re-ran 1 failures: 0 stored, 1 still failing");

        Files.writeString(docs.resolve("rong.txt"), "Ngày 7/6/2023, Bộ trưởng Ngoại giao Việt Nam tiếp Đại sứ Niu Di-lân tại Hà Nội.\n");
        CliRun fixed = run(args(data, "status", "--rerun-failures"));
        assertThat(fixed.status()).as(fixed.err()).isZero();
        assertThat(fixed.out()).contains("re-ran 1 failures: 1 stored, 0 still failing");
        s = run(args(data, "status", "--json")).json();
        assertThat(s.get("failures")).isEmpty();
        assertThat(s.get("documents").asInt()).isEqualTo(2);
        assertThat(s.get("runs").get(0).get("kind").asText()).isEqualTo("rerun");
        assertThat(run(args(data, "search", "Niu Di-lân")).out()).contains("rong");   // indexed, not only stored
        if (backend.equals("sqlite")) {   // the server answers the same JSON
            try (WebServer server = WebServer.start(WebConfig.local(tmp.resolve("data")))) {
                HttpResponse<String> api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + "api/v1/status")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(api.statusCode()).isEqualTo(200);
                assertThat(new ObjectMapper().readTree(api.body())).isEqualTo(s);
            }
        }
    }

    @Test
    void watchOnceIngestsAndWithdrawsFromTheCommandLine() throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        Files.writeString(inbox.resolve("a.md"), "# Tin\n\nNgày 2/9/2024, Việt Nam và Xin-ga-po ký biên bản ghi nhớ về hợp tác số.\n");
        String data = tmp.resolve("data").toString();
        CliRun w = run("watch", "--data", data, "--once", "--interval", "0.2", inbox.toString());
        assertThat(w.status()).as(w.err()).isZero();
        assertThat(w.out()).contains("watch: 1 stored, 0 unchanged, 0 failed, 0 withdrawn, 0 still changing");
        Files.delete(inbox.resolve("a.md"));
        w = run("watch", "--data", data, "--once", "--interval", "0.2", inbox.toString());
        assertThat(w.out()).contains("withdrawn " + inbox.toAbsolutePath().resolve("a.md"));
        JsonNode s = run("status", "--data", data, "--json").json();
        assertThat(s.get("withdrawn").asInt()).isEqualTo(1);
        assertThat(s.get("runs").get(0).get("kind").asText()).isEqualTo("watch");

        CliRun missing = run("watch", "--data", data, "--once", tmp.resolve("nowhere").toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err().strip()).isEqualTo("caytre watch: " + tmp.resolve("nowhere") + ": no such folder");
    }

    @Test
    void aRunningRunShowsItsProgressAndEtaAndAFinishedIngestItsWholeInput() throws Exception {
        String data = tmp.resolve("data").toString();
        assertThat(run("status", "--data", data).status()).isZero();
        try (org.caytre.kb.Store store = org.caytre.kb.Store.open(tmp.resolve("data"), null);
             org.caytre.kb.IngestLog.Run r = org.caytre.kb.IngestLog.start(store, "ingest", "/kho/bao-cao")) {
            r.expect(4_000_000);
            r.record("/kho/bao-cao/a.txt", "stored", null, 1_000_000);
            JsonNode p = run("status", "--data", data, "--json").json().get("runs").get(0).get("progress");
            assertThat(p.get("documents").asInt()).isEqualTo(1);
            assertThat(p.get("bytes").asLong()).isEqualTo(1_000_000);
            assertThat(p.get("total_bytes").asLong()).isEqualTo(4_000_000);
            assertThat(p.get("fraction").asDouble()).isEqualTo(0.25);
            assertThat(p.get("eta_seconds").isNumber()).isTrue();
            assertThat(run("status", "--data", data).out()).contains("running").contains("1 documents, 1.0 of 4.0 MB (25%), ETA ");
            r.finish(null);
        }
        JsonNode done = run("status", "--data", data, "--json").json().get("runs").get(0);
        assertThat(done.get("status").asText()).isEqualTo("done");
        assertThat(done.get("progress").get("eta_seconds").isNull()).isTrue();

        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("a.txt"), "Ngày 4/5/2022, Việt Nam và Ca-na-đa trao đổi về hợp tác thương mại.\n");
        Files.writeString(docs.resolve("b.txt"), "Ngày 6/5/2022, Phó Thủ tướng tiếp Đại sứ Chi-lê tại Hà Nội.\n");
        assertThat(run("ingest", "--data", data, docs.toString()).status()).isZero();
        JsonNode p = run("status", "--data", data, "--json").json().get("runs").get(0).get("progress");
        long size = Files.size(docs.resolve("a.txt")) + Files.size(docs.resolve("b.txt"));
        assertThat(p.get("total_bytes").asLong()).isEqualTo(size);
        assertThat(p.get("bytes").asLong()).isEqualTo(size);
        assertThat(p.get("documents").asInt()).isEqualTo(2);
        assertThat(p.get("fraction").asDouble()).isEqualTo(1.0);
    }

    @Test
    void eachDocumentCarriesItsOwnTimeAndEachCommitIsLoggedApart() throws Exception {
        org.caytre.kb.Store store = org.caytre.kb.Store.open(tmp.resolve("data"), null);
        try (org.caytre.kb.IngestLog.Run log = org.caytre.kb.IngestLog.start(store, "ingest", "/kho")) {
            var stored = org.caytre.kb.Ingester.Status.STORED;
            log.committed(3, 5_000_000_000L);                  // one transaction of three documents, 5 s
            log.done("/kho/a.txt", stored, 10, null, 1_200_000_000L);
            log.done("/kho/b.txt", stored, 10, null, 300_000_000L);
            log.done("/kho/c.txt", stored, 10, null, 2_500_000_000L);
            log.record("http://vi-du.vn/rss", "polled", null, 10, 700);   // not a document: counted in no document time
            log.committed(1, 500_000_000L);
            log.done("/kho/d.txt", org.caytre.kb.Ingester.Status.UNCHANGED, 10, null, 0);
            log.finish(null);
        }
        JsonNode timing = run("status", "--data", tmp.resolve("data").toString(), "--json").json().get("runs").get(0).get("timing");
        assertThat(timing.get("document_seconds").asDouble()).isEqualTo(4.0);
        assertThat(timing.get("commits").asInt()).isEqualTo(2);
        assertThat(timing.get("commit_seconds").asDouble()).isEqualTo(5.5);
        assertThat(timing.get("slowest").get("source").asText()).isEqualTo("/kho/c.txt");
        assertThat(timing.get("slowest").get("seconds").asDouble()).isEqualTo(2.5);
        assertThat(run("status", "--data", tmp.resolve("data").toString()).out())
                .contains("documents 4.0 s on the workers (slowest 2.5 s: /kho/c.txt); 2 commits, 5.5 s");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void anIngestLogsEveryCommitWithItsDocumentsAndEveryDocumentWithItsOwnTime(String backend) throws Exception {
        String[] data = store(backend);
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        for (int i = 0; i < 5; i++)
            Files.writeString(docs.resolve("tin-" + i + ".txt"), "Ngày " + (i + 1) + "/6/2023, Bộ trưởng Ngoại giao tiếp Đại sứ Lào tại Hà Nội.\n");
        assertThat(run(args(data, "ingest", "--batch", "2", docs.toString())).status()).isZero();
        JsonNode timing = run(args(data, "status", "--json")).json().get("runs").get(0).get("timing");
        assertThat(timing.get("commits").asInt()).as("5 documents, 2 a transaction").isEqualTo(3);
        assertThat(timing.get("slowest").get("source").asText()).startsWith(docs.toAbsolutePath().toString());
        org.caytre.kb.Store store = org.caytre.kb.Store.open(tmp.resolve("data"), data.length > 2 ? data[3] : null);
        assertThat(FeedsCommandTest.one(store, "SELECT SUM(documents) FROM ingest_commits")).isEqualTo("5");
        assertThat(FeedsCommandTest.one(store, "SELECT COUNT(*) FROM ingest_log WHERE status = 'stored' AND millis > 0"))
                .as("each read, parsed and extracted: its own time, at least a millisecond").isEqualTo("5");
    }

    @Test
    void aRunThatStopsWritingProgressIsStalled() {
        var r = new org.caytre.kb.IngestStatus.Run("r", "ingest", "/kho", "2026-01-01T00:00:00.000000Z", null, "running",
                0, 0, 0, 0, null, 100L, 10, 1, "2026-01-01T00:01:00.000000Z");
        assertThat(r.stalled(java.time.Instant.parse("2026-01-01T00:05:00Z"))).isFalse();
        assertThat(r.stalled(java.time.Instant.parse("2026-01-01T00:12:00Z"))).isTrue();
        assertThat(r.etaSeconds(java.time.Instant.parse("2026-01-01T00:01:00Z"))).isEqualTo(540.0);   // 10 of 100 bytes in 60 s
    }

    @Test
    void aDiskBelowTheFreeSpaceAskedForIsAnAlert() throws Exception {
        String data = tmp.resolve("data").toString();
        JsonNode fine = run("status", "--data", data, "--json", "--min-free", "0").json();
        assertThat(fine.get("alerts")).isEmpty();
        JsonNode full = run("status", "--data", data, "--json", "--min-free", "100000000000").json();
        assertThat(full.get("alerts")).hasSize(1);
        assertThat(full.get("alerts").get(0).get("kind").asText()).isEqualTo("disk");
        assertThat(full.get("alerts").get(0).get("message").asText()).contains("MB free on its disk");
        assertThat(run("status", "--data", data, "--min-free", "100000000000").out()).contains("ALERT: " + data + ": only ");
    }

    @Test
    void withdrawnDocumentsAreLeftOutOfSearchesUnlessAskedButStayReadable() throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        Files.writeString(inbox.resolve("a.md"), "# Tin một\n\nNgày 2/9/2024, Bộ trưởng Ngoại giao Việt Nam điện đàm với Bộ trưởng Ngoại giao Xin-ga-po.\n");
        Files.writeString(inbox.resolve("b.md"), "# Tin hai\n\nNgày 5/9/2024, Việt Nam và Xin-ga-po trao đổi về an ninh mạng.\n");
        String data = tmp.resolve("data").toString();
        assertThat(run("watch", "--data", data, "--once", "--interval", "0.2", inbox.toString()).status()).isZero();
        assertThat(docsFound(run("search", "--data", data, "--json", "Xin-ga-po").json())).hasSize(2);
        Files.delete(inbox.resolve("a.md"));
        assertThat(run("watch", "--data", data, "--once", "--interval", "0.2", inbox.toString()).out()).contains("withdrawn");

        java.util.Set<String> current = docsFound(run("search", "--data", data, "--json", "Xin-ga-po").json());
        java.util.Set<String> all = docsFound(run("search", "--data", data, "--json", "--include-withdrawn", "Xin-ga-po").json());
        assertThat(current).hasSize(1);
        assertThat(all).hasSize(2).containsAll(current);
        String gone = all.stream().filter(d -> !current.contains(d)).findFirst().orElseThrow();
        assertThat(run("documents", "--data", data, "--json").out()).contains(gone);          // still readable
        try (WebServer server = WebServer.start(WebConfig.local(tmp.resolve("data")))) {
            HttpClient http = HttpClient.newHttpClient();
            for (String q : new String[] {"", "&include_withdrawn=true"}) {
                HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/v1/search?q=Xin-ga-po" + q)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(docsFound(new ObjectMapper().readTree(api.body()))).isEqualTo(q.isEmpty() ? current : all);
            }
        }
    }

    private static java.util.Set<String> docsFound(JsonNode search) {
        java.util.Set<String> docs = new java.util.TreeSet<>();
        search.get("hits").forEach(h -> docs.add(h.get("doc").asText()));
        return docs;
    }
}
