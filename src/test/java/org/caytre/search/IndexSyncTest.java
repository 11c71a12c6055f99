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

    /**
     * A crash while re-ingesting a changed document: the store holds the new version, the index the old one under the
     * same id. The repair compares content hashes, rebuilds it, and the rebuilt passages are those of a fresh ingest
     * (same text, section paths, entities).
     */
    @Test
    void a_stale_document_is_rebuilt_by_content_as_a_fresh_ingest_builds_it(@TempDir Path dir) throws Exception {
        Path docs = Files.createDirectories(dir.resolve("in")), data = dir.resolve("data");
        Path file = docs.resolve(CorpusFiles.D004);
        Files.copy(CorpusFiles.corpus(CorpusFiles.D004), file);
        assertThat(run("ingest", "--data", data.toString(), docs.toString())[0]).isEqualTo("0");
        Files.writeString(file, Files.readString(file) + "\n\nĐoạn bổ sung: Việt Nam và Niu Di-lân ký kết văn kiện về giáo dục kỹ thuật.\n");
        try (Store store = Store.open(data, null)) {   // the store commits the new version; the index never hears of it
            new org.caytre.kb.Ingester(store, org.caytre.pipeline.Pipeline.standard(), null, 1).run(List.of(docs), (s, st, b, r) -> { });
        }
        try (PassageIndex index = PassageIndex.openReadOnly(data.resolve("index"))) {
            assertThat(index.documentIds()).containsExactly(CorpusFiles.D004);   // ids agree: only the content tells
        }
        String[] search = run("search", "--data", data.toString(), "giao duc ky thuat");
        assertThat(search[2]).contains("index repaired (0 removed, 1 rebuilt from the store)");
        assertThat(search[1]).contains("Đoạn bổ sung");

        Path fresh = dir.resolve("fresh");
        assertThat(run("ingest", "--data", fresh.toString(), docs.toString())[0]).isEqualTo("0");
        try (PassageIndex repaired = PassageIndex.openReadOnly(data.resolve("index"));
             PassageIndex ingested = PassageIndex.openReadOnly(fresh.resolve("index"))) {
            List<Passage> a = repaired.passages(CorpusFiles.D004), b = ingested.passages(CorpusFiles.D004);
            assertThat(a).isNotEmpty().isEqualTo(b);
            assertThat(a).anySatisfy(p -> assertThat(p.section()).contains(" › "));   // section paths, not ids like s12
            assertThat(repaired.documentHashes()).isEqualTo(ingested.documentHashes());
        }
        assertThat(run("search", "--data", data.toString(), "giao duc")[2]).doesNotContain("repaired");   // nothing left to do
    }
}
