package org.caytre.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The upload endpoint against random requests on a real server: whatever the headers, framing, multipart structure,
 * file name and content, the answer is JSON, never a server error (status below 500), and an error is
 * {@code {"error": {"code", "message"}}} with the security headers and nothing internal. {@link #random_requests} is
 * a seeded property loop run by {@code bin/test}; {@link #fuzzed} draws the same requests from Jazzer's input
 * ({@code JAZZER_FUZZ=1 ./mvnw test -Dtest='UploadFuzzTest#fuzzed'}).
 */
class UploadFuzzTest {
    static final String TOKEN = "fuzz-token";
    /** Requests of the property loop (-Dcaytre.fuzz.requests=N for a longer run). */
    static final int REQUESTS = Integer.getInteger("caytre.fuzz.requests", 300);
    static Path data;
    static WebServer server;

    @BeforeAll static void start() throws Exception {
        data = org.caytre.testing.TempDirs.create("caytre-upload-fuzz");
        server = WebServer.start(new WebConfig(data, null, "127.0.0.1", 0, TOKEN, 16 * 1024));
    }

    @AfterAll static void stop() { server.close(); }

    /** Where a request's choices come from: a seeded {@link Random} or Jazzer's input. */
    interface Choices {
        int pick(int n);

        byte[] bytes(int max);
    }

    @Test void random_requests() throws Exception {
        Random random = new Random(20261205);
        Choices c = new Choices() {
            public int pick(int n) { return random.nextInt(n); }

            public byte[] bytes(int max) {
                byte[] b = new byte[random.nextInt(max + 1)];
                random.nextBytes(b);
                return b;
            }
        };
        java.util.Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        for (int i = 0; i < REQUESTS; i++) statuses.merge(sendAndCheck(c), 1, Integer::sum);
        System.out.println("UploadFuzzTest: " + REQUESTS + " requests, statuses " + statuses);
        assertThat(statuses).as("uploads stored, refused for the token, the framing and the size").containsKeys(201, 400, 401, 413);
        assertThat(RawHttp.get(server.port(), "/api/v1/documents", "localhost").status()).isEqualTo(200);
        try (Stream<Path> files = Files.walk(data.resolve("uploads"))) {
            assertThat(files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().startsWith(".")
                    || f.getParent().getFileName().toString().equals(".parts")).toList()).as("temporary files left").isEmpty();
        }
    }

    @FuzzTest(maxDuration = "10s")
    void fuzzed(FuzzedDataProvider in) throws Exception {
        try (var loopbackOnly = com.code_intelligence.jazzer.api.BugDetectors.allowNetworkConnections(
                (host, port) -> (host.equals("127.0.0.1") || host.equals("localhost")) && port == server.port())) {   // the server under test, nothing else
            sendAndCheck(new Choices() {
                public int pick(int n) { return in.consumeInt(0, n - 1); }

                public byte[] bytes(int max) { return in.consumeBytes(max); }
            });
        }
    }

    static int sendAndCheck(Choices c) throws Exception {
        Request r = request(c);
        RawHttp.Answer a = RawHttp.send(server.port(), r.head(), r.body());
        assertThat(a.status()).as(r.head() + "\n→ " + a.body()).isBetween(200, 499);
        assertThat(a.header("Content-Type")).as(r.head() + "\n→ " + a.body()).contains("application/json");
        assertThat(a.header("X-Content-Type-Options")).isEqualTo("nosniff");
        JsonNode json = new ObjectMapper().readTree(a.body());
        if (a.status() >= 400) {
            assertThat(json.path("error").path("code").asText()).as(a.body()).isNotBlank();
            ServerHardeningTest.assertNothingInternal(a.body(), data);
        } else {
            assertThat(json.path("status").asText()).isIn("stored", "replaced", "unchanged");
        }
        return a.status();
    }

    record Request(String head, byte[] body) {}

    static final List<String> NAMES = List.of("tin.txt", "a\u0000b.txt", "../../x.md", "d".repeat(300) + ".txt", "", ".env",
            "báo cáo.html", "x.pdf", "x.docx", "\"quoted\".txt", "tên\r\nX-Injected: 1.txt", "ư".repeat(150));
    static final List<String> TEXTS = List.of("HÀ NỘI, 1/2/2024 - Thủ tướng tiếp Đại sứ Ô-xtrây-li-a về hợp tác giáo dục.",
            "<html><body><p>Bộ trưởng Ngoại giao hội đàm với Bộ trưởng Ngoại giao Lào.</p></body></html>",
            "%PDF-1.4\n1 0 obj", "PK\u0003\u0004", "");

    static Request request(Choices c) {
        String boundary = switch (c.pick(4)) {
            case 0 -> "b0und";
            case 1 -> "x".repeat(200);
            case 2 -> "";
            default -> "----" + Integer.toHexString(c.pick(1 << 20));
        };
        byte[] content = c.pick(3) == 0 ? c.bytes(24 * 1024) : (TEXTS.get(c.pick(TEXTS.size())) + " " + "Hợp tác. ".repeat(c.pick(3000)))
                .getBytes(StandardCharsets.UTF_8);
        String name = c.pick(4) == 0 ? new String(c.bytes(40), StandardCharsets.ISO_8859_1) : NAMES.get(c.pick(NAMES.size()));
        String field = c.pick(8) == 0 ? "other" : "file";
        byte[] body = RawHttp.multipart(boundary, name, content);
        if (!field.equals("file")) body = new String(body, StandardCharsets.ISO_8859_1).replace("name=\"file\"", "name=\"" + field + "\"")
                .getBytes(StandardCharsets.ISO_8859_1);
        body = switch (c.pick(5)) {   // damage
            case 0 -> java.util.Arrays.copyOf(body, c.pick(body.length + 1));
            case 1 -> flip(body, c);
            case 2 -> c.bytes(2048);
            default -> body;
        };
        String type = switch (c.pick(6)) {
            case 0 -> "text/plain";
            case 1 -> "multipart/form-data";
            case 2 -> "multipart/form-data; boundary=\"" + boundary + "\"";
            case 3 -> null;
            default -> "multipart/form-data; boundary=" + boundary;
        };
        String auth = switch (c.pick(5)) {
            case 0 -> null;
            case 1 -> "Bearer wrong";
            case 2 -> TOKEN;
            default -> "Bearer " + TOKEN;
        };
        boolean chunked = c.pick(3) == 0;
        StringBuilder head = new StringBuilder("POST /api/v1/documents HTTP/1.1\r\nHost: localhost");
        if (auth != null) head.append("\r\nAuthorization: ").append(auth);
        if (type != null) head.append("\r\nContent-Type: ").append(type);
        head.append(chunked ? "\r\nTransfer-Encoding: chunked" : "\r\nContent-Length: " + body.length);
        return new Request(head.toString(), chunked ? ServerHardeningTest.chunked(body) : body);
    }

    private static byte[] flip(byte[] body, Choices c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(body);
        byte[] b = out.toByteArray();
        for (int i = 0, n = 1 + c.pick(8); i < n && b.length > 0; i++) b[c.pick(b.length)] = (byte) c.pick(256);
        return b;
    }
}
