package org.caytre.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code ingest} names bad input exactly as {@code parse} does, one line each: malformed JSONL lines as FILE:LINE,
 * symbolic link loops (a link to itself, a folder linking back), broken links, missing files, and a warning for a
 * converted encoding.
 */
class IngestBadInputTest {
    @TempDir Path dir;

    String[] run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int status = cmd.execute(args);
        return new String[] {String.valueOf(status), err.toString()};
    }

    @Test void ingest_and_parse_give_the_same_lines_for_the_same_bad_input() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs").resolve("sub"));
        Files.writeString(dir.resolve("docs").resolve("tin.txt"), "HÀ NỘI, 1/2/2024 - Thủ tướng tiếp Đại sứ Lào về hợp tác thủy điện.");
        Files.createSymbolicLink(docs.resolve("loop"), dir.resolve("docs"));                       // back to a folder already read
        Files.createSymbolicLink(dir.resolve("docs").resolve("mat.txt"), dir.resolve("nowhere.txt"));   // broken
        Files.createSymbolicLink(dir.resolve("l1"), dir.resolve("l2"));
        Files.createSymbolicLink(dir.resolve("l2"), dir.resolve("l1"));
        Files.writeString(dir.resolve("tin.jsonl"), "{\"id\": \"j1\", \"text\": \"Bộ trưởng Ngoại giao tiếp Đại sứ Cu-ba.\"}\n"
                + "{not json\n{\"id\": \"j3\"}\n");
        Files.write(dir.resolve("utf16.txt"), "Thủ tướng Chính phủ tiếp Đại sứ Nhật Bản tại Hà Nội về hợp tác kinh tế."
                .getBytes(StandardCharsets.UTF_16));
        String[] inputs = {dir.resolve("docs").toString(), dir.resolve("l1").toString(), dir.resolve("missing.txt").toString(),
                dir.resolve("tin.jsonl").toString(), dir.resolve("utf16.txt").toString()};

        String[] parse = run(concat(new String[] {"parse"}, inputs));
        String[] ingest = run(concat(new String[] {"ingest", "--data", dir.resolve("data").toString()}, inputs));
        assertThat(ingest[0]).isEqualTo(parse[0]).isEqualTo("1");
        Set<String> expected = lines(parse[1]);
        assertThat(expected).contains(
                "caytre: " + dir.resolve("docs/sub/loop") + ": symbolic link loop (leads back to a folder already read); skipped",
                "caytre: " + dir.resolve("docs/mat.txt") + ": broken symbolic link (its target does not exist); skipped",
                "caytre: " + dir.resolve("l1") + ": symbolic link loop (the link leads back to itself)",
                "caytre: " + dir.resolve("missing.txt") + ": no such file",
                "caytre: " + dir.resolve("tin.jsonl") + ":3: no \"text\" field");
        assertThat(expected).anyMatch(l -> l.startsWith("caytre: " + dir.resolve("tin.jsonl") + ":2: "))
                .anyMatch(l -> l.startsWith("caytre: " + dir.resolve("utf16.txt") + ": warning: decoded as UTF-16"));
        assertThat(lines(ingest[1])).isEqualTo(expected);
    }

    /** The lines naming an input (not the summary, not the undated-documents note). */
    static Set<String> lines(String err) {
        Set<String> out = new TreeSet<>();
        err.lines().filter(l -> l.startsWith("caytre: ")).forEach(out::add);
        return out;
    }

    static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
