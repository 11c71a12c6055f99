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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document's answer schemas against real answers: every route that answers JSON is called (with ids found
 * at run time) and its answer checked field by field — type, nullability, required and unexpected fields — by a small
 * checker of the OpenAPI 3.0 schema subset {@link ApiSchemas} writes.
 */
class OpenApiSchemaTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"); }

    @Test void every_json_answer_has_the_shape_its_schema_describes() throws Exception {
        try (WebServer server = WebServer.start(WebConfig.local(TestData.dataDir()))) {
            String base = server.url() + "api/v1";
            JsonNode doc = JSON.readTree(get(base + "/openapi.json").body());
            JsonNode components = doc.get("components").get("schemas");
            String event = JSON.readTree(get(base + "/events?limit=1").body()).get("events").get(0).get("id").asText();
            HttpResponse<String> saved = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/saved-searches"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"schema\", \"q\": \"hợp tác\"}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
            String savedId = JSON.readTree(saved.body()).get("id").asText();
            check(components, schema(doc, "/api/v1/saved-searches", "post", "201"), JSON.readTree(saved.body()), "POST saved-searches");
            HttpResponse<String> batch = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/search/batch"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"entries\": [\"Hoa Kỳ\", \"xyzzy\"]}")).build(), HttpResponse.BodyHandlers.ofString());
            check(components, schema(doc, "/api/v1/search/batch", "post", "200"), JSON.readTree(batch.body()), "POST search/batch");
            HttpResponse<String> rerun = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/status/rerun"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());   // no failures: writes nothing
            assertThat(rerun.statusCode()).as(rerun.body()).isEqualTo(200);
            check(components, schema(doc, "/api/v1/status/rerun", "post", "200"), JSON.readTree(rerun.body()), "POST status/rerun");
            Map<String, List<String>> samples = new LinkedHashMap<>();
            samples.put("/api/v1/documents", List.of("", "?ids=" + enc(TestData.corpusDocId(0)), "?sort=-date&limit=2"));
            samples.put("/api/v1/documents/{id}", List.of("/" + enc(TestData.corpusDocId(1))));
            samples.put("/api/v1/passages/{id}", List.of("/" + enc(TestData.corpusDocId(0) + ":p1")));
            samples.put("/api/v1/search", List.of("?q=" + enc("hợp tác Hoa Kỳ"), "?q=xyzzy"));
            samples.put("/api/v1/entities/{id}", List.of("/USA", "/ORG:ASEAN"));
            samples.put("/api/v1/countries/{iso}", List.of("/USA"));
            samples.put("/api/v1/events", List.of("", "?country=" + enc("Nhật Bản"), "?area=economic&foreign=true"));
            samples.put("/api/v1/events/span", List.of(""));
            samples.put("/api/v1/events/counts", List.of(""));
            samples.put("/api/v1/areas/years", List.of("", "?foreign=false"));
            samples.put("/api/v1/events/{id}", List.of("/" + enc(event)));
            samples.put("/api/v1/events/{id}/history", List.of("/api/v1/events/" + enc(event) + "/history"));   // the whole path
            samples.put("/api/v1/reviews", List.of(""));
            samples.put("/api/v1/names", List.of(""));
            samples.put("/api/v1/statistics", List.of(""));
            samples.put("/api/v1/statistics/indicators", List.of(""));
            samples.put("/api/v1/partners", List.of("?as_of=2023-12-31"));
            samples.put("/api/v1/check", List.of(""));
            samples.put("/api/v1/saved-searches", List.of(""));
            samples.put("/api/v1/saved-searches/{id}", List.of("/" + savedId));
            samples.put("/api/v1/status", List.of(""));
            samples.put("/api/v1/openapi.json", List.of(""));
            List<String> described = new ArrayList<>();
            doc.get("paths").fields().forEachRemaining(p -> {
                JsonNode op = p.getValue().get("get");
                if (op != null && op.get("responses").get("200").get("content").has("application/json")) described.add(p.getKey());
            });
            assertThat(samples.keySet()).as("a sample call for every GET answering JSON").containsExactlyInAnyOrderElementsOf(described);
            for (Map.Entry<String, List<String>> e : samples.entrySet()) {
                JsonNode schema = schema(doc, e.getKey(), "get", "200");
                assertThat(schema).as("a schema for " + e.getKey()).isNotNull();
                for (String sample : e.getValue()) {
                    String path = e.getKey().matches(".*\\{[a-z]+}/.*") ? sample : e.getKey().replaceAll("/\\{[a-z]+}$", "") + sample;
                    HttpResponse<String> r = get(base + path.substring("/api/v1".length()));
                    assertThat(r.statusCode()).as(path + " → " + r.body()).isEqualTo(200);
                    check(components, schema, JSON.readTree(r.body()), path);
                }
            }
            HttpResponse<String> seen = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/saved-searches/" + savedId + "/seen"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            check(components, schema(doc, "/api/v1/saved-searches/{id}/seen", "post", "200"), JSON.readTree(seen.body()), "seen");
            HttpResponse<String> deleted = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/saved-searches/" + savedId)).DELETE().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(deleted.statusCode()).isEqualTo(204);
            assertThat(doc.get("paths").get("/api/v1/saved-searches/{id}").get("delete").get("responses").has("204")).isTrue();
            check(components, components.get("Error"), JSON.readTree(get(base + "/documents/nothing").body()), "an error");
        }
    }

    @Test void the_checker_sees_a_missing_field_a_wrong_type_an_unexpected_field_and_a_null() throws Exception {
        JsonNode components = JSON.readTree("{}");
        JsonNode schema = JSON.valueToTree(ApiSchemas.object("a", ApiSchemas.integer(), "b", ApiSchemas.nullable(ApiSchemas.str())));
        check(components, schema, JSON.readTree("{\"a\": 1, \"b\": null}"), "fine");
        for (String bad : List.of("{\"a\": 1}", "{\"a\": \"1\", \"b\": \"x\"}", "{\"a\": 1, \"b\": \"x\", \"c\": 2}", "{\"a\": null, \"b\": \"x\"}"))
            assertThat(problems(components, schema, JSON.readTree(bad), "$")).as(bad).isNotEmpty();
    }

    static JsonNode schema(JsonNode doc, String path, String method, String status) {
        JsonNode content = doc.get("paths").get(path).get(method).get("responses").get(status).get("content");
        return content.get("application/json").get("schema");
    }

    static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static void check(JsonNode components, JsonNode schema, JsonNode value, String what) {
        assertThat(problems(components, schema, value, "$")).as(what).isEmpty();
    }

    /** Where {@code value} differs from {@code schema}: one line per difference, with its JSON path. */
    static List<String> problems(JsonNode components, JsonNode schema, JsonNode value, String at) {
        List<String> out = new ArrayList<>();
        if (schema.has("$ref")) return problems(components, components.get(schema.get("$ref").asText().replace("#/components/schemas/", "")), value, at);
        if (value.isNull()) {
            if (!schema.path("nullable").asBoolean(false)) out.add(at + ": null, not nullable");
            return out;
        }
        String type = schema.path("type").asText("");
        boolean ok = switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            default -> true;
        };
        if (!ok) { out.add(at + ": " + value.getNodeType() + ", not " + type); return out; }
        if (value.isArray()) for (int i = 0; i < value.size(); i++) out.addAll(problems(components, schema.get("items"), value.get(i), at + "[" + i + "]"));
        if (value.isObject()) {
            JsonNode properties = schema.path("properties");
            for (JsonNode r : schema.path("required")) if (!value.has(r.asText())) out.add(at + ": no field " + r.asText());
            JsonNode extra = schema.get("additionalProperties");
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                if (properties.has(f.getKey())) out.addAll(problems(components, properties.get(f.getKey()), f.getValue(), at + "." + f.getKey()));
                else if (extra != null && extra.isObject()) out.addAll(problems(components, extra, f.getValue(), at + "." + f.getKey()));
                else if (extra == null || !extra.asBoolean()) out.add(at + ": unexpected field " + f.getKey());
            }
        }
        return out;
    }
}
