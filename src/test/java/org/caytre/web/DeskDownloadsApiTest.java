package org.caytre.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The desk's uploads and downloads on a real server with a write token, over documents of our own sentences: a zip and
 * several files stored through the one ingest with a reason per refused file; the original file; exports of filtered
 * lists (every row, names beside ids); batch search; outlet and kind filters in search; offices and an organisation's
 * people.
 */
class DeskDownloadsApiTest {
    static final String TOKEN = SavedSearchApiTest.TOKEN;
    static final String HANOI = "---\ndate: 2024-03-12\n---\n\nHÀ NỘI - Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm với Ngoại trưởng Niu Di-lân Uyn-xtơn Pi-tơ "
            + "tại Hà Nội. Hai bên thống nhất thúc đẩy hợp tác giáo dục và nông nghiệp công nghệ cao.";
    static final String NEW_YORK = "NIU OÓC, 20/9/2023 - Tổng Thư ký Liên Hợp Quốc Antonio Guterres đã tiếp Chủ tịch nước Võ Văn Thưởng bên lề "
            + "phiên thảo luận chung của Đại hội đồng. Hai bên trao đổi về hoạt động gìn giữ hòa bình.";
    static final String CORPUS = "{\"id\": \"tin-bao-1\", \"title\": \"Hợp tác thủy sản\", \"date\": \"2024-05-02\", \"source\": \"Báo Ví Dụ\", "
            + "\"text\": \"Đoàn doanh nghiệp Niu Di-lân tìm hiểu hợp tác nuôi trồng thủy sản ở Cà Mau và gặp lãnh đạo tỉnh.\"}\n";

    @TempDir static Path data;
    static WebServer server;
    static JsonNode zipAnswer;

    @BeforeAll static void start() throws Exception {
        server = WebServer.start(WebConfig.local(data).withWriteToken(TOKEN));
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            for (Map.Entry<String, byte[]> e : Map.of("tin/ha-noi.md", HANOI.getBytes(StandardCharsets.UTF_8),
                    "tin/niu-ooc.txt", NEW_YORK.getBytes(StandardCharsets.UTF_8), "anh.txt", new byte[] {0, 1, 2, 3, 0, 0, 7},
                    "__MACOSX/._ha-noi.md", new byte[] {0}).entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        HttpResponse<String> r = UploadTest.upload(server, "Bearer " + TOKEN, "tin tức.zip", zip.toByteArray());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        zipAnswer = SavedSearchApiTest.JSON.readTree(r.body());
        SavedSearchApiTest.upload(server, "bao.jsonl", CORPUS);
    }

    @AfterAll static void stop() { if (server != null) server.close(); }

    static HttpResponse<String> get(String path) throws Exception {
        return SavedSearchApiTest.HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"); }

    @Test void a_zip_is_stored_file_by_file_and_a_bad_file_is_named_with_its_reason() {
        assertThat(zipAnswer.get("stored").asInt()).isEqualTo(2);
        assertThat(zipAnswer.get("failed").asInt()).isEqualTo(1);
        List<String> names = new ArrayList<>();
        zipAnswer.get("files").forEach(f -> names.add(f.get("name").asText()));
        assertThat(names).containsExactlyInAnyOrder("tin_ha-noi.md", "tin_niu-ooc.txt", "anh.txt");   // no resource fork
        for (JsonNode f : zipAnswer.get("files"))
            if (f.get("name").asText().equals("anh.txt")) assertThat(f.get("error").asText()).isEqualTo("anh.txt: binary content, not a text document");
            else assertThat(f.get("status").asText()).isEqualTo("stored");
    }

    @Test void a_file_that_is_not_a_zip_and_several_files_in_one_request_answer_per_file() throws Exception {
        String boundary = "b-desk";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"hong.zip\"\r\n\r\nkhông phải zip\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"rong.txt\"\r\n\r\n\r\n--" + boundary + "--\r\n";
        HttpResponse<String> r = SavedSearchApiTest.HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "api/v1/documents"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        JsonNode files = SavedSearchApiTest.JSON.readTree(r.body()).get("files");
        assertThat(files.get(0).get("error").asText()).isEqualTo("hong.zip: not a zip archive");
        assertThat(files.get(1).get("error").asText()).startsWith("rong.txt: ");
        assertThat(files.get(1).get("status").asText()).isEqualTo("failed");
    }

    @Test void the_original_file_is_downloadable_and_a_corpus_record_has_none() throws Exception {
        JsonNode doc = SavedSearchApiTest.ok(server, "/api/v1/documents/tin_ha-noi.md");
        assertThat(doc.get("original").asText()).isEqualTo("/api/v1/documents/tin_ha-noi.md/original");
        HttpResponse<byte[]> file = SavedSearchApiTest.HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "api/v1/documents/tin_ha-noi.md/original"))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(new String(file.body(), StandardCharsets.UTF_8)).isEqualTo(HANOI);
        assertThat(file.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;").contains("tin_ha-noi.md");
        JsonNode record = SavedSearchApiTest.ok(server, "/api/v1/documents/tin-bao-1");
        assertThat(record.get("original").isNull()).isTrue();
        HttpResponse<String> none = get("api/v1/documents/tin-bao-1/original");
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(none.body()).contains("came from a corpus record");
    }

    @Test void search_narrows_to_an_outlet_or_a_kind() throws Exception {
        JsonNode all = SavedSearchApiTest.ok(server, "/api/v1/search?q=Niu%20Di-l%C3%A2n");
        assertThat(docs(all)).contains("tin_ha-noi.md", "tin-bao-1");
        assertThat(docs(SavedSearchApiTest.ok(server, "/api/v1/search?q=Niu%20Di-l%C3%A2n&outlet=" + enc("Báo Ví Dụ")))).containsOnly("tin-bao-1");
        assertThat(docs(SavedSearchApiTest.ok(server, "/api/v1/search?q=Niu%20Di-l%C3%A2n&kind=md"))).containsOnly("tin_ha-noi.md");
        assertThat(SavedSearchApiTest.ok(server, "/api/v1/search?q=Niu%20Di-l%C3%A2n&kind=pdf").get("total").asInt()).isZero();
        assertThat(SavedSearchApiTest.ok(server, "/api/v1/search?outlet=" + enc("Báo Ví Dụ")).get("total").asInt()).isPositive();
    }

    static List<String> docs(JsonNode search) {
        List<String> out = new ArrayList<>();
        search.get("hits").forEach(h -> out.add(h.get("doc").asText()));
        return out;
    }

    @Test void an_export_has_every_row_the_filter_keeps_with_names_beside_the_ids() throws Exception {
        JsonNode search = SavedSearchApiTest.ok(server, "/api/v1/search?q=h%E1%BB%A3p%20t%C3%A1c&limit=100");
        HttpResponse<String> csv = get("api/v1/export/search?q=h%E1%BB%A3p%20t%C3%A1c&format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("X-Total-Count")).hasValue(search.get("total").asText());
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFrank,passage_id,doc,section,date,score,text,entities,entities_vi,entities_en");
        assertThat(lines).hasSize(1 + search.get("total").asInt());
        assertThat(lines.get(1)).startsWith("1," + search.get("hits").get(0).get("passage_id").asText() + ",");

        JsonNode events = SavedSearchApiTest.ok(server, "/api/v1/events?country=" + enc("Niu Di-lân"));
        List<String> eventRows = get("api/v1/export/events?format=csv&country=" + enc("Niu Di-lân")).body().lines().toList();
        assertThat(eventRows).hasSize(1 + events.get("total").asInt());
        assertThat(eventRows.get(0)).contains("participants_vi,participants_en");
        assertThat(eventRows.get(1)).contains("Việt Nam", "Vietnam", "New Zealand");
        List<String> jsonl = get("api/v1/export/events?format=jsonl&country=" + enc("Niu Di-lân")).body().lines().toList();
        assertThat(jsonl).hasSize(events.get("total").asInt());
        assertThat(SavedSearchApiTest.JSON.readTree(jsonl.get(0)).get("id").asText()).isEqualTo(events.get("events").get(0).get("id").asText());

        JsonNode documents = SavedSearchApiTest.ok(server, "/api/v1/documents?kind=txt");
        assertThat(get("api/v1/export/documents?kind=txt").body().lines().count()).isEqualTo(1 + documents.get("total").asLong());
        assertThat(get("api/v1/export/statistics?format=graphml").statusCode()).isEqualTo(400);
        assertThat(get("api/v1/export/nothing").statusCode()).isEqualTo(404);
    }

    @Test void the_events_network_names_its_nodes_in_vietnamese_and_english() throws Exception {
        for (String path : List.of("api/v1/export/events?format=graphml", "api/v1/export?format=graphml")) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).isEqualTo(200);
            var xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
            NodeList nodes = xml.getElementsByTagName("node");
            Map<String, String> vi = new java.util.HashMap<>(), en = new java.util.HashMap<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                Element n = (Element) nodes.item(i);
                NodeList data = n.getElementsByTagName("data");
                for (int j = 0; j < data.getLength(); j++) {
                    Element d = (Element) data.item(j);
                    if (d.getAttribute("key").equals("name_vi")) vi.put(n.getAttribute("id"), d.getTextContent());
                    if (d.getAttribute("key").equals("name_en")) en.put(n.getAttribute("id"), d.getTextContent());
                }
            }
            assertThat(vi).as(path).containsEntry("VNM", "Việt Nam").containsEntry("NZL", "New Zealand");
            assertThat(en).as(path).containsEntry("VNM", "Vietnam");
        }
    }

    @Test void batch_search_counts_each_entry_as_search_does_and_writes_the_same_csv() throws Exception {
        String body = "{\"text\": \"Niu Di-lân\\n# a comment\\nLiên Hợp Quốc\\nxyzzyqq\"}";
        HttpResponse<String> r = SavedSearchApiTest.send(server, "POST", "/api/v1/search/batch", body, false);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode rows = SavedSearchApiTest.JSON.readTree(r.body()).get("rows");
        assertThat(rows).hasSize(3);
        for (JsonNode row : rows) {
            JsonNode one = SavedSearchApiTest.ok(server, "/api/v1/search?q=" + enc(row.get("entry").asText()));
            assertThat(row.get("passages").asLong()).as(row.get("entry").asText()).isEqualTo(one.get("total").asLong());
            assertThat(row.get("documents").asInt()).isEqualTo(one.get("facet_totals").get("documents").asInt());
            if (one.get("total").asLong() > 0) assertThat(row.get("best_passage").asText()).isEqualTo(one.get("hits").get(0).get("passage_id").asText());
        }
        assertThat(rows.get(2).get("passages").asInt()).isZero();
        HttpResponse<String> csv = SavedSearchApiTest.send(server, "POST", "/api/v1/search/batch?format=csv&kind=md", body, false);
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFentry,passages,documents,top_documents,best_passage,snippet");
        assertThat(lines.get(1)).startsWith("Niu Di-lân,1,1,tin_ha-noi.md,");
        HttpResponse<String> empty = SavedSearchApiTest.send(server, "POST", "/api/v1/search/batch", "{\"text\": \"# nothing\"}", false);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("no entries");
    }

    @Test void a_saved_search_of_one_kind_counts_only_new_documents_of_that_kind() throws Exception {
        HttpResponse<String> created = SavedSearchApiTest.send(server, "POST", "/api/v1/saved-searches",
                "{\"name\": \"cá tra\", \"q\": \"cá tra\", \"kind\": \"md\"}", true);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode saved = SavedSearchApiTest.JSON.readTree(created.body());
        assertThat(saved.get("query").get("kind").asText()).isEqualTo("md");
        Thread.sleep(5);
        String text = "AN GIANG - Xuất khẩu cá tra sang thị trường châu Âu tăng trong quý đầu năm.";
        String md = SavedSearchApiTest.upload(server, "ca-tra.md", text);
        SavedSearchApiTest.upload(server, "ca-tra.txt", text + " Doanh nghiệp mở rộng vùng nuôi.");
        JsonNode one = SavedSearchApiTest.ok(server, "/api/v1/saved-searches/" + saved.get("id").asText());
        assertThat(one.get("new").asInt()).isEqualTo(1);
        assertThat(one.get("documents").get(0).get("id").asText()).isEqualTo(md);
    }

    @Test void a_person_has_the_offices_they_are_written_with_and_an_organisation_its_people() throws Exception {
        JsonNode son = SavedSearchApiTest.ok(server, "/api/v1/entities/" + enc("PER:Bùi Thanh Sơn"));
        assertThat(son.get("offices").get(0).get("title").asText()).isEqualTo("Bộ trưởng Ngoại giao");
        assertThat(son.get("offices").get(0).get("doc").asText()).isEqualTo("tin_ha-noi.md");
        assertThat(son.get("offices").get(0).get("first").asText()).isEqualTo("2024-03-12");
        JsonNode nz = SavedSearchApiTest.ok(server, "/api/v1/entities/NZL");
        assertThat(nz.get("people")).anySatisfy(p -> {
            assertThat(p.get("person").asText()).isEqualTo("PER:Uyn-xtơn Pi-tơ");
            assertThat(p.get("title").asText()).isEqualTo("Ngoại trưởng Niu Di-lân");
        });
        JsonNode un = SavedSearchApiTest.ok(server, "/api/v1/entities/ORG:UN");
        assertThat(un.get("people")).anySatisfy(p -> assertThat(p.get("person").asText()).isEqualTo("PER:Antonio Guterres"));
    }
}
