package org.caytre.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.caytre.kb.Ingester;
import org.caytre.kb.StorageFault;
import org.caytre.kb.Store;
import org.caytre.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest's indexing threads: everything committed ends up indexed as a repair would build it, and a failure on an
 *  indexing thread reaches the ingest. */
class BackgroundIndexerTest {
    private static final String[] TEXTS = {
            "Hợp tác giáo dục\n\nNgày 3/4/2021, Việt Nam và Niu Di-lân trao đổi về học bổng cho sinh viên ngành nông nghiệp.",
            "Thương mại gạo\n\nNăm 2020, kim ngạch xuất khẩu gạo sang Phi-líp-pin tăng mạnh so với năm trước.",
            "Biển và hàng hải\n\nHai bên nhất trí thúc đẩy hợp tác cảnh sát biển và tìm kiếm cứu nạn trên biển."};

    private static List<String> storeDocuments(Store store, Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < TEXTS.length; i++) Files.writeString(in.resolve("bai-" + i + ".txt"), TEXTS[i]);
        List<String> ids = new ArrayList<>();
        new Ingester(store, Pipeline.standard(), "2021", 1).run(List.of(in), (s, st, b, r) -> { }, (id, x) -> ids.add(id));
        return ids;
    }

    @Test
    void every_committed_document_is_indexed_as_the_store_holds_it(@TempDir Path dir) throws Exception {
        try (Store store = Store.open(dir.resolve("data"), null); PassageIndex index = PassageIndex.open(dir.resolve("index"))) {
            List<String> ids = storeDocuments(store, dir);
            assertThat(ids).hasSize(3);
            try (BackgroundIndexer indexer = BackgroundIndexer.start(store, index, 2, 1, 3600)) {
                for (String id : ids) indexer.add(id);
                indexer.add(ids.get(0));   // a document written twice in one run
                indexer.finish();
            }
            assertThat(index.documentIds()).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(IndexSync.differences(store, index.documentHashes())).isZero();
            assertThat(index.search(SearchRequest.of("xuat khau gao")).hits()).extracting(SearchResult.Hit::doc).contains(ids.get(1));
        }
    }

    @Test
    void a_failure_on_an_indexing_thread_reaches_the_caller(@TempDir Path dir) throws Exception {
        try (Store store = Store.open(dir.resolve("data"), null)) {
            List<String> ids = storeDocuments(store, dir);
            PassageIndex index = PassageIndex.open(dir.resolve("index"));
            index.close();   // every write now fails, as after a full disk
            try (BackgroundIndexer indexer = BackgroundIndexer.start(store, index, 2, 1, 3600)) {
                assertThatThrownBy(() -> {
                    for (String id : ids) indexer.add(id);
                    indexer.finish();
                }).isInstanceOf(StorageFault.class).hasMessageContaining("cannot index");
            }
        }
    }
}
