package org.caytre.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/brief} on a real server over the test corpus: each format as a download, bad parameters as 400s. */
class BriefApiTest {
    private static WebServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll static void start() throws Exception { server = WebServer.start(WebConfig.local(TestData.dataDir())); }

    @AfterAll static void stop() { if (server != null) server.close(); }

    private static HttpResponse<byte[]> get(String query) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "api/v1/brief?" + query)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test void each_format_is_a_download_of_the_same_brief() throws Exception {
        HttpResponse<byte[]> md = get("country=Hoa%20K%E1%BB%B3&from=2020&to=2024");
        assertThat(md.statusCode()).isEqualTo(200);
        assertThat(md.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/markdown");
        assertThat(md.headers().firstValue("Content-Disposition").orElseThrow()).contains("caytre-brief-USA-2020-2024.md");
        String text = new String(md.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("# Quan hệ Việt Nam – Hoa Kỳ, giai đoạn 2020–2024").contains("## Đánh giá", "[^1]: ");
        // one file: a chart is inlined as SVG data, not a link to a file the download does not carry
        assertThat(text).doesNotContainPattern("\\]\\([^)]*\\.svg\\)");

        HttpResponse<byte[]> docx = get("country=USA&from=2020&to=2024&format=docx");
        assertThat(docx.statusCode()).isEqualTo(200);
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            assertThat(d.getFootnotes().stream().filter(n -> n.getId().signum() > 0)).isNotEmpty();
        }
        HttpResponse<byte[]> pdf = get("area=multilateral&from=2020&to=2024&format=pdf&lang=en");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        try (PDDocument d = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(d)).contains("Vietnam's Multilateral diplomacy, 2020–2024");
        }
    }

    @Test void a_search_brief_covers_the_documents_the_search_route_returns() throws Exception {
        HttpResponse<String> search = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "api/v1/search?q=H%E1%BB%A3p%20t%C3%A1c&limit=100")).build(),
                HttpResponse.BodyHandlers.ofString());
        java.util.Set<String> found = new java.util.TreeSet<>();
        for (var hit : new com.fasterxml.jackson.databind.ObjectMapper().readTree(search.body()).get("hits")) found.add(hit.get("doc").asText());
        assertThat(found).isNotEmpty();
        HttpResponse<byte[]> md = get("q=H%E1%BB%A3p%20t%C3%A1c&all=true");
        assertThat(md.statusCode()).isEqualTo(200);
        assertThat(md.headers().firstValue("Content-Disposition").orElseThrow()).contains("caytre-brief-search-hop-tac.md");
        String text = new String(md.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("# Báo cáo theo kết quả tìm kiếm «Hợp tác»").contains("báo cáo này dùng " + found.size() + " tài liệu và nêu ");
        java.util.regex.Matcher note = java.util.regex.Pattern.compile("(?m)^\\[\\^\\d+]: .*?\\(`([^`]+)`\\)").matcher(text);
        java.util.Set<String> cited = new java.util.TreeSet<>();
        while (note.find()) cited.add(note.group(1));
        assertThat(cited).isNotEmpty();
        assertThat(found).containsAll(cited);
        String sources = text.substring(text.indexOf("## Giai đoạn và nguồn"));
        for (String doc : found) assertThat(sources).contains("`" + doc + "`");

        String capped = new String(get("q=H%E1%BB%A3p%20t%C3%A1c&max_documents=1&lang=en").body(), StandardCharsets.UTF_8);
        assertThat(capped).startsWith("# Brief of the search «Hợp tác»").contains("this brief uses 1 documents ranked first (a cap of 1 documents)");
        String matched = new String(get("q=H%E1%BB%A3p%20t%C3%A1c&matched_only=true&all=true").body(), StandardCharsets.UTF_8);
        assertThat(matched).containsPattern("và chỉ nêu \\d+ sự kiện, \\d+ số liệu đọc được từ \\d+ đoạn văn khớp với tìm kiếm\\.");
        assertThat(matched.split("\\[\\^", -1).length).as("fewer citations than from the whole documents").isLessThan(text.split("\\[\\^", -1).length);
        HttpResponse<byte[]> pdf = get("q=H%E1%BB%A3p%20t%C3%A1c&format=pdf&country=USA");
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument d = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(d).replaceAll("\\s+", " ")).contains("Báo cáo theo kết quả tìm kiếm «Hợp tác» (quốc gia: USA)");
        }
    }

    @Test void a_bad_parameter_is_a_400_naming_it() throws Exception {
        String[][] cases = {{"country=Narnia&from=2020&to=2024", "Narnia"}, {"country=USA&to=2024", "from must be a year"},
                {"country=USA&from=2024&to=2020", "from 2024 is after to 2020"}, {"from=2020&to=2024", "give country, area or both"},
                {"area=nowhere&from=2020&to=2024", "unknown area 'nowhere'"}, {"country=USA&from=2020&to=2024&format=odt", "unknown format 'odt'"},
                {"q=", "give a query q or a filter"}, {"q=x&max_documents=0", "max_documents"}, {"q=x&from=2020/01", "from must be an ISO date"}};
        for (String[] c : cases) {
            HttpResponse<byte[]> r = get(c[1].isEmpty() ? c[0] : c[0]);
            assertThat(r.statusCode()).as(c[0]).isEqualTo(400);
            assertThat(new String(r.body(), StandardCharsets.UTF_8)).as(c[0]).contains("bad_parameter").contains(c[1]);
        }
    }
}
