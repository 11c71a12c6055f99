package org.caytre.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.caytre.cli.Main;
import org.caytre.kb.KnowledgeBase;
import org.caytre.kb.Store;
import org.caytre.search.PassageIndex;
import org.caytre.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code caytre demo --no-serve}: the first run's ingest of samples/ into a data directory the UI can serve. */
class DemoTest {
    @Test void the_demo_ingests_the_samples_into_a_data_directory_with_a_search_index(@TempDir Path data) throws Exception {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        assertThat(cl.execute("demo", "--no-serve", "--data", data.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("ingest: 3 stored", "cong-van.md", "bin/caytre serve --data " + data,
                "bin/caytre ingest --data " + data);
        try (Store store = Store.open(data, null); PassageIndex index = PassageIndex.openReadOnly(data.resolve("index"))) {
            assertThat(new KnowledgeBase(store).documents()).extracting(KnowledgeBase.DocumentView::id)
                    .containsExactlyInAnyOrder("bao-cao-doi-ngoai.txt", "cong-van.md", "tin-tuc.html");
            assertThat(index.search(SearchRequest.of("hop tac")).total()).isPositive();
        }
        assertThat(Files.exists(data.resolve("caytre.db"))).isTrue();
    }
}
