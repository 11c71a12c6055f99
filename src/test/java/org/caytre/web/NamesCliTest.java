package org.caytre.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The CLI over the shared documents: a country by any of its names, an unknown name as exit 2, paged lists. */
class NamesCliTest {
    private final StringWriter out = new StringWriter(), err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cmd = org.caytre.cli.Main.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    private JsonNode json(String... args) throws Exception {
        assertThat(run(args)).as(String.join(" ", args) + ": " + err).isZero();
        return new ObjectMapper().readTree(out.toString());
    }

    @Test void events_of_a_country_by_code_vietnamese_and_english_name_are_the_same() throws Exception {
        String data = TestData.dataDir().toString();
        JsonNode byCode = json("events", "--data", data, "--json", "--country", "USA");
        assertThat(byCode.get("events").size()).isPositive();
        for (String name : new String[] {"Hoa Kỳ", "United States", "hoa ky", "usa"})
            assertThat(json("events", "--data", data, "--json", "--country", name)).as(name).isEqualTo(byCode);
        JsonNode page = json("events", "--data", data, "--json", "--country", "Mỹ", "--limit", "1", "--offset", "1");
        assertThat(page.get("total").asInt()).isEqualTo(byCode.get("events").size());
        assertThat(page.get("events").get(0)).isEqualTo(byCode.get("events").get(1));
    }

    @Test void an_unknown_country_name_is_a_usage_error_never_zero_events() {
        String data = TestData.dataDir().toString();
        for (String[] args : new String[][] {{"events", "--data", data, "--country", "Xứ Sở Thần Tiên"},
                {"stats", "--data", data, "--subject", "Xứ Sở Thần Tiên"}, {"country", "--data", data, "Xứ Sở Thần Tiên"},
                {"search", "--data", data, "--country", "Xứ Sở Thần Tiên", "hop tac"}}) {
            assertThat(run(args)).as(args[0]).isEqualTo(2);
            assertThat(err.toString().strip()).as(args[0]).doesNotContain("\n").contains("caytre " + args[0] + ": ", "Xứ Sở Thần Tiên");
            assertThat(out.toString()).isEmpty();
        }
    }

    @Test void search_and_batch_search_narrow_to_an_outlet_or_a_kind(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path corpus = java.nio.file.Files.writeString(dir.resolve("bao.jsonl"), DeskDownloadsApiTest.CORPUS);
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("ha-noi.md"), DeskDownloadsApiTest.HANOI);
        String data = dir.resolve("data").toString();
        assertThat(run("ingest", "--data", data, corpus.toString(), file.toString())).as(err.toString()).isZero();
        assertThat(docs(json("search", "--data", data, "--json", "Niu Di-lân"))).containsExactlyInAnyOrder("tin-bao-1", "ha-noi.md");
        assertThat(docs(json("search", "--data", data, "--json", "--outlet", "Báo Ví Dụ", "Niu Di-lân"))).containsExactly("tin-bao-1");
        assertThat(docs(json("search", "--data", data, "--json", "--kind", "md", "Niu Di-lân"))).containsExactly("ha-noi.md");
        assertThat(json("search", "--data", data, "--json", "--kind", "pdf", "Niu Di-lân").get("total").asInt()).isZero();
        java.nio.file.Path names = java.nio.file.Files.writeString(dir.resolve("names.txt"), "Niu Di-lân\n");
        java.nio.file.Path csv = dir.resolve("out.csv");
        assertThat(run("search", "--data", data, "--batch", names.toString(), "--kind", "news", "--csv", csv.toString())).as(err.toString()).isZero();
        assertThat(java.nio.file.Files.readAllLines(csv).get(1)).startsWith("Niu Di-lân,1,1,tin-bao-1,");
    }

    private static java.util.List<String> docs(JsonNode search) {
        java.util.List<String> out = new java.util.ArrayList<>();
        search.get("hits").forEach(h -> out.add(h.get("doc").asText()));
        return out;
    }

    @Test void the_country_dossier_takes_a_name() throws Exception {
        assertThat(json("country", "--data", TestData.dataDir().toString(), "--json", "Hoa Kỳ").get("country").asText()).isEqualTo("USA");
    }

    @Test void documents_are_paged_and_filtered_on_request_and_whole_by_default() throws Exception {
        String data = TestData.dataDir().toString();
        JsonNode all = json("documents", "--data", data, "--json");
        assertThat(all.has("total")).isFalse();
        JsonNode page = json("documents", "--data", data, "--json", "--limit", "2", "--sort", "-date");
        assertThat(page.get("total").asInt()).isEqualTo(all.get("documents").size());
        assertThat(page.get("documents")).hasSize(2);
        assertThat(run("documents", "--data", data, "--sort", "size")).isEqualTo(2);
    }

    @Test void the_servers_check_report_reads_only_partner_counts_and_says_what_caytre_check_says() throws Exception {
        JsonNode cli = json("check", "--data", TestData.dataDir().toString(), "--json");
        assertThat(cli.get("checks").size()).isPositive();
        try (WebServer server = WebServer.start(WebConfig.local(TestData.dataDir()))) {
            var r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(server.url() + "api/v1/check")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(new ObjectMapper().readTree(r.body())).isEqualTo(cli);
        }
    }

    @Test void a_batch_of_names_reports_passages_and_documents_per_entry_as_csv(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        String data = TestData.dataDir().toString();
        java.nio.file.Path names = dir.resolve("names.txt"), csv = dir.resolve("out.csv");
        java.nio.file.Files.writeString(names, "# tên cần tra\nHoa Kỳ\n\nNhật Bản\nxyzzy qwerty\n");
        assertThat(run("search", "--data", data, "--batch", names.toString(), "--csv", csv.toString())).as(err.toString()).isZero();
        java.util.List<String> lines = java.nio.file.Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("\uFEFFentry,passages,documents,top_documents,best_passage,snippet");
        assertThat(lines).hasSize(4);
        JsonNode usa = json("search", "--data", data, "--json", "Hoa Kỳ");
        String[] row = lines.get(1).split(",");
        assertThat(row[0]).isEqualTo("Hoa Kỳ");
        assertThat(Long.parseLong(row[1])).isEqualTo(usa.get("total").asLong()).isPositive();
        assertThat(Integer.parseInt(row[2])).isEqualTo(usa.get("facet_totals").get("documents").asInt()).isPositive();
        assertThat(lines.get(3)).startsWith("xyzzy qwerty,0,0,");
        assertThat(run("search", "--data", data, "--batch", dir.resolve("missing.txt").toString())).isEqualTo(2);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("missing.txt: no such file");
    }
}
