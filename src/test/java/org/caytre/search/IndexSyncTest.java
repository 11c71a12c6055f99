package org.caytre.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.caytre.cli.Main;
import org.caytre.kb.Store;
import org.caytre.structure.CorpusFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Ingest fills the index beside the store; a search after a "crash" finds the index repaired from the store. */
class IndexSyncTest {
    private static String[] run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int status = cl.execute(args);
        return new String[] {String.valueOf(status), out.toString(), err.toString()};
    }

    @Test
    void ingest_indexes_and_search_repairs_what_a_crash_left(@TempDir Path data) throws Exception {
        Path docs = data.resolve("in");
        Files.createDirectories(docs);
        for (String name : List.of(CorpusFiles.D001, CorpusFiles.D004)) Files.copy(CorpusFiles.corpus(name), docs.resolve(name));
        String[] ingest = run("ingest", "--data", data.toString(), docs.toString());
        assertThat(ingest[0]).isEqualTo("0");
        try (PassageIndex index = PassageIndex.open(data.resolve("index"))) {
            assertThat(index.documentIds()).containsExactlyInAnyOrder(CorpusFiles.D001, CorpusFiles.D004);
            // a crash between the store's commit and the index's: one document unindexed, one ghost indexed
            index.delete(CorpusFiles.D004);
            index.replace("ghost.txt", List.of(new Passage("ghost.txt:p0", "ghost.txt", "Một đoạn không còn trong kho.", 0, 28, "",
                    null, List.of(), List.of(), List.of(), List.of(), List.of())));
            index.commit();
        }
        String[] search = run("search", "--data", data.toString(), "--json", "đường lối đối ngoại");
        assertThat(search[0]).isEqualTo("0");
        assertThat(search[2]).contains("index repaired (1 removed, 1 rebuilt from the store)");
        assertThat(search[1]).contains(CorpusFiles.D004);
        try (PassageIndex index = PassageIndex.openReadOnly(data.resolve("index"))) {
            assertThat(index.documentIds()).containsExactlyInAnyOrder(CorpusFiles.D001, CorpusFiles.D004);
        }
        // an index lost altogether is rebuilt from the store's rows, and finds what the ingested one found
        try (Store store = Store.open(data, null); PassageIndex rebuilt = PassageIndex.open(data.resolve("rebuilt"))) {
            assertThat(IndexSync.repair(store, rebuilt).rebuilt()).isEqualTo(2);
            assertThat(rebuilt.search(new SearchRequest("duong loi doi ngoai", 5, null, null, null, null)).hits()).isNotEmpty();
        }
    }
}
