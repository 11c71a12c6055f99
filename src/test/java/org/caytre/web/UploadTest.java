package org.caytre.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads: refused without a configured write token, 401 with a missing or wrong one, stored and searchable with it. */
class UploadTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String DOC = "HÀ NỘI, 5/6/2023 - Thủ tướng Phạm Minh Chính đã tiếp Đại sứ Niu Di-lân tại Hà Nội. "
            + "Hai bên trao đổi về hợp tác giáo dục và nông nghiệp công nghệ cao giữa hai nước.";

    static HttpResponse<String> upload(WebServer s, String authorization, String name, byte[] content) throws Exception {
        String boundary = "caytre-test-boundary";
        byte[] body = RawHttp.multipart(boundary, name, content);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.url() + "api/v1/documents"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (authorization != null) b.header("Authorization", authorization);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String code(HttpResponse<String> r) throws Exception {
        return new ObjectMapper().readTree(r.body()).get("error").get("code").asText();
    }

    @Test void without_a_write_token_uploads_are_refused(@TempDir Path data) throws Exception {
        try (WebServer s = WebServer.start(WebConfig.local(data))) {
            HttpResponse<String> r = upload(s, "Bearer anything", "tin.txt", DOC.getBytes(StandardCharsets.UTF_8));
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(code(r)).isEqualTo("uploads_disabled");
        }
    }

    @Test void a_missing_or_wrong_token_is_401_and_the_right_one_stores_and_indexes_the_document(@TempDir Path data) throws Exception {
        try (WebServer s = WebServer.start(WebConfig.local(data).withWriteToken("s3cret-token"))) {
            byte[] doc = DOC.getBytes(StandardCharsets.UTF_8);
            assertThat(upload(s, null, "tin.txt", doc).statusCode()).isEqualTo(401);
            assertThat(upload(s, "Bearer wrong", "tin.txt", doc).statusCode()).isEqualTo(401);
            assertThat(upload(s, "s3cret-token", "tin.txt", doc).statusCode()).isEqualTo(401);   // no "Bearer "
            HttpResponse<String> stored = upload(s, "Bearer s3cret-token", "tin.txt", doc);
            assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
            JsonNode body = new ObjectMapper().readTree(stored.body());
            assertThat(body.get("status").asText()).isEqualTo("stored");
            String id = body.get("id").asText();
            HttpResponse<String> one = HTTP.send(HttpRequest.newBuilder(URI.create(s.url() + "api/v1/documents/"
                    + URLEncoder.encode(id, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(one.statusCode()).isEqualTo(200);
            HttpResponse<String> found = HTTP.send(HttpRequest.newBuilder(URI.create(s.url() + "api/v1/search?q=nong+nghiep+cong+nghe+cao")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(new ObjectMapper().readTree(found.body()).get("hits").get(0).get("doc").asText()).isEqualTo(id);
            assertThat(Files.list(data.resolve("uploads")).filter(f -> !f.getFileName().toString().startsWith(".")).count()).isEqualTo(1);
        }
    }

    @Test void an_upload_over_the_limit_is_413(@TempDir Path data) throws Exception {
        WebConfig small = new WebConfig(data, null, "127.0.0.1", 0, "t", 1024);
        try (WebServer s = WebServer.start(small)) {
            HttpResponse<String> r = upload(s, "Bearer t", "big.txt", "ă".repeat(4000).getBytes(StandardCharsets.UTF_8));
            assertThat(r.statusCode()).isEqualTo(413);
            assertThat(code(r)).isEqualTo("too_large");
        }
    }
}
