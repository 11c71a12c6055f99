package org.caytre.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.caytre.kb.Ingester;
import org.caytre.kb.NewsItems;
import org.caytre.kb.Store;
import org.caytre.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Review over HTTP: tokens name reviewers, a request without one is refused, actions change the answers and are audited. */
class ReviewApiTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();
    static final String LAN = "lan-token-0123456789", MINH = "minh-token-0123456789";

    /** A data directory holding {@link NewsItems#reviewCorpus()} and a reviewers file naming Lan and Minh. */
    static Path data(Path dir) throws Exception {
        Path corpus = dir.resolve("tin.jsonl");
        Files.writeString(corpus, NewsItems.reviewCorpus());
        try (Store store = Store.open(dir.resolve("data"), null)) {
            new Ingester(store, Pipeline.standard(), null, 1).run(List.of(corpus), (s, st, b, r) -> {});
        }
        Files.writeString(dir.resolve("reviewers.tsv"), "# name<TAB>token\nLan\t" + LAN + "\nMinh\t" + MINH + "\n");
        return dir.resolve("data");
    }

    static HttpResponse<String> post(WebServer s, String path, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.url() + "api/v1/" + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode get(WebServer s, String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(s.url() + "api/v1/" + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    static String call(JsonNode events, String country) {
        for (JsonNode e : events.get("events"))
            if (e.get("type").asText().equals("PHONE_CALL") && e.get("participants").toString().contains(country)) return e.get("id").asText();
        return null;
    }

    @Test
    void a_reviewer_without_a_token_is_refused_and_reviews_are_off_without_a_token_file(@TempDir Path dir) throws Exception {
        Path data = data(dir);
        try (WebServer off = WebServer.start(WebConfig.local(data))) {
            String id = call(get(off, "events"), "IND");
            HttpResponse<String> r = post(off, "events/" + id + "/review", LAN, "{\"action\": \"reject\", \"reason\": \"x\"}");
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(JSON.readTree(r.body()).at("/error/code").asText()).isEqualTo("reviews_disabled");
        }
        try (WebServer s = WebServer.start(WebConfig.local(data).withReviewers(dir.resolve("reviewers.tsv")))) {
            String id = call(get(s, "events"), "IND");
            assertThat(post(s, "events/" + id + "/review", null, "{\"action\": \"reject\", \"reason\": \"x\"}").statusCode()).isEqualTo(401);
            assertThat(post(s, "events/" + id + "/review", "not-a-reviewer-token", "{\"action\": \"reject\", \"reason\": \"x\"}").statusCode()).isEqualTo(401);
            assertThat(get(s, "reviews").get("reviews")).isEmpty();
            assertThat(post(s, "events/" + id + "/review", LAN, "{\"action\": \"dance\", \"reason\": \"x\"}").statusCode()).isEqualTo(400);
            assertThat(post(s, "events/ev-0000000000000000/review", LAN, "{\"action\": \"reject\", \"reason\": \"x\"}").statusCode()).isEqualTo(404);
            assertThat(post(s, "events/" + id + "/review", LAN, "{\"action\": \"reject\"}").statusCode()).isEqualTo(400);   // no reason
        }
    }

    @Test
    void actions_change_the_answers_and_the_trail_names_the_reviewer(@TempDir Path dir) throws Exception {
        Path data = data(dir);
        try (WebServer s = WebServer.start(WebConfig.local(data).withReviewers(dir.resolve("reviewers.tsv")))) {
            String ind = call(get(s, "events"), "IND");
            HttpResponse<String> r = post(s, "events/" + ind + "/review", LAN, "{\"action\": \"reject\", \"reason\": \"không phải cuộc điện đàm\"}");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            assertThat(JSON.readTree(r.body()).get("reviewer").asText()).isEqualTo("Lan");
            assertThat(call(get(s, "events"), "IND")).isNull();
            assertThat(call(get(s, "events?include_rejected=true"), "IND")).isEqualTo(ind);
            assertThat(get(s, "events/" + ind).at("/review/status").asText()).isEqualTo("rejected");
            JsonNode history = get(s, "events/" + ind + "/history").get("history");
            assertThat(history).hasSize(1);
            assertThat(history.at("/0/before/status").asText()).isEqualTo("unreviewed");
            assertThat(history.at("/0/after/status").asText()).isEqualTo("rejected");

            List<String> fra = new java.util.ArrayList<>();
            for (JsonNode e : get(s, "events?country=FRA").get("events")) fra.add(e.get("id").asText());
            assertThat(fra).hasSize(2);
            assertThat(get(s, "events?country=FRA&confident=true").get("events")).isEmpty();
            r = post(s, "events/" + fra.get(0) + "/review", MINH, "{\"action\": \"merge\", \"other\": \"" + fra.get(1) + "\", \"reason\": \"một cuộc điện đàm\"}");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            JsonNode merged = get(s, "events?country=FRA&confident=true").get("events");
            assertThat(merged).hasSize(1);
            assertThat(merged.get(0).at("/corroboration/outlets").asInt()).isEqualTo(2);
            assertThat(merged.get(0).get("mentions")).hasSize(2);

            String claim = get(s, "countries/USA").get("claims").get(0).get("id").asText();
            assertThat(post(s, "claims/" + claim + "/review", MINH, "{\"action\": \"accept\", \"reason\": \"the joint statement\"}").statusCode()).isEqualTo(201);
            JsonNode trail = get(s, "reviews").get("reviews");
            assertThat(trail).extracting(t -> t.get("reviewer").asText() + " " + t.get("action").asText())
                    .containsExactly("Lan reject", "Minh merge", "Minh accept_claim");
            assertThat(trail).allSatisfy(t -> assertThat(t.get("orphaned").asBoolean()).isFalse());
            assertThat(get(s, "openapi.json").at("/paths/~1api~1v1~1events~1{id}~1review/post/requestBody")).isNotNull();
        }
    }
}
