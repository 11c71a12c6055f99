package org.caytre.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Relevance and areas of work through the API of a real server over a real SQLite store. */
class AreaApiTest {
    static WebServer server;

    @BeforeAll static void start() throws Exception { server = WebServer.start(WebConfig.local(AreaData.dataDir())); }

    @AfterAll static void stop() { if (server != null) server.close(); }

    static java.net.http.HttpResponse<String> send(String path) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url()
                + path.substring(1))).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode get(String path) throws Exception {
        var r = send(path);
        assertThat(r.statusCode()).as(path + " → " + r.body()).isEqualTo(200);
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body());
    }

    @Test void documents_and_passages_carry_their_relevance_and_areas() throws Exception {
        JsonNode news = get("/api/v1/documents/kinh-te.txt");
        assertThat(news.get("relevance").asDouble()).isGreaterThan(0.5);
        assertThat(news.at("/passages/0/areas")).extracting(JsonNode::asText).contains("bilateral", "economic");
        assertThat(get("/api/v1/documents/bong-da.txt").get("relevance").asDouble()).isLessThan(0.5);
        assertThat(get("/api/v1/passages/bien.txt:p0").get("areas")).extracting(JsonNode::asText).contains("borders-seas");
    }

    @Test void events_and_statistics_filter_by_area_and_by_foreign_relevance() throws Exception {
        int all = get("/api/v1/events").get("total").asInt();
        JsonNode foreign = get("/api/v1/events?foreign=true");
        assertThat(foreign.get("total").asInt()).isEqualTo(all - 1);   // the football "meeting" is left out
        assertThat(foreign.get("events")).allSatisfy(e -> assertThat(e.at("/mentions/0/doc").asText()).isNotEqualTo("bong-da.txt"));
        JsonNode economic = get("/api/v1/events?area=economic");
        assertThat(economic.get("events")).singleElement().satisfies(e -> assertThat(e.get("participants").toString()).contains("JPN"));
        assertThat(get("/api/v1/events/counts?area=borders-seas").get("counts")).isNotEmpty();
        assertThat(get("/api/v1/statistics?area=economic").get("total").asInt()).isZero();
        var bad = send("/api/v1/events?area=sport");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("area").contains("economic");
    }

    @Test void events_per_area_per_year() throws Exception {
        JsonNode areas = get("/api/v1/areas/years").get("areas");
        JsonNode economic = null;
        for (JsonNode a : areas) if (a.get("area").asText().equals("economic")) economic = a;
        assertThat(economic).isNotNull();
        assertThat(economic.at("/years/0/year").asText()).isEqualTo("2024");
        assertThat(economic.at("/years/0/events").asInt()).isEqualTo(1);
        // the share of the year's events that have an area: here every event of a foreign-affairs passage has one
        int year = get("/api/v1/events?foreign=true&from=2024&to=2024").get("total").asInt();
        assertThat(economic.at("/years/0/event_share").asDouble()).isCloseTo(1.0 / year, org.assertj.core.data.Offset.offset(0.001));
        assertThat(get("/api/v1/partners?as_of=2024-12-31&foreign=true").has("partners")).isTrue();
        assertThat(get("/api/v1/countries/JPN?foreign=true&all=true").get("events_total").asInt()).isEqualTo(1);
    }
}
