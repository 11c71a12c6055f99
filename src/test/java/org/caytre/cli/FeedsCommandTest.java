package org.caytre.cli;

import static org.caytre.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.caytre.kb.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code caytre feeds} and {@code caytre status} against feeds and pages served by a local HTTP server (no internet). */
class FeedsCommandTest {
    @TempDir Path tmp;

    private HttpServer server;
    private String base;
    /** path → body; a path missing is a 404. */
    private final Map<String, String> pages = new ConcurrentHashMap<>();
    private final Map<String, Integer> hits = new ConcurrentHashMap<>();
    private volatile String etag = "\"v1\"";
    private int notModified;
    /** While set, the page /b.html is answered only once it opens (counting {@link #waiting} down on arrival). */
    private volatile java.util.concurrent.CountDownLatch gate;
    private final java.util.concurrent.CountDownLatch waiting = new java.util.concurrent.CountDownLatch(1);
    private volatile boolean gatedPageAnswered;

    @BeforeEach
    void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            hits.merge(path, 1, Integer::sum);
            if (path.equals("/b.html") && gate != null) {
                waiting.countDown();
                try {
                    gate.await(60, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                gatedPageAnswered = true;
            }
            String body = pages.get(path);
            if (path.equals("/feed.xml") && etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                notModified++;
                exchange.sendResponseHeaders(304, -1);
            } else if (body == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", path.endsWith(".xml") ? "application/rss+xml; charset=utf-8" : "text/html; charset=utf-8");
                if (path.equals("/feed.xml")) exchange.getResponseHeaders().add("ETag", etag);
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        pages.put("/a.html", page("Hội đàm Việt Nam - Nhật Bản",
                "Sáng 12/3, Bộ trưởng Ngoại giao Việt Nam hội đàm với Bộ trưởng Ngoại giao Nhật Bản tại Hà Nội."));
        pages.put("/b.html", page("Việt Nam và Lào ký thỏa thuận",
                "Chiều 14/3, Việt Nam và Lào ký thỏa thuận hợp tác về giáo dục tại Viên Chăn."));
        pages.put("/feed.xml", feed("a", "b"));
        pages.put("/broken.xml", "<html><body>Trang này không phải một nguồn tin</body></html>");
    }

    @AfterEach
    void stop() { server.stop(0); }

    static String page(String title, String text) {
        return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body><nav>Trang chủ</nav>"
                + "<article><h1>" + title + "</h1><p>" + text + "</p><p>Hai bên nhất trí tăng cường trao đổi đoàn các cấp.</p></article></body></html>";
    }

    private String feed(String... items) {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Tin đối ngoại</title>"
                + "<link>" + base + "/</link><description>Tin thử</description>");
        int day = 12;
        for (String item : items)
            s.append("<item><title>Tin ").append(item).append("</title><link>").append(base).append('/').append(item).append(".html</link>")
                    .append("<pubDate>").append(day++).append(" Mar 2024 08:00:00 +0700</pubDate><guid>").append(item).append("</guid></item>");
        return s.append("</channel></rss>").toString();
    }

    private String data() { return tmp.resolve("data").toString(); }

    @Test
    void newItemsAreIngestedOnceWithTheFeedsDateAndOutlet() throws Exception {
        assertThat(run("feeds", "add", "--data", data(), base + "/feed.xml", "--name", "Báo Thử").status()).isZero();
        CliRun again = run("feeds", "add", "--data", data(), base + "/feed.xml");
        assertThat(again.status()).isEqualTo(2);
        assertThat(again.err().strip()).contains("already there").doesNotContain("\n");

        CliRun first = run("feeds", "poll", "--data", data());
        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.out()).contains("Báo Thử: 2 items, 2 new ingested, 0 already fetched, 0 failed");
        Store store = Store.open(tmp.resolve("data"), null);
        assertThat(one(store, "SELECT COUNT(*) FROM documents WHERE outlet = 'Báo Thử' AND kind = 'news'")).isEqualTo("2");
        assertThat(one(store, "SELECT doc_date FROM documents WHERE metadata LIKE '%/a.html%'")).isEqualTo("2024-03-12");
        assertThat(one(store, "SELECT COUNT(*) FROM passages WHERE text LIKE '%Viên Chăn%'")).isEqualTo("1");
        assertThat(one(store, "SELECT COUNT(*) FROM passages WHERE text LIKE '%Trang chủ%'")).isEqualTo("0");   // the HTML reader's text

        CliRun second = run("feeds", "poll", "--data", data());
        assertThat(second.out()).contains("Báo Thử: not modified");
        assertThat(notModified).isEqualTo(1);

        pages.put("/c.html", page("Thủ tướng tiếp Đại sứ Ấn Độ", "Ngày 15/3, Thủ tướng tiếp Đại sứ Ấn Độ tại Hà Nội."));
        pages.put("/feed.xml", feed("a", "b", "c"));
        etag = "\"v2\"";
        CliRun third = run("feeds", "poll", "--data", data());
        assertThat(third.out()).contains("Báo Thử: 3 items, 1 new ingested, 2 already fetched, 0 failed");
        assertThat(hits).containsEntry("/a.html", 1).containsEntry("/b.html", 1).containsEntry("/c.html", 1);
        assertThat(one(store, "SELECT COUNT(*) FROM documents")).isEqualTo("3");
        assertThat(one(store, "SELECT COUNT(*) FROM ingest_runs WHERE kind = 'feeds' AND status = 'done'")).isEqualTo("3");
    }

    @Test
    void aBrokenFeedIsOneLineAndRecordedAndDeadAfterThreeFailures() throws Exception {
        run("feeds", "add", "--data", data(), base + "/broken.xml", "--name", "broken");
        run("feeds", "add", "--data", data(), base + "/missing.xml", "--name", "missing");
        run("feeds", "add", "--data", data(), base + "/feed.xml", "--name", "good");
        CliRun r = run("feeds", "poll", "--data", data());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("caytre: feed broken (" + base + "/broken.xml): not RSS or Atom")
                .contains("caytre: feed missing (" + base + "/missing.xml): HTTP 404");
        assertThat(r.out()).contains("good: 2 items, 2 new ingested");   // the others still read
        JsonNode list = run("feeds", "list", "--data", data(), "--json").json().get("feeds");
        assertThat(list.get(0).get("name").asText()).isEqualTo("broken");
        assertThat(list.get(0).get("failures").asInt()).isEqualTo(1);
        assertThat(list.get(0).get("last_error").asText()).startsWith("not RSS or Atom");

        run("feeds", "poll", "--data", data());
        run("feeds", "poll", "--data", data(), "broken");
        JsonNode status = run("status", "--data", data(), "--json").json();
        assertThat(status.get("dead_feeds").toString()).isEqualTo("[\"broken\"]");
        assertThat(status.get("failures").toString()).contains(base + "/broken.xml").contains(base + "/missing.xml");
        assertThat(run("status", "--data", data()).out()).contains("ALERT: feed broken (" + base + "/broken.xml) is dead: 3 failed polls");
    }

    @Test
    void aFailedItemIsReportedAndRerunFetchesIt() throws Exception {
        pages.remove("/b.html");
        run("feeds", "add", "--data", data(), base + "/feed.xml", "--name", "tin");
        CliRun r = run("feeds", "poll", "--data", data());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("caytre: " + base + "/b.html (feed tin): HTTP 404");
        JsonNode failures = run("status", "--data", data(), "--json").json().get("failures");
        assertThat(failures).hasSize(1);
        assertThat(failures.get(0).get("source").asText()).isEqualTo(base + "/b.html");

        pages.put("/b.html", page("Việt Nam và Lào ký thỏa thuận", "Chiều 14/3, Việt Nam và Lào ký thỏa thuận hợp tác về giáo dục."));
        CliRun rerun = run("status", "--data", data(), "--rerun-failures");
        assertThat(rerun.status()).as(rerun.err()).isZero();
        assertThat(rerun.out()).contains("re-ran 1 failures: 1 stored, 0 still failing");
        assertThat(run("status", "--data", data(), "--json").json().get("failures")).isEmpty();
        Store store = Store.open(tmp.resolve("data"), null);
        assertThat(one(store, "SELECT doc_date FROM documents WHERE metadata LIKE '%/b.html%'")).isEqualTo("2024-03-13");
    }

    @Test
    void watchPollsTheFeedsOnItsSchedule() throws Exception {
        run("feeds", "add", "--data", data(), base + "/feed.xml");
        CliRun w = run("watch", "--data", data(), "--once", "--interval", "0.1", "--feeds-every", "60");
        assertThat(w.status()).as(w.err()).isZero();
        assertThat(w.out()).contains("127.0.0.1: 2 items, 2 new ingested");   // named after the feed's host
        assertThat(run("watch", "--data", data(), "--once").err().strip())
                .isEqualTo("caytre watch: give a folder to watch (DIR) or --feeds-every MINUTES");
    }

    @Test
    void serveFeedScheduleIngestsNewItemsWhileTheServerSearchesThem() throws Exception {
        run("feeds", "add", "--data", data(), base + "/feed.xml", "--name", "lich");
        Path dataDir = tmp.resolve("data");
        StringWriter log = new StringWriter();
        try (org.caytre.web.WebServer web = org.caytre.web.WebServer.start(org.caytre.web.WebConfig.local(dataDir));
             org.caytre.intake.FeedSchedule schedule = org.caytre.intake.FeedSchedule.start(dataDir, null,
                     java.time.Duration.ofMillis(300), new PrintWriter(log, true))) {
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            java.net.URI search = java.net.URI.create(web.url() + "api/v1/search?q=" + java.net.URLEncoder.encode("Viên Chăn", StandardCharsets.UTF_8));
            JsonNode found = null;
            for (long end = System.nanoTime() + 60_000_000_000L; System.nanoTime() < end; Thread.sleep(200)) {
                var r = http.send(java.net.http.HttpRequest.newBuilder(search).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && (found = new ObjectMapper().readTree(r.body())).get("total").asInt() > 0 && notModified > 0) break;
            }
            assertThat(found).as(log.toString()).isNotNull();
            assertThat(found.get("total").asInt()).as(log.toString()).isPositive();
            assertThat(notModified).as("polled again on the schedule: a conditional GET").isPositive();
        }
        assertThat(log.toString()).contains("lich: 2 items, 2 new ingested");
        assertThat(hits).containsEntry("/a.html", 1).containsEntry("/b.html", 1);
    }

    @Test
    void aServerTakingUploadsPollsFeedsThroughItsOwnWriterAndAnUploadGoesInDuringThePoll() throws Exception {
        run("feeds", "add", "--data", data(), base + "/feed.xml", "--name", "lich");
        Path dataDir = tmp.resolve("data");
        StringWriter log = new StringWriter();
        gate = new java.util.concurrent.CountDownLatch(1);   // the poll stops at the second item's page until opened
        try (org.caytre.web.WebServer web = org.caytre.web.WebServer.start(org.caytre.web.WebConfig.local(dataDir).withWriteToken("bi-mat"));
             org.caytre.intake.FeedSchedule schedule = org.caytre.intake.FeedSchedule.through(web.writer("a feeds poll").orElseThrow(),
                     dataDir, java.time.Duration.ofHours(1), new PrintWriter(log, true))) {
            waiting.await();   // the poll is under way: the first item stored, the second being fetched
            String boundary = "ranh-gioi";
            String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"tai-len.txt\"\r\n"
                    + "Content-Type: text/plain\r\n\r\nHÀ NỘI, 9/3/2024 - Thủ tướng tiếp Đại sứ Cu-ba tại Hà Nội, hai bên bàn về hợp tác"
                    + " sản xuất lúa gạo.\r\n--" + boundary + "--\r\n";
            var http = java.net.http.HttpClient.newHttpClient();
            var upload = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(web.url() + "api/v1/documents"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Authorization", "Bearer bi-mat")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
            assertThat(gatedPageAnswered).as("the upload was stored while the poll still waited for its page").isFalse();
            gate.countDown();
            for (long end = System.nanoTime() + 120_000_000_000L; System.nanoTime() < end && !log.toString().contains("lich: 2 items"); )
                Thread.sleep(100);
            assertThat(log.toString()).contains("lich: 2 items, 2 new ingested, 0 already fetched, 0 failed");
            for (String query : List.of("Viên Chăn", "lúa gạo", "Nhật Bản")) {   // both feed items and the upload, in the server's index
                var r = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(web.url() + "api/v1/search?q="
                        + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8))).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
                assertThat(new ObjectMapper().readTree(r.body()).get("total").asInt()).as(query).isPositive();
            }
        }
        Store store = Store.open(dataDir, null);
        assertThat(one(store, "SELECT COUNT(*) FROM documents")).isEqualTo("3");
        assertThat(one(store, "SELECT COUNT(*) FROM ingest_runs WHERE kind = 'feeds' AND status = 'done'")).isEqualTo("1");
    }

    static String one(Store store, String sql) throws Exception {
        try (Connection c = store.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getString(1) : null;
        }
    }
}
