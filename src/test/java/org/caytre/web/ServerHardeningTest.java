package org.caytre.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The server against hostile and careless clients, over real sockets: foreign Host headers, requests Javalin and Jetty
 * refuse themselves, lying multipart bodies, odd file names, re-uploads. Every answer but success is
 * {@code {"error": {"code", "message"}}} with the security headers and without the server's folders or Java names.
 */
class ServerHardeningTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String TOKEN = "hardening-token";
    static final long LIMIT = 64 * 1024;
    static Path data;
    static WebServer server;

    @BeforeAll static void start() throws Exception {
        data = org.caytre.testing.TempDirs.create("caytre-hardening");
        server = WebServer.start(new WebConfig(data, null, "127.0.0.1", 0, TOKEN, LIMIT));
    }

    @AfterAll static void stop() { server.close(); }

    static String host() { return "127.0.0.1:" + server.port(); }

    /** An error answer as the API promises it: JSON, the headers, nothing internal. */
    static JsonNode assertCleanError(RawHttp.Answer a, int status) throws Exception {
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        assertThat(a.header("Content-Type")).as(a.body()).contains("application/json");
        assertThat(a.header("Content-Security-Policy")).isEqualTo(WebServer.CSP);
        assertThat(a.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(a.header("X-Frame-Options")).isEqualTo("DENY");
        assertNothingInternal(a.body());
        JsonNode e = JSON.readTree(a.body()).get("error");
        assertThat(e.get("code").asText()).isNotBlank();
        assertThat(e.get("message").asText()).isNotBlank();
        return e;
    }

    static void assertNothingInternal(String body) { assertNothingInternal(body, data); }

    static void assertNothingInternal(String body, Path data) {
        assertThat(body).doesNotContain(data.toAbsolutePath().toString(), System.getProperty("java.io.tmpdir"),
                System.getProperty("user.dir"), "Exception", "org.caytre", "org.eclipse", "io.javalin", "\tat ", "<html");
    }

    @Test void a_foreign_host_name_is_refused_and_loopback_names_are_served() throws Exception {
        for (String path : List.of("/api/v1/documents", "/", "/app.js")) {
            JsonNode e = assertCleanError(RawHttp.get(server.port(), path, "rebind.attacker.example"), 403);
            assertThat(e.get("code").asText()).isEqualTo("host_not_allowed");
            assertThat(e.get("message").asText()).contains("--allow-host");
        }
        assertCleanError(RawHttp.get(server.port(), "/api/v1/documents", "127.0.0.1.attacker.example:" + server.port()), 403);
        for (String name : List.of(host(), "localhost:" + server.port(), "LOCALHOST", "[::1]:" + server.port(), "127.0.0.1"))
            assertThat(RawHttp.get(server.port(), "/api/v1/documents", name).status()).as(name).isEqualTo(200);
    }

    @Test void an_allowed_host_name_is_served(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        try (WebServer s = WebServer.start(WebConfig.local(dir).withAllowedHosts(Set.of("kb.example.org")))) {
            assertThat(RawHttp.get(s.port(), "/api/v1/documents", "kb.example.org:" + s.port()).status()).isEqualTo(200);
            assertThat(RawHttp.get(s.port(), "/api/v1/documents", "other.example.org").status()).isEqualTo(403);
        }
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({"GET, /no-such-page.html, 404", "GET, /api/v1/no-such-route, 404", "DELETE, /api/v1/documents, 405",
            "PUT, /api/v1/search, 405", "GET, /%zz, 400", "GET, /api/v1/documents/%00, 400"})
    void errors_of_every_layer_are_json_with_the_security_headers(String method, String path, int status) throws Exception {
        assertCleanError(RawHttp.send(server.port(), method + " " + path + " HTTP/1.1\r\nHost: " + host(), null), status);
    }

    @Test void headers_too_large_and_a_broken_request_line_are_json_too() throws Exception {
        assertCleanError(RawHttp.send(server.port(), "GET /api/v1/documents HTTP/1.1\r\nHost: " + host() + "\r\nX-Big: " + "a".repeat(20_000), null), 431);
        RawHttp.Answer broken = RawHttp.send(server.port(), "GARBAGE\u0001 / HTTP/1.1\r\nHost: " + host(), null);
        assertThat(broken.status()).isBetween(400, 499);
        assertCleanError(broken, broken.status());
    }

    static String multipartHead(String boundary, long length, boolean chunked) {
        return "POST /api/v1/documents HTTP/1.1\r\nHost: " + host() + "\r\nAuthorization: Bearer " + TOKEN
                + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
                + (chunked ? "\r\nTransfer-Encoding: chunked" : "\r\nContent-Length: " + length);
    }

    static byte[] chunked(byte[] body) {
        var out = new java.io.ByteArrayOutputStream();
        for (int at = 0; at < body.length; at += 8192) {
            int n = Math.min(8192, body.length - at);
            out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, at, n);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    @Test void a_chunked_upload_over_the_limit_is_413_and_leaves_nothing() throws Exception {
        byte[] body = RawHttp.multipart("b0und", "lon.txt", "Hà Nội hợp tác. ".repeat(10_000).getBytes(StandardCharsets.UTF_8));
        JsonNode e = assertCleanError(RawHttp.send(server.port(), multipartHead("b0und", 0, true), chunked(body)), 413);
        assertThat(e.get("code").asText()).isEqualTo("too_large");
        assertNoUploadLeft("lon.txt");
    }

    @Test void malformed_multipart_bodies_are_400_and_leave_nothing() throws Exception {
        byte[] truncated = "--b0und\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cut.txt\"\r\n\r\nHà Nội"
                .getBytes(StandardCharsets.UTF_8);
        byte[] garbage = "this is not multipart at all".getBytes(StandardCharsets.UTF_8);
        for (byte[] body : List.of(truncated, garbage)) {
            RawHttp.Answer a = RawHttp.send(server.port(), multipartHead("b0und", body.length, false), body);
            assertCleanError(a, 400);
        }
        String noBoundary = "POST /api/v1/documents HTTP/1.1\r\nHost: " + host() + "\r\nAuthorization: Bearer " + TOKEN
                + "\r\nContent-Type: multipart/form-data\r\nContent-Length: 4";
        assertCleanError(RawHttp.send(server.port(), noBoundary, "abcd".getBytes(StandardCharsets.UTF_8)), 400);
        assertNoUploadLeft("cut.txt");
    }

    @Test void odd_file_names_are_made_safe_and_never_leak_a_path() throws Exception {
        String text = "HÀ NỘI, 2/3/2024 - Bộ trưởng Ngoại giao tiếp Đại sứ Chi-lê về hợp tác thương mại và ";
        List<String> names = List.of("a\u0000b.txt", "d".repeat(300) + ".txt", "../../etc/passwd.txt", "ư".repeat(200) + ".md",
                ".hidden.txt", "   ", "con\u0007trol\r.txt");
        int i = 0;
        for (String name : names) {
            byte[] body = RawHttp.multipart("b0und", name, (text + "tên tệp thứ " + (++i) + ".").getBytes(StandardCharsets.UTF_8));
            RawHttp.Answer a = RawHttp.send(server.port(), multipartHead("b0und", body.length, false), body);
            assertThat(a.status()).as(name + " → " + a.body()).isLessThan(500);
            assertNothingInternal(a.body());
        }
        try (Stream<Path> files = Files.walk(data.resolve("uploads"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(f.getFileName().toString().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(UploadController.MAX_NAME_BYTES);
                assertThat(f.getFileName().toString()).doesNotContain("\u0000", "\u0007", "/").doesNotStartWith(".");
                assertThat(f.toAbsolutePath().normalize()).startsWith(data.resolve("uploads").toAbsolutePath());
            }
        }
        assertThat(UploadController.fileName("../../etc/passwd.txt")).isEqualTo("passwd.txt");
        assertThat(UploadController.fileName("C:\\Users\\x\\báo cáo.docx")).isEqualTo("báo_cáo.docx");
        assertThat(UploadController.fileName("d".repeat(300) + ".txt")).endsWith(".txt").hasSize(UploadController.MAX_NAME_BYTES);
    }

    @Test void an_unreadable_upload_is_422_and_its_file_is_deleted() throws Exception {
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.US_ASCII);
        byte[] body = RawHttp.multipart("b0und", "hong.pdf", pdf);
        JsonNode e = assertCleanError(RawHttp.send(server.port(), multipartHead("b0und", body.length, false), body), 422);
        assertThat(e.get("message").asText()).startsWith("hong.pdf: ");
        assertNoUploadLeft("hong.pdf");
    }

    @Test void a_changed_file_uploaded_again_replaces_its_document() throws Exception {
        String first = "HÀ NỘI, 9/9/2024 - Phó Thủ tướng tiếp Bộ trưởng Thương mại Pê-ru, bàn về xuất khẩu cà phê.";
        String second = "HÀ NỘI, 9/9/2024 - Phó Thủ tướng tiếp Bộ trưởng Thương mại Pê-ru, bàn về xuất khẩu hạt điều.";
        JsonNode v1 = uploadOk("ban-tin-peru.txt", first);
        assertThat(v1.get("status").asText()).isEqualTo("stored");
        JsonNode v2 = uploadOk("ban-tin-peru.txt", second);
        assertThat(v2.get("status").asText()).isEqualTo("replaced");
        assertThat(v2.get("id").asText()).isEqualTo(v1.get("id").asText());
        JsonNode again = uploadOk("ban-tin-peru.txt", second);
        assertThat(again.get("status").asText()).isEqualTo("unchanged");
        JsonNode other = uploadOk("ban-tin-peru-2.txt", first);   // another name: another document
        assertThat(other.get("status").asText()).isEqualTo("stored");
        assertThat(other.get("id").asText()).isNotEqualTo(v1.get("id").asText());
        JsonNode hits = JSON.readTree(RawHttp.get(server.port(), "/api/v1/search?q=hat+dieu", host()).body()).get("hits");
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).get("doc").asText()).isEqualTo(v1.get("id").asText());
        JsonNode coffee = JSON.readTree(RawHttp.get(server.port(), "/api/v1/search?q=ca+phe", host()).body()).get("hits");
        assertThat(coffee).allSatisfy(h -> assertThat(h.get("doc").asText()).isEqualTo(other.get("id").asText()));
    }

    static JsonNode uploadOk(String name, String text) throws Exception {
        HttpResponse<String> r = UploadTest.upload(server, "Bearer " + TOKEN, name, text.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body());
    }

    /** Neither the named file nor any part Jetty spooled is left under DIR/uploads. */
    static void assertNoUploadLeft(String name) throws Exception {
        if (!Files.exists(data.resolve("uploads"))) return;
        for (int i = 0; i < 100; i++) {   // Jetty deletes spooled parts as the request completes, just after the answer
            try (Stream<Path> files = Files.walk(data.resolve("uploads"))) {
                List<Path> left = files.filter(Files::isRegularFile)
                        .filter(f -> f.getFileName().toString().equals(name) || f.getParent().getFileName().toString().equals(".parts")
                                || f.getFileName().toString().startsWith(".")).toList();
                if (left.isEmpty()) return;
                if (i == 99) assertThat(left).as("left behind").isEmpty();
            }
            Thread.sleep(50);
        }
    }

    @Test void a_server_killed_mid_upload_leaves_the_previous_file_in_place_after_a_restart(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("uploads").resolve("0123456789abcdef"));
        Files.writeString(folder.resolve(".tin.txt.previous"), "bản cũ");          // set aside, replacement never moved in
        Files.writeString(folder.resolve(".tin.txt.incoming"), "bản mới dở dang");
        Files.writeString(folder.resolve("khac.txt"), "bản mới");
        Files.writeString(folder.resolve(".khac.txt.previous"), "bản cũ");         // replacement in place: the old one goes
        try (WebServer s = WebServer.start(WebConfig.local(dir).withWriteToken("t"))) {
            try (Stream<Path> files = Files.list(folder)) {
                assertThat(files.map(f -> f.getFileName().toString()).sorted().toList()).containsExactly("khac.txt", "tin.txt");
            }
            assertThat(Files.readString(folder.resolve("tin.txt"))).isEqualTo("bản cũ");
            assertThat(Files.readString(folder.resolve("khac.txt"))).isEqualTo("bản mới");
        }
    }

    @Test void every_request_is_logged_with_its_status_and_time() throws Exception {
        RawHttp.get(server.port(), "/api/v1/documents?x=1", host());
        RawHttp.get(server.port(), "/api/v1/nowhere", host());
        List<JsonNode> lines = Files.readAllLines(server.requestLog()).stream().map(l -> {
            try { return JSON.readTree(l); } catch (Exception e) { throw new AssertionError(l, e); }
        }).toList();
        assertThat(server.requestLog()).startsWith(data.resolve("logs"));
        assertThat(lines).anySatisfy(l -> {
            assertThat(l.get("path").asText()).isEqualTo("/api/v1/documents");
            assertThat(l.get("query").asText()).isEqualTo("x=1");
            assertThat(l.get("status").asInt()).isEqualTo(200);
            assertThat(l.get("ms").isNumber()).isTrue();
            assertThat(l.get("time").asText()).isNotBlank();
        });
        assertThat(lines).anySatisfy(l -> assertThat(l.get("path").asText() + " " + l.get("status").asInt()).isEqualTo("/api/v1/nowhere 404"));
    }

    @Test void the_request_log_rotates_by_size_and_keeps_a_few_files(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        try (RequestLog log = RequestLog.open(dir, 2_000)) {
            for (int i = 0; i < 200; i++) log.jetty("GET", "/p/" + i, 400);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
                    .containsExactly("requests.1.jsonl", "requests.2.jsonl", "requests.3.jsonl", "requests.jsonl");
        }
        assertThat(Files.size(dir.resolve("requests.jsonl"))).isLessThanOrEqualTo(2_000);
        assertThat(Files.readString(dir.resolve("requests.jsonl"))).contains("\"/p/199\"");
    }

    @Test void snippets_are_escaped_html_with_only_the_match_marks() throws Exception {
        try (WebServer s = WebServer.start(WebConfig.local(TestData.dataDir()))) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(s.url() + "api/v1/search?q=doan+ma")).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode hits = JSON.readTree(r.body()).get("hits");
            assertThat(hits).isNotEmpty();
            String snippet = hits.get(0).get("snippet").asText();
            assertThat(snippet).contains("&lt;script&gt;", "<b>").doesNotContain("<script");
            assertThat(snippet.replace("<b>", "").replace("</b>", "")).doesNotContain("<", ">");
            assertThat(hits.get(0).get("text").asText()).contains("<script>");   // the text field stays the text
        }
    }
}
