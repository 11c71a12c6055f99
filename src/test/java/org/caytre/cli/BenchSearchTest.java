package org.caytre.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.caytre.pipeline.Pipeline;
import org.caytre.search.PassageIndex;
import org.caytre.search.SearchBench;
import org.caytre.structure.CorpusFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code bench search} runs the whole mixed query set over a real index at each client count, cold and warm. */
class BenchSearchTest {
    @Test
    void bench_search_prints_a_cold_and_a_warm_line_per_client_count(@TempDir Path data) {
        try (PassageIndex index = PassageIndex.open(data.resolve("index"))) {
            for (String d : List.of(CorpusFiles.D000, CorpusFiles.D001)) index.replace(d, Pipeline.standard().extract(CorpusFiles.corpus(d)));
            index.commit();
        }
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int status = cl.execute("bench", "search", "--data", data.toString(), "--clients", "1,3", "--queries", "80");
        assertThat(status).as(err.toString()).isZero();
        String printed = out.toString();
        int mix = SearchBench.mix().size();
        assertThat(printed).contains("search mix: " + mix + " queries (name=");
        for (String line : List.of("clients=1 cache=cold", "clients=1 cache=warm", "clients=3 cache=cold", "clients=3 cache=warm"))
            assertThat(printed).containsPattern("stage=search " + line
                    + " queries=80 p50_ms=[\\d.]+ p90_ms=[\\d.]+ p99_ms=[\\d.]+ max_ms=[\\d.]+ queries/s=\\d+ load=-?[\\d.]+ cpu_ms/query=[\\d.]+");
        assertThat(printed).containsPattern("stage=search clients=1 cache=cold kind=filter queries=\\d+ p50_ms=[\\d.]+ p99_ms=[\\d.]+");
    }

    @Test
    void the_mix_has_every_kind_of_query_and_every_filter() {
        List<SearchBench.Entry> mix = SearchBench.mix();
        assertThat(mix.stream().map(SearchBench.Entry::kind).distinct())
                .containsExactlyInAnyOrder("name", "words", "phrase", "folded", "excluded", "filter", "page");
        assertThat(mix).anySatisfy(e -> assertThat(e.request().country()).isNotNull())
                .anySatisfy(e -> assertThat(e.request().eventType()).isNotNull())
                .anySatisfy(e -> assertThat(e.request().from()).isNotNull())
                .anySatisfy(e -> assertThat(e.request().offset()).isPositive());
    }

    @Test
    void bad_client_counts_are_a_one_line_error(@TempDir Path data) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        assertThat(cl.execute("bench", "search", "--data", data.toString(), "--clients", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--queries and --clients must be at least 1");
    }
}
