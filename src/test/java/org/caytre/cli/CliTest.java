package org.caytre.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.caytre.structure.CorpusFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {
    @TempDir Path dir;
    private final StringWriter out = new StringWriter(), err = new StringWriter();

    private int run(String... args) {
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    @Test
    void a_bad_file_is_reported_and_the_batch_goes_on() throws IOException {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path good = Path.of("samples", "cong-van.md");
        int status = run("parse", "--json", empty.toString(), good.toString(), dir.resolve("missing.pdf").toString());
        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).contains("empty.txt: empty file").contains("missing.pdf: no such file");
        String[] lines = out.toString().strip().split("\n");
        assertThat(lines).hasSize(1);
        JsonNode doc = new ObjectMapper().readTree(lines[0]);
        assertThat(doc.get("metadata").get("number").asText()).isEqualTo("118-CV/SNV");
        for (String field : new String[] {"sections", "paragraphs", "footnotes", "unresolved_markers", "warnings"})
            assertThat(doc.has(field)).as(field).isTrue();
        assertThat(doc.get("footnotes").get(0).has("marker_offset")).isTrue();
    }

    @Test
    void extract_json_follows_the_gold_schema_with_annotations() throws IOException {
        assertThat(run("extract", "--json", CorpusFiles.corpus(CorpusFiles.D000).toString())).isZero();
        JsonNode x = new ObjectMapper().readTree(out.toString());
        assertThat(x.get("entities").toString()).contains("\"VNM\"").contains("\"AGR:EVFTA\"");
        JsonNode event = x.get("events").get(0);
        for (String field : new String[] {"type", "participants", "people", "date", "attrs", "evidence", "evidence_offsets", "rule"})
            assertThat(event.has(field)).as(field).isTrue();
        assertThat(x.get("statistics").get(0).has("indicator")).isTrue();
        assertThat(x.get("annotations").size()).isGreaterThan(100);
    }

    @Test
    void eval_prints_a_table_per_document_and_in_total() {
        assertThat(run("eval", "--gold", CorpusFiles.shared().resolve("gold").toString(),
                "--docs", CorpusFiles.shared().resolve("corpus").toString())).isZero();
        assertThat(out.toString()).contains("TOTAL").contains("000_5b41a8928775c049.txt").contains("PHONE_CALL");
    }
}
