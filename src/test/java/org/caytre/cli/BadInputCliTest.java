package org.caytre.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * Issue 9's catalogue of bad and unusual input, each through the CLI next to a good file: the exit status, the
 * one-line message naming the file and the reason (or the repaired text and its warning), and the good file still
 * processed.
 */
class BadInputCliTest {
    private static final String GOOD_TEXT = "Thủ tướng Chính phủ đã điện đàm với Thủ tướng Nhật Bản về hợp tác kinh tế.";
    @TempDir Path dir;
    private final StringWriter out = new StringWriter(), err = new StringWriter();
    private Path good;

    private int run(String... args) throws Exception {
        if (good == null) good = Files.writeString(dir.resolve("good.txt"), GOOD_TEXT + "\n");
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    private List<JsonNode> json() throws Exception {
        List<JsonNode> docs = new ArrayList<>();
        for (String line : out.toString().strip().split("\n")) if (!line.isBlank()) docs.add(new ObjectMapper().readTree(line));
        return docs;
    }

    private String goodPath() throws Exception {
        if (good == null) good = Files.writeString(dir.resolve("good.txt"), GOOD_TEXT + "\n");
        return good.toString();
    }

    private List<String> errLines() { return err.toString().lines().toList(); }

    @ParameterizedTest
    @ValueSource(strings = {"tcvn3", "vni"})
    void real_8_bit_legacy_files_are_converted_with_a_warning(String kind) throws Exception {
        Path legacy = Files.write(dir.resolve(kind + ".txt"), kind.equals("tcvn3")
                ? org.caytre.ingest.LegacyFilesAccess.tcvn3(GOOD_TEXT) : org.caytre.ingest.LegacyFilesAccess.vni(GOOD_TEXT));
        assertThat(run("extract", "--json", legacy.toString(), goodPath())).isZero();
        List<JsonNode> docs = json();
        assertThat(docs).hasSize(2);
        assertThat(docs.get(0).get("entities").toString()).contains("\"JPN\"");
        assertThat(docs.get(1).get("entities").toString()).contains("\"JPN\"");
        assertThat(errLines()).containsExactly("caytre: " + legacy + ": warning: not UTF-8: decoded as "
                + kind.toUpperCase() + " (8-bit legacy font encoding)");
    }

    @Test
    void invalid_utf8_is_repaired_as_utf8_with_a_counted_warning() throws Exception {
        byte[] text = GOOD_TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(text, text.length + 1);
        bytes[text.length] = (byte) 0xFE;
        Path damaged = Files.write(dir.resolve("damaged.txt"), bytes);
        assertThat(run("parse", "--json", damaged.toString(), goodPath())).isZero();
        assertThat(json().get(0).get("paragraphs").get(0).get("text").asText()).startsWith("Thủ tướng Chính phủ");
        assertThat(json().get(0).get("warnings").toString()).contains("1 invalid UTF-8 byte sequence replaced");
        assertThat(errLines()).containsExactly("caytre: " + damaged + ": warning: 1 invalid UTF-8 byte sequence replaced by \uFFFD");
        assertThat(json()).hasSize(2);
    }

    @Test
    void a_zip_bomb_is_one_line_naming_the_file_and_the_limit() throws Exception {
        Path bomb = Files.write(dir.resolve("bomb.docx"), org.caytre.ingest.LegacyFilesAccess.zipBomb(30));
        assertThat(run("parse", "--json", "--max-size", "2", bomb.toString(), goodPath())).isEqualTo(1);
        assertThat(errLines()).hasSize(1);
        assertThat(errLines().get(0)).startsWith("caytre: " + bomb + ": unpacks to more than 8388608 bytes")
                .contains("--max-size 2 MB");
        assertThat(json()).hasSize(1);
    }

    @Test
    void jsonl_is_one_document_per_line_and_a_bad_line_is_named_by_its_number() throws Exception {
        Path jsonl = Files.writeString(dir.resolve("news.jsonl"), """
                {"id": "a", "title": "Việt Nam và Lào ký hiệp định", "date": "2021-03-05", "text": "Sáng 5-3, hai bên ký hiệp định."}
                this is not json
                {"id": "c"}
                {"id": "d", "text": "Ngày 2/4/2020, Thủ tướng thăm Nhật Bản."}
                """);
        assertThat(run("parse", "--json", jsonl.toString(), goodPath())).isEqualTo(1);
        List<JsonNode> docs = json();
        assertThat(docs).extracting(d -> d.get("doc").asText()).containsExactly("a", "d", "good.txt");
        assertThat(docs.get(0).get("metadata").get("date").asText()).isEqualTo("2021-03-05");
        assertThat(docs.get(0).get("metadata").get("date_source").asText()).isEqualTo("jsonl");
        assertThat(docs.get(0).get("metadata").get("title").asText()).isEqualTo("Việt Nam và Lào ký hiệp định");
        assertThat(docs.get(1).get("metadata").get("date").asText()).isEqualTo("2020-04-02");
        assertThat(errLines()).hasSize(2);
        assertThat(errLines().get(0)).startsWith("caytre: " + jsonl + ":2: ");
        assertThat(errLines().get(1)).isEqualTo("caytre: " + jsonl + ":3: no \"text\" field");
    }

    @Test
    void gzipped_jsonl_is_read_too() throws Exception {
        Path gz = dir.resolve("news.jsonl.gz");
        try (var o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write("{\"id\": \"x\", \"text\": \"Hai nước ký hiệp định.\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(run("parse", "--json", gz.toString())).isZero();
        assertThat(json()).extracting(d -> d.get("doc").asText()).containsExactly("x");
    }

    @Test
    void a_folder_is_read_recursively_and_a_symlink_loop_is_named() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("docs/sub"));
        Files.writeString(sub.resolve("a.txt"), GOOD_TEXT + "\n");
        Files.writeString(dir.resolve("docs/b.md"), "# Tin\n\nHai nước ký hiệp định.\n");
        Files.writeString(dir.resolve("docs/ignore.png"), "not a document");
        Path loop = Files.createSymbolicLink(sub.resolve("loop"), dir.resolve("docs"));
        assertThat(run("parse", "--json", dir.resolve("docs").toString())).isEqualTo(1);
        assertThat(json()).extracting(d -> d.get("doc").asText()).containsExactly("b.md", "a.txt");
        assertThat(errLines()).containsExactly("caytre: " + loop + ": symbolic link loop (leads back to a folder already read); skipped");
    }

    @Test
    void a_symlink_loop_given_as_a_file_is_named_as_such() throws Exception {
        Path a = dir.resolve("a.txt"), b = dir.resolve("b.txt");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        assertThat(run("parse", a.toString(), goodPath())).isEqualTo(1);
        assertThat(errLines()).containsExactly("caytre: " + a + ": symbolic link loop (the link leads back to itself)");
        assertThat(out.toString()).contains("== good.txt");
    }

    @Test
    void missing_files_and_folders_are_one_line() throws Exception {
        assertThat(run("parse", dir.resolve("missing.txt").toString(), goodPath())).isEqualTo(1);
        assertThat(errLines()).containsExactly("caytre: " + dir.resolve("missing.txt") + ": no such file");
        assertThat(out.toString()).contains("== good.txt");
        err.getBuffer().setLength(0);
        assertThat(run("eval", "--gold", dir.resolve("no-gold").toString(), "--docs", dir.toString())).isEqualTo(2);
        assertThat(errLines()).containsExactly("caytre eval: " + dir.resolve("no-gold") + ": no such file or folder");
        err.getBuffer().setLength(0);
        assertThat(run("demo", "--dir", dir.resolve("nowhere").toString())).isEqualTo(2);
        assertThat(errLines()).containsExactly("caytre demo: " + dir.resolve("nowhere") + ": no such folder");
    }

    @Test
    void standard_input_is_a_document() throws Exception {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream((GOOD_TEXT + "\n").getBytes(StandardCharsets.UTF_8)));
            assertThat(run("parse", "--json", "-")).isZero();
        } finally {
            System.setIn(stdin);
        }
        assertThat(json().get(0).get("doc").asText()).isEqualTo("stdin");
        assertThat(json().get(0).get("paragraphs").get(0).get("text").asText()).isEqualTo(GOOD_TEXT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"parse", "extract", "eval", "demo", "bench"})
    void every_subcommand_answers_help(String sub) throws Exception {
        assertThat(run(sub, "--help")).isZero();
        assertThat(out.toString()).startsWith("Usage: caytre " + sub);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void the_demo_finds_its_samples_from_the_program_location() throws Exception {
        Path samples = DemoCommand.samples();
        assertThat(samples).isNotNull();
        assertThat(Files.isRegularFile(samples.resolve("cong-van.md"))).isTrue();
        assertThat(run("demo", "--dir", samples.toAbsolutePath().toString(), "--data", org.caytre.testing.TempDirs.create("caytre-demo").toString())).isZero();
        assertThat(out.toString()).contains("cong-van.md");
    }

    @Test
    void script_content_in_html_is_not_text() throws Exception {
        Path page = Files.writeString(dir.resolve("p.html"), "<html><body><p>" + GOOD_TEXT
                + "</p><script>alert(3); var s = '5 quốc gia';</script></body></html>");
        assertThat(run("extract", "--json", page.toString(), goodPath())).isZero();
        JsonNode x = json().get(0);
        assertThat(x.get("statistics")).isEmpty();
        assertThat(x.toString()).doesNotContain("alert").doesNotContain("quốc gia");
        assertThat(json()).hasSize(2);
    }

    @Test
    void a_document_past_its_time_budget_fails_and_the_batch_goes_on() throws Exception {
        Path big = Files.writeString(dir.resolve("big.txt"), (GOOD_TEXT + "\n\n").repeat(30_000));  // ~3 MB
        assertThat(run("extract", "--json", goodPath())).isZero();                                   // warm the pipeline
        out.getBuffer().setLength(0);
        assertThat(run("extract", "--json", "--timeout", "0.2", big.toString(), goodPath())).isEqualTo(1);
        assertThat(errLines()).containsExactly("caytre: " + big + ": took longer than 0.2 s (--timeout); skipped");
        assertThat(json()).hasSize(1);
        assertThat(json().get(0).get("doc").asText()).isEqualTo("good.txt");
    }
}
