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
import org.caytre.cli.CliRun;
import org.caytre.intake.WriteTurn;
import org.caytre.kb.IngestLog;
import org.caytre.kb.Store;
import org.caytre.search.PassageIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /api/v1/status/rerun} on a real server over a store the CLI filled with one failed file: the file is
 * fixed on disk, the re-run stores and indexes it, the failure list empties; through the server's own index writer
 * (with a write token) and through one opened for the re-run (without); 409 while another write or run is going.
 */
class RerunApiTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();
    static final String FIXED = "Ngày 12/3/2024, Bộ trưởng Ngoại giao Việt Nam hội đàm với Ngoại trưởng Ác-hen-ti-na tại Hà Nội "
            + "về hợp tác nông nghiệp và giáo dục.\n";

    /** docs/tin.txt stored, docs/rong.txt (empty) failed: the state an ingest leaves. */
    static Path failedIngest(Path root) throws Exception {
        Path docs = Files.createDirectories(root.resolve("docs")), data = root.resolve("data");
        Files.writeString(docs.resolve("tin.txt"), "Ngày 3/4/2024, Việt Nam và Ma-lai-xi-a ký kết thỏa thuận hợp tác hàng hải.\n");
        Files.writeString(docs.resolve("rong.txt"), "");
        assertThat(CliRun.run("ingest", "--data", data.toString(), docs.toString()).status()).isEqualTo(1);
        return data;
    }

    static HttpResponse<String> rerun(WebServer s, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.url() + "api/v1/status/rerun")).POST(HttpRequest.BodyPublishers.noBody());
        if (token != null) b.header("Authorization", "Bearer " + token);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode get(WebServer s, String path) throws Exception {
        return JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(s.url() + "api/v1/" + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    @Test void with_a_write_token_the_rerun_goes_through_the_servers_index_and_empties_the_failures(@TempDir Path root) throws Exception {
        Path data = failedIngest(root);
        try (WebServer s = WebServer.start(WebConfig.local(data).withWriteToken("khoa-ghi"))) {
            JsonNode api = get(s, "openapi.json");
            assertThat(rerun(s, null).statusCode()).isEqualTo(401);
            assertThat(get(s, "status").get("failures").get(0).get("source").asText()).endsWith("rong.txt");

            HttpResponse<String> still = rerun(s, "khoa-ghi");
            assertThat(still.statusCode()).as(still.body()).isEqualTo(200);
            JsonNode r = JSON.readTree(still.body());
            OpenApiSchemaTest.check(api.get("components").get("schemas"), OpenApiSchemaTest.schema(api, "/api/v1/status/rerun", "post", "200"), r, "rerun");
            assertThat(r.get("failures").asInt()).isEqualTo(1);
            assertThat(r.get("stored").asInt()).isZero();
            assertThat(r.get("still_failing").asInt()).isEqualTo(1);
            assertThat(get(s, "status").get("failures")).hasSize(1);

            Files.writeString(root.resolve("docs/rong.txt"), FIXED);
            r = JSON.readTree(rerun(s, "khoa-ghi").body());
            assertThat(r.get("stored").asInt()).isEqualTo(1);
            assertThat(r.get("still_failing").asInt()).isZero();
            JsonNode status = get(s, "status");
            assertThat(status.get("failures")).isEmpty();
            assertThat(status.get("runs").get(0).get("id").asText()).isEqualTo(r.get("run_id").asText());
            assertThat(status.get("runs").get(0).get("kind").asText()).isEqualTo("rerun");
            assertThat(status.get("documents").asInt()).isEqualTo(2);
            JsonNode hits = get(s, "search?q=" + URLEncoder.encode("Ác-hen-ti-na", StandardCharsets.UTF_8)).get("hits");
            assertThat(hits).isNotEmpty();   // indexed through the server's writer, searchable at once
            assertThat(hits.get(0).get("doc").asText()).startsWith("rong");

            HttpResponse<String> nothing = rerun(s, "khoa-ghi");
            assertThat(nothing.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(nothing.body()).get("run_id").isNull()).isTrue();
        }
    }

    @Test void without_a_write_token_the_rerun_opens_the_index_writer_and_a_read_only_server_sees_the_document(@TempDir Path root) throws Exception {
        Path data = failedIngest(root);
        Files.writeString(root.resolve("docs/rong.txt"), FIXED);
        try (WebServer s = WebServer.start(WebConfig.local(data))) {
            HttpResponse<String> done = rerun(s, null);
            assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
            assertThat(JSON.readTree(done.body()).get("stored").asInt()).isEqualTo(1);
            assertThat(get(s, "status").get("failures")).isEmpty();
            String q = "search?q=" + URLEncoder.encode("Ác-hen-ti-na", StandardCharsets.UTF_8);
            JsonNode hits = get(s, q).get("hits");
            for (int i = 0; i < 100 && hits.isEmpty(); i++) {   // the read-only index looks at its folder every few seconds
                Thread.sleep(100);
                hits = get(s, q).get("hits");
            }
            assertThat(hits).isNotEmpty();
        }
    }

    @Test void a_rerun_while_another_write_or_run_is_going_is_409_saying_which(@TempDir Path root) throws Exception {
        Path data = failedIngest(root);
        try (WebServer s = WebServer.start(WebConfig.local(data))) {
            try (WriteTurn.Held upload = WriteTurn.of(data).tryTake("an upload").orElseThrow()) {
                HttpResponse<String> r = rerun(s, null);
                assertThat(r.statusCode()).isEqualTo(409);
                assertThat(JSON.readTree(r.body()).get("error").get("message").asText()).startsWith("an upload is under way");
            }
            try (Store store = Store.open(data, null); IngestLog.Run going = IngestLog.start(store, "ingest", "/kho/luu-tru")) {
                HttpResponse<String> r = rerun(s, null);
                assertThat(r.statusCode()).isEqualTo(409);
                assertThat(JSON.readTree(r.body()).get("error").get("code").asText()).isEqualTo("busy");
                assertThat(JSON.readTree(r.body()).get("error").get("message").asText()).contains("another run is going (ingest /kho/luu-tru");
                going.finish(null);
            }
            try (PassageIndex other = PassageIndex.open(data.resolve("index"))) {   // as a caytre ingest beside the server holds it
                HttpResponse<String> r = rerun(s, null);
                assertThat(r.statusCode()).isEqualTo(409);
                assertThat(JSON.readTree(r.body()).get("error").get("message").asText()).contains("being written by another process");
            }
            assertThat(get(s, "status").get("failures")).hasSize(1);   // nothing was tried
            assertThat(rerun(s, null).statusCode()).isEqualTo(200);     // and once the writer is free, it runs
        }
    }
}
