package org.caytre.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.caytre.pipeline.Pipeline;
import org.caytre.search.PassageIndex;
import org.caytre.structure.CorpusFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code caytre search} over an index of two real documents built through the search API in a temporary data dir. */
class SearchCommandTest {
    @TempDir static Path data;
    private final StringWriter out = new StringWriter(), err = new StringWriter();

    @BeforeAll
    static void index() {
        try (PassageIndex index = PassageIndex.open(data.resolve("index"))) {
            for (String d : List.of(CorpusFiles.D000, CorpusFiles.D001)) index.replace(d, Pipeline.standard().extract(CorpusFiles.corpus(d)));
            index.commit();
        }
    }

    private int run(String... args) {
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    @Test
    void json_has_exactly_the_contract_fields() throws Exception {
        assertThat(run("search", "--data", data.toString(), "--json", "--limit", "3", "Hoa", "Kỳ")).isZero();
        JsonNode r = new ObjectMapper().readTree(out.toString());
        assertThat(fields(r)).containsExactly("total", "hits", "facets", "offset", "limit", "facet_totals", "relaxed");   // fields are added, never renamed
        assertThat(r.get("hits")).hasSize(3);
        assertThat(r.get("total").asLong()).isGreaterThanOrEqualTo(3);
        for (JsonNode h : r.get("hits")) {
            assertThat(fields(h)).containsExactly("doc", "passage_id", "section", "date", "text", "snippet", "score", "entities");
            assertThat(h.get("passage_id").asText()).startsWith(h.get("doc").asText() + ":").matches(".*:[pf]\\d+");
            assertThat(h.get("entities").toString()).contains("\"USA\"");
            assertThat(h.get("snippet").asText()).contains("<b>");
            assertThat(h.get("text").asText().replace(" ", "")).contains(h.get("snippet").asText()
                    .replace("<b>", "").replace("</b>", "").replace("…", "").replace(" ", "").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&"));
        }
        assertThat(fields(r.get("facets"))).containsExactly("countries", "event_types", "years", "documents", "areas");
        assertThat(r.get("facets").get("countries").get("USA").asInt()).isEqualTo(r.get("total").asInt());
    }

    @Test
    void filters_by_country_alias_and_event_type() throws Exception {
        assertThat(run("search", "--data", data.toString(), "--json", "--country", "Mỹ", "--type", "visit", "chuyến", "thăm")).isZero();
        JsonNode r = new ObjectMapper().readTree(out.toString());
        assertThat(r.get("hits").size()).isPositive();
        for (JsonNode h : r.get("hits")) assertThat(h.get("entities").toString()).contains("\"USA\"");
        assertThat(fields(r.get("facets").get("event_types"))).contains("VISIT");
    }

    @Test
    void readable_listing_without_json() {
        assertThat(run("search", "--data", data.toString(), "--limit", "2", "kieu hoi")).isZero();
        assertThat(out.toString()).containsPattern("^\\d+ passages?\\n").contains("1. ").contains("«kiều hối»");
    }

    @Test
    void a_missing_index_is_one_line_of_error() {
        assertThat(run("search", "--data", data.resolve("nowhere").toString(), "Hoa Kỳ")).isEqualTo(1);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("no search index at").contains("nowhere");
    }

    @Test
    void a_bad_date_is_one_line_of_error() {
        assertThat(run("search", "--data", data.toString(), "--from", "hôm qua", "Hoa Kỳ")).isEqualTo(1);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("bad date: hôm qua");
    }

    private static List<String> fields(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
