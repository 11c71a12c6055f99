package org.caytre.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.caytre.search.PassageIndex;
import org.caytre.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code bench ingest} runs the real ingest (store and search index) and prints the StandardAnalyzer yardstick beside it. */
class BenchIngestTest {
    @Test
    void bench_ingest_stores_indexes_and_prints_the_ratio_to_standard_analyzer(@TempDir Path dir) throws Exception {
        List<String> lines = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < 12; i++)
            lines.add(json.writeValueAsString(Map.of("id", "tin-" + i, "title", "Bản tin số " + i, "date", "2022-03-0" + (1 + i % 9),
                    "text", "Ngày " + (1 + i % 28) + "/3/2022, Việt Nam và Ấn Độ thảo luận về hợp tác quốc phòng lần thứ " + i
                            + ".\n\nHai bên nhất trí tăng cường trao đổi đoàn và đào tạo.")));
        Path corpus = Files.write(dir.resolve("tin.jsonl"), lines);
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        Path data = dir.resolve("data");
        int status = cl.execute("bench", "ingest", "--corpus", corpus.toString(), "--data", data.toString());
        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString()).contains("stage=ingest docs=12 stored=12 failed=0")
                .containsPattern("store_MB=[\\d.]+ store/input=[\\d.]+ index_MB=\\d+\\.\\d store\\+index/input=[\\d.]+ standard_analyzer_MB/s=\\d+\\.\\d\\d vs_standard=\\d+\\.\\d\\d");
        try (PassageIndex index = PassageIndex.openReadOnly(data.resolve("index"))) {
            assertThat(index.documentIds()).hasSize(12);
            assertThat(index.search(SearchRequest.of("hop tac quoc phong")).total()).isGreaterThanOrEqualTo(12);
        }
    }
}
