package org.caytre.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.caytre.kb.Ingester;
import org.caytre.kb.Store;
import org.caytre.pipeline.Pipeline;
import org.caytre.search.IndexSync;
import org.caytre.search.PassageIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search index deleted or rebuilt under a running server: the server notices within seconds, answers 503 (never
 * 500, never results of the deleted index) while there is none, serves the rebuilt one without a restart, and, when it
 * writes (a write token), rebuilds a deleted index from the store itself.
 */
class IndexUnderServerTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path data;

    @BeforeEach void ingest() throws Exception {
        Path docs = Files.createDirectories(data.resolve("docs"));
        Files.writeString(docs.resolve("tin-a.txt"), "HÀ NỘI, 3/4/2024 - Chủ tịch nước tiếp Đại sứ Ác-hen-ti-na về hợp tác nông nghiệp.");
        Files.writeString(docs.resolve("tin-b.txt"), "HÀ NỘI, 8/5/2024 - Bộ trưởng Ngoại giao điện đàm với Bộ trưởng Ngoại giao Hàn Quốc về lao động.");
        buildIndex(docs);
    }

    void buildIndex(Path docs) throws Exception {
        try (Store store = Store.open(data, null); PassageIndex index = PassageIndex.open(data.resolve("index"));
             IndexSync sync = IndexSync.open(store, index)) {
            new Ingester(store, Pipeline.standard(), null, 1).run(List.of(docs), (s, st, b, r) -> { }, (id, x) -> sync.index(id));
            IndexSync.repair(store, index);
            index.commit();
        }
    }

    void deleteIndex() throws Exception {
        try (Stream<Path> walk = Files.walk(data.resolve("index"))) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    /** Asks until {@code done} holds (at most ~30 s); every answer on the way must be 200 or 503, as JSON. */
    static RawHttp.Answer searchUntil(WebServer s, Predicate<RawHttp.Answer> done) throws Exception {
        for (int i = 0; i < 300; i++) {
            RawHttp.Answer a = RawHttp.get(s.port(), "/api/v1/search?q=nong+nghiep", "localhost");
            assertThat(a.status()).as(a.body()).isIn(200, 503);
            assertThat(a.header("Content-Type")).contains("application/json");
            if (done.test(a)) return a;
            Thread.sleep(100);
        }
        throw new AssertionError("the server did not notice the index change");
    }

    static int hits(RawHttp.Answer a) {
        try {
            return a.status() == 200 ? JSON.readTree(a.body()).get("hits").size() : -1;
        } catch (Exception e) {
            throw new AssertionError(a.body(), e);
        }
    }

    @Test void a_reading_server_answers_503_for_a_deleted_index_and_serves_the_rebuilt_one() throws Exception {
        try (WebServer s = WebServer.start(WebConfig.local(data))) {
            assertThat(hits(searchUntil(s, a -> true))).isPositive();
            deleteIndex();
            RawHttp.Answer gone = searchUntil(s, a -> a.status() == 503);
            JsonNode e = JSON.readTree(gone.body()).get("error");
            assertThat(e.get("code").asText()).isEqualTo("no_index");
            assertThat(e.get("message").asText()).contains("caytre ingest").doesNotContain(data.toString());
            buildIndex(data.resolve("docs"));   // the store still has them: the repair rebuilds every document
            RawHttp.Answer back = searchUntil(s, a -> hits(a) > 0);
            assertThat(JSON.readTree(back.body()).get("hits").get(0).get("doc").asText()).isEqualTo("tin-a.txt");
        }
    }

    @Test void a_writing_server_rebuilds_a_deleted_index_from_the_store() throws Exception {
        try (WebServer s = WebServer.start(WebConfig.local(data).withWriteToken("t"))) {
            assertThat(hits(searchUntil(s, a -> true))).isPositive();
            deleteIndex();
            searchUntil(s, a -> Files.isDirectory(data.resolve("index")) && hits(a) > 0);
            try (Store store = Store.open(data, null); PassageIndex index = PassageIndex.openReadOnly(data.resolve("index"))) {
                assertThat(index.documentIds()).containsExactly("tin-a.txt", "tin-b.txt");
                assertThat(IndexSync.differences(store, index.documentHashes())).isZero();
            }
        }
    }
}
