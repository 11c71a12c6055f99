package org.caytre.kb;

import org.caytre.cli.CliRun;
import static org.caytre.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.caytre.structure.CorpusFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The knowledge-base commands end to end on an SQLite data directory holding the four shared documents. */
class KbCommandsTest {
    @TempDir static Path dir;
    private static Path data;



    @BeforeAll
    static void ingest() {
        data = dir.resolve("data");
        CliRun r = run("ingest", "--data", data.toString(), CorpusFiles.shared().resolve("corpus").toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("ingest: 4 stored, 0 replaced, 0 unchanged, 0 failed");
    }

    @Test
    void a_missing_path_is_reported_and_makes_the_exit_status_1() {
        CliRun r = run("ingest", "--data", data.toString(), dir.resolve("missing.txt").toString(), CorpusFiles.corpus(CorpusFiles.D000).toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("missing.txt: no such file");
        assertThat(r.out()).contains("0 stored, 0 replaced, 1 unchanged, 1 failed");
    }

    @Test
    void events_json_has_the_contract_fields() throws Exception {
        CliRun r = run("events", "--data", data.toString(), "--country", "USA", "--json");
        JsonNode events = r.json().get("events");
        assertThat(events.size()).isGreaterThan(3);
        for (JsonNode e : events) {
            for (String f : new String[] {"id", "type", "participants", "date", "attrs", "mentions"}) assertThat(e.has(f)).as(f).isTrue();
            assertThat(e.get("participants").toString()).contains("\"USA\"");
            JsonNode m = e.get("mentions").get(0);
            assertThat(m.get("doc").asText()).endsWith(".txt");
            assertThat(m.get("evidence").asText()).isNotBlank();
            assertThat(m.get("offset").isInt()).isTrue();
        }
    }

    @Test
    void partners_as_of_a_date_follow_the_contract() throws Exception {
        JsonNode end2020 = run("partners", "--data", data.toString(), "--as-of", "2020-12-31", "--json").json();
        assertThat(end2020.get("as_of").asText()).isEqualTo("2020-12-31");
        JsonNode nzl = partner(end2020, "NZL");
        assertThat(nzl.get("level").asText()).isEqualTo("STRATEGIC");
        for (String f : new String[] {"country", "level", "since", "provenance", "evidence", "doc"}) assertThat(nzl.has(f)).as(f).isTrue();
        assertThat(partner(end2020, "USA").get("level").asText()).isNotEqualTo("COMPREHENSIVE_STRATEGIC");
        JsonNode end2023 = run("partners", "--data", data.toString(), "--as-of", "2023-12-31", "--json").json();
        for (String c : new String[] {"KOR", "USA", "JPN"}) assertThat(partner(end2023, c).get("level").asText()).as(c).isEqualTo("COMPREHENSIVE_STRATEGIC");
        assertThat(partner(end2023, "GBR").get("provenance").asText()).isIn("document", "reference");
    }

    private static JsonNode partner(JsonNode answer, String country) {
        for (JsonNode p : answer.get("partners")) if (p.get("country").asText().equals(country)) return p;
        throw new AssertionError("no partner " + country + " in " + answer);
    }

    @Test
    void check_country_stats_documents_and_export_answer_from_the_store() throws Exception {
        JsonNode checks = run("check", "--data", data.toString(), "--json").json().get("checks");
        assertThat(checks.toString()).contains("\"stated\":17").contains("\"stated\":6");
        for (JsonNode v : checks) assertThat(v.get("verdict").asText()).isIn("agree", "disagree", "unverifiable");
        JsonNode usa = run("country", "--data", data.toString(), "USA", "--json").json();
        assertThat(usa.get("history").get(0).get("level").asText()).isEqualTo("COMPREHENSIVE");
        assertThat(usa.get("events_by_year").has("2023")).isTrue();
        assertThat(usa.get("documents").size()).isGreaterThanOrEqualTo(3);
        assertThat(run("stats", "--data", data.toString(), "--subject", "VNM", "--json").json().get("statistics").size()).isGreaterThan(5);
        assertThat(run("documents", "--data", data.toString(), "--json").json().get("documents").size()).isEqualTo(4);
        Path out = dir.resolve("graph.graphml");
        assertThat(run("export", "--data", data.toString(), "--format", "graphml", out.toString()).status()).isZero();
        assertThat(Files.readString(out)).contains("<graphml");
    }
}
