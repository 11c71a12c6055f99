package org.caytre.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The API of {@code caytre serve} against the real server on a random port over the four shared documents. */
class ApiTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static WebServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll static void start() { server = WebServer.start(WebConfig.local(TestData.dataDir())); }

    @AfterAll static void stop() { server.close(); }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode ok(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path + " → " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    static JsonNode error(String path, int status) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path + " → " + r.body()).isEqualTo(status);
        JsonNode e = JSON.readTree(r.body()).get("error");
        assertThat(e.get("code").asText()).isNotBlank();
        assertThat(e.get("message").asText()).isNotBlank();
        return e;
    }

    static String q(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    @Test void documents_lists_the_four_shared_documents_and_the_markup_sample() throws Exception {
        JsonNode docs = ok("/api/v1/documents").get("documents");
        List<String> ids = new ArrayList<>();
        docs.forEach(d -> ids.add(d.get("id").asText()));
        assertThat(ids).contains(TestData.corpusDocId(0), TestData.corpusDocId(1), TestData.corpusDocId(2), TestData.corpusDocId(3), "xss-sample.txt");
        assertThat(docs.get(0).get("passages_count").asLong()).isPositive();
    }

    @Test void a_document_has_passages_with_section_paths_footnote_markers_and_annotations_inside_its_text() throws Exception {
        String id = TestData.corpusDocId(1);
        JsonNode d = ok("/api/v1/documents/" + q(id));
        assertThat(d.get("id").asText()).isEqualTo(id);
        JsonNode passages = d.get("passages");
        assertThat(passages.size()).isGreaterThan(10);
        int footnotesWithMarkers = 0, withSections = 0, maxEnd = 0;
        for (JsonNode p : passages) {
            assertThat(p.get("end").asInt() - p.get("start").asInt()).isEqualTo(p.get("text").asText().length());
            if (p.get("kind").asText().equals("footnote") && p.get("marker_offset").isInt()) footnotesWithMarkers++;
            if (!p.get("section_path").asText().isEmpty()) withSections++;
            maxEnd = Math.max(maxEnd, p.get("end").asInt());
        }
        assertThat(footnotesWithMarkers).isPositive();
        assertThat(withSections).isPositive();
        JsonNode entities = d.get("annotations").get("entities");
        assertThat(entities.size()).isPositive();
        for (JsonNode e : entities) assertThat(e.get("end").asInt()).isLessThanOrEqualTo(maxEnd).isGreaterThan(e.get("start").asInt());
        assertThat(d.get("annotations").get("events").size()).isPositive();
        assertThat(d.get("annotations").get("statistics").size()).isPositive();
        JsonNode dates = d.get("annotations").get("dates");
        assertThat(dates.size()).isPositive();
        for (JsonNode x : dates) {
            assertThat(x.get("end").asInt() - x.get("start").asInt()).isEqualTo(x.get("text").asText().length());
            assertThat(x.get("value").asText()).matches("\\d{4}.*");
        }
    }

    @Test void a_passage_is_found_by_its_id_and_an_unknown_one_is_404() throws Exception {
        String id = TestData.corpusDocId(0) + ":p1";
        assertThat(ok("/api/v1/passages/" + q(id)).get("id").asText()).isEqualTo(id);
        error("/api/v1/passages/" + q(TestData.corpusDocId(0) + ":p99999"), 404);
        error("/api/v1/documents/no-such-document", 404);
        error("/api/v1/entities/ORG:NO-SUCH", 404);
        error("/api/v1/countries/ZZZ", 404);
        error("/api/v1/no-such-route", 404);
    }

    @Test void search_without_diacritics_has_the_shape_of_caytre_search_json() throws Exception {
        JsonNode r = ok("/api/v1/search?q=" + q("hop tac") + "&limit=3");
        assertThat(r.get("total").asLong()).isGreaterThan(3);
        assertThat(r.get("hits").size()).isEqualTo(3);
        JsonNode hit = r.get("hits").get(0);
        for (String f : List.of("doc", "passage_id", "section", "date", "text", "snippet", "score", "entities")) assertThat(hit.has(f)).as(f).isTrue();
        assertThat(hit.get("snippet").asText()).contains("<b>");
        for (String f : List.of("countries", "event_types", "years", "documents")) assertThat(r.get("facets").has(f)).as(f).isTrue();
        JsonNode narrowed = ok("/api/v1/search?q=" + q("hop tac") + "&country=USA&from=2020&to=2024-12-31");
        assertThat(narrowed.get("total").asLong()).isPositive().isLessThan(r.get("total").asLong());
    }

    @Test void search_answers_exactly_what_caytre_search_json_prints() throws Exception {
        java.io.StringWriter out = new java.io.StringWriter();
        picocli.CommandLine cl = org.caytre.cli.Main.commandLine();
        cl.setOut(new java.io.PrintWriter(out));
        assertThat(cl.execute("search", "--data", TestData.dataDir().toString(), "--json", "--limit", "5", "--country", "USA", "quan he")).isZero();
        assertThat(ok("/api/v1/search?q=" + q("quan he") + "&limit=5&country=USA")).isEqualTo(JSON.readTree(out.toString()));
    }

    @Test void ids_with_a_colon_are_found_escaped_or_not() throws Exception {
        assertThat(ok("/api/v1/entities/" + q("ORG:ASEAN")).get("type").asText()).isEqualTo("ORGANIZATION");
        assertThat(ok("/api/v1/entities/ORG:ASEAN").get("names").size()).isPositive();
    }

    @Test void bad_parameters_are_400_with_the_reason() throws Exception {
        assertThat(error("/api/v1/search?q=a&limit=zero", 400).get("message").asText()).contains("limit");
        assertThat(error("/api/v1/search?q=a&limit=1000", 400).get("message").asText()).contains("limit");
        assertThat(error("/api/v1/search", 400).get("message").asText()).contains("q");
        assertThat(error("/api/v1/events?from=yesterday", 400).get("message").asText()).contains("from");
        assertThat(error("/api/v1/partners?as_of=2020-13-01", 400).get("message").asText()).contains("as_of");
        assertThat(error("/api/v1/countries/U1", 400).get("message").asText()).contains("iso");
        assertThat(error("/api/v1/export?format=xlsx", 400).get("message").asText()).contains("format");
        assertThat(error("/api/v1/export", 400).get("message").asText()).contains("format");
    }

    @Test void country_dossier_events_statistics_partners_and_check_answer_from_the_knowledge_base() throws Exception {
        JsonNode usa = ok("/api/v1/countries/usa");
        assertThat(usa.get("country").asText()).isEqualTo("USA");
        assertThat(usa.get("history").size()).isPositive();
        assertThat(usa.get("documents").size()).isPositive();
        JsonNode events = ok("/api/v1/events?country=USA").get("events");
        assertThat(events.size()).isPositive();
        events.forEach(e -> assertThat(e.get("participants").toString()).contains("USA"));
        String type = events.get(0).get("type").asText();
        ok("/api/v1/events?type=" + type).get("events").forEach(e -> assertThat(e.get("type").asText()).isEqualTo(type));
        assertThat(ok("/api/v1/statistics").get("statistics").size()).isPositive();
        JsonNode partners = ok("/api/v1/partners?as_of=2023-12-31");
        assertThat(partners.get("as_of").asText()).isEqualTo("2023-12-31");
        assertThat(partners.get("partners").size()).isPositive();
        assertThat(ok("/api/v1/check").get("checks").isArray()).isTrue();
        JsonNode entity = ok("/api/v1/entities/USA");
        assertThat(entity.get("documents").size()).isPositive();
    }

    @Test void exports_are_downloads() throws Exception {
        HttpResponse<String> csv = get("/api/v1/export?format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("attachment").contains("caytre.csv");
        assertThat(csv.body()).startsWith("\uFEFFkind,");
        HttpResponse<String> graphml = get("/api/v1/export?format=graphml");
        assertThat(graphml.body()).contains("<graphml");
        assertThat(get("/api/v1/export?format=jsonl").body().lines().findFirst().orElse("")).startsWith("{");
    }

    @Test void every_response_forbids_inline_scripts_and_sniffing_and_allows_no_other_origin() throws Exception {
        for (String path : List.of("/", "/api/v1/documents", "/api/v1/documents/nothing")) {
            HttpResponse<String> r = get(path);
            List<String> csp = List.of(r.headers().firstValue("Content-Security-Policy").orElse("").split(";\\s*"));
            assertThat(csp).contains("script-src 'self'", "object-src 'none'");   // no 'unsafe-inline' for scripts
            assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
    }

    @Test void the_ui_and_echarts_are_served_from_the_jar() throws Exception {
        assertThat(get("/").body()).contains("<script type=\"module\" src=\"/app.js\">");
        HttpResponse<String> echarts = get("/webjars/echarts/5.5.0/echarts.min.js");
        assertThat(echarts.statusCode()).isEqualTo(200);
        assertThat(echarts.body().length()).isGreaterThan(500_000);
    }

    @Test void the_openapi_document_describes_every_registered_route() throws Exception {
        JsonNode doc = ok("/api/v1/openapi.json");
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        List<String> described = new ArrayList<>();
        doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m -> described.add(m.toUpperCase() + " " + p.getKey())));
        List<String> registered = server.registered();
        assertThat(registered).hasSizeGreaterThanOrEqualTo(13);
        assertThat(described).containsExactlyInAnyOrderElementsOf(registered);
        assertThat(doc.get("paths").get("/api/v1/search").get("get").get("parameters").toString()).contains("\"q\"", "\"limit\"", "\"country\"");
    }
}
