package org.caytre.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Saved searches on a real server with a write token: saved, new documents counted after an upload, marked seen,
 * served as an Atom feed, deleted. The documents are our own sentences.
 */
class SavedSearchApiTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();
    static final String TOKEN = "desk-t0ken";
    static final String FIRST = "HÀ NỘI, 3/3/2024 - Bộ trưởng Ngoại giao Niu Di-lân hội đàm với Bộ trưởng Ngoại giao Việt Nam về giáo dục.";
    static final String SECOND = "ĐÀ NẴNG, 9/9/2024 - Đoàn doanh nghiệp Niu Di-lân tìm hiểu hợp tác nuôi trồng thuỷ sản ven biển miền Trung.";
    static final String OTHER = "CẦN THƠ, 9/9/2024 - Mùa nước nổi năm nay đến sớm, nông dân chuẩn bị lưới bắt cá linh.";

    static HttpResponse<String> send(WebServer s, String method, String path, String body, boolean token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.url() + path.substring(1)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) b.header("Content-Type", "application/json");
        if (token) b.header("Authorization", "Bearer " + TOKEN);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode ok(WebServer s, String path) throws Exception {
        HttpResponse<String> r = send(s, "GET", path, null, false);
        assertThat(r.statusCode()).as(path + " → " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    static String upload(WebServer s, String name, String text) throws Exception {
        HttpResponse<String> r = UploadTest.upload(s, "Bearer " + TOKEN, name, text.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body()).get("id").asText();
    }

    @Test void a_saved_search_counts_what_arrives_after_it_is_seen_and_is_an_atom_feed(@TempDir Path data) throws Exception {
        try (WebServer s = WebServer.start(WebConfig.local(data).withWriteToken(TOKEN))) {
            String first = upload(s, "tin-1.txt", FIRST);
            String body = "{\"name\": \"Niu Di-lân\", \"q\": \"New Zealand\"}";
            assertThat(send(s, "POST", "/api/v1/saved-searches", body, false).statusCode()).isEqualTo(401);
            HttpResponse<String> created = send(s, "POST", "/api/v1/saved-searches", body, true);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            String id = JSON.readTree(created.body()).get("id").asText();
            assertThat(ok(s, "/api/v1/saved-searches").get("saved_searches").get(0).get("new").asInt()).isZero();

            Thread.sleep(5);   // ingested strictly after the search was seen
            String second = upload(s, "tin-2.txt", SECOND);
            upload(s, "tin-3.txt", OTHER);
            JsonNode saved = ok(s, "/api/v1/saved-searches").get("saved_searches").get(0);
            assertThat(saved.get("name").asText()).isEqualTo("Niu Di-lân");
            assertThat(saved.get("new").asInt()).isEqualTo(1);
            JsonNode one = ok(s, "/api/v1/saved-searches/" + id);
            assertThat(one.get("documents").findValuesAsText("id")).containsExactly(second);
            assertThat(one.get("documents").get(0).get("snippet").asText()).contains("<b>");

            HttpResponse<String> feed = send(s, "GET", "/api/v1/saved-searches/" + id + "/feed.atom", null, false);
            assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
            Document atom = DocumentBuilderFactory.newNSInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(feed.body().getBytes(StandardCharsets.UTF_8)));
            assertThat(atom.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
            NodeList entries = atom.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < entries.getLength(); i++)
                ids.add(((Element) entries.item(i)).getElementsByTagNameNS("http://www.w3.org/2005/Atom", "id").item(0).getTextContent());
            assertThat(ids).containsExactly("urn:caytre:document:" + second, "urn:caytre:document:" + first);   // newest first, not the other

            assertThat(send(s, "POST", "/api/v1/saved-searches/" + id + "/seen", null, true).statusCode()).isEqualTo(200);
            assertThat(ok(s, "/api/v1/saved-searches").get("saved_searches").get(0).get("new").asInt()).isZero();
            assertThat(send(s, "DELETE", "/api/v1/saved-searches/" + id, null, true).statusCode()).isEqualTo(204);
            assertThat(send(s, "GET", "/api/v1/saved-searches/" + id, null, false).statusCode()).isEqualTo(404);
        }
    }

    @Test void a_saved_search_with_an_unknown_country_or_no_name_is_refused(@TempDir Path data) throws Exception {
        try (WebServer s = WebServer.start(WebConfig.local(data).withWriteToken(TOKEN))) {
            upload(s, "tin-1.txt", FIRST);
            HttpResponse<String> r = send(s, "POST", "/api/v1/saved-searches", "{\"name\": \"x\", \"country\": \"Xứ Sở Thần Tiên\"}", true);
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.body()).contains("Xứ Sở Thần Tiên");
            assertThat(send(s, "POST", "/api/v1/saved-searches", "{\"q\": \"giáo dục\"}", true).statusCode()).isEqualTo(400);
            assertThat(send(s, "POST", "/api/v1/saved-searches", "not json", true).statusCode()).isEqualTo(400);
        }
    }
}
