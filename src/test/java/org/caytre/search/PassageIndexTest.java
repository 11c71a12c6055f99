package org.caytre.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.caytre.extract.Extraction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The passage index on a report written for the test, through the real pipeline and a real Lucene directory. */
class PassageIndexTest {
    @TempDir Path dir;
    PassageIndex index;
    static final Extraction REPORT = SampleText.extraction(SampleText.REPORT);

    @BeforeEach
    void open() {
        index = PassageIndex.open(dir.resolve("index"));
        index.replace("bc", REPORT);
        index.commit();
    }

    @AfterEach
    void close() { index.close(); }

    private List<String> ids(String query) {
        return index.search(SearchRequest.of(query)).hits().stream().map(SearchResult.Hit::passageId).toList();
    }

    /** The second page and a repeated query take their counts and hits from the cache: the same as counted afresh; a
     *  write (and the refresh after it) empties the cache, so counts and hits follow the index. */
    @Test
    void repeated_and_paged_searches_give_the_counts_a_fresh_search_gives() {
        SearchResult first = index.search(SearchRequest.of("thúc đẩy"));
        assertThat(first.hits()).hasSize(2);
        SearchResult again = index.search(SearchRequest.of("thúc đẩy"));
        assertThat(again).isEqualTo(first);
        SearchResult page2 = index.search(new SearchRequest("thúc đẩy", 1, null, null, null, null).withOffset(1));
        assertThat(page2.total()).isEqualTo(first.total());
        assertThat(page2.facets()).isEqualTo(first.facets());
        assertThat(page2.hits()).extracting(SearchResult.Hit::passageId).containsExactly(first.hits().get(1).passageId());
        index.replace("bc2", REPORT);
        index.commit();
        SearchResult after = index.search(SearchRequest.of("thúc đẩy").withLimit(4));
        assertThat(after.total()).isEqualTo(2 * first.total());
        assertThat(after.facets().get("documents")).containsKeys("bc", "bc2");
        assertThat(after.hits()).extracting(SearchResult.Hit::doc).contains("bc", "bc2");   // top hits not from the cache either
        index.delete("bc2");
        index.commit();
        assertThat(index.search(SearchRequest.of("thúc đẩy"))).isEqualTo(first);
    }

    @Test
    void any_name_of_a_country_finds_passages_naming_it_by_another() {
        assertThat(ids("Mỹ")).containsExactlyInAnyOrder("bc:p1", "bc:p3");
        assertThat(ids("Hoa Kỳ")).containsExactlyInAnyOrder("bc:p1", "bc:p3");
        SearchResult.Hit visit = index.search(SearchRequest.of("United States")).hits().stream()
                .filter(h -> h.passageId().equals("bc:p1")).findFirst().orElseThrow();
        assertThat(visit.snippet()).contains("<b>Hoa Kỳ</b>");
        assertThat(visit.section()).isEqualTo("I. QUAN HỆ SONG PHƯƠNG");
        assertThat(ids("Biden")).containsExactly("bc:p1");                       // the text says Bai-đơn
    }

    @Test
    void a_query_without_diacritics_finds_them_and_ranks_the_exact_word_first() {
        assertThat(ids("ma")).containsExactly("bc:p7", "bc:p9");                // "ma" exactly in p7; "mà", "má" in p9
        assertThat(ids("hoa binh")).first().isEqualTo("bc:p5");
        assertThat(index.search(SearchRequest.of("hoa binh")).hits().get(0).snippet()).contains("<b>hòa bình</b>");
    }

    @Test
    void a_query_with_diacritics_keeps_words_apart() {
        assertThat(ids("mà")).containsExactly("bc:p9");
        assertThat(ids("Má")).containsExactlyInAnyOrder("bc:p7", "bc:p9");
    }

    @Test
    void old_and_new_tone_placement_match() {
        assertThat(ids("hòa giải")).first().isEqualTo("bc:p3");                 // written "hoà giải"
        assertThat(ids("hoà bình")).first().isEqualTo("bc:p5");                 // written "hòa bình"
    }

    @Test
    void phrases_are_required_and_minus_excludes() {
        assertThat(ids("\"thúc đẩy\"")).containsExactlyInAnyOrder("bc:p3", "bc:p5");
        assertThat(ids("\"thúc đẩy\" -Mỹ")).containsExactly("bc:p5");
        assertThat(ids("\"đẩy thúc\"")).isEmpty();
        assertThat(ids("\"hòa bình\" -\"vai trò\"")).isEmpty();
    }

    /** A passage counts when it holds every word of a short query: one with "thúc đẩy hoà giải" is no answer to
     *  "thúc đẩy hòa bình", and counting such passages made totals of a third of the index. */
    @Test
    void a_passage_must_hold_every_word_of_a_short_query() {
        SearchResult r = index.search(SearchRequest.of("thúc đẩy hòa bình"));
        assertThat(r.hits()).extracting(SearchResult.Hit::passageId).containsExactly("bc:p5");
        assertThat(r.total()).isEqualTo(1);
        assertThat(r.relaxed()).isFalse();
        assertThat(r.toJson()).containsEntry("relaxed", false);
        assertThat(ids("thuc day hoa binh")).containsExactly("bc:p5");               // the same without diacritics
    }

    /** Of a longer query all but a quarter of the words: 4 of 5 ("quyền" is not in the report), not 3 of 5. */
    @Test
    void a_passage_may_miss_a_quarter_of_the_words_of_a_long_query() {
        SearchResult r = index.search(SearchRequest.of("thúc đẩy hòa bình quyền"));
        assertThat(r.hits()).extracting(SearchResult.Hit::passageId).containsExactly("bc:p5");
        assertThat(r.relaxed()).isFalse();
    }

    /** Function words (search/optional-words.txt) rank but are not required: a query typed as a sentence finds the
     *  passage that says the same without them; a query of function words alone requires them. */
    @Test
    void function_words_rank_but_are_not_required() {
        index.replace("qh", SampleText.extraction("Quan hệ Việt Nam – Nhật Bản phát triển tốt đẹp.\n\n"
                + "Quan hệ giữa Việt Nam và Nhật Bản được nâng cấp.\n\nQuan hệ với Lào.\n\nMưa và gió."));
        assertThat(ids("quan hệ giữa Việt Nam và Nhật Bản")).containsExactly("qh:p1", "qh:p0");
        assertThat(ids("quan he giua viet nam va nhat ban")).containsExactly("qh:p1", "qh:p0");
        SearchResult functionOnly = index.search(SearchRequest.of("và"));
        assertThat(functionOnly.relaxed()).isFalse();
        assertThat(functionOnly.hits()).extracting(SearchResult.Hit::passageId).contains("qh:p1", "qh:p3").doesNotContain("qh:p0", "qh:p2");
    }

    /** Typed without diacritics a syllable stands for several words, so a passage must hold two of the query's
     *  syllables next to each other: "ngoai giao cay tre" is not "ngoài … giáo … cây … trẻ"; typed with diacritics the
     *  words are exact and may stand apart. */
    @Test
    void without_diacritics_two_of_the_words_must_stand_together() {
        index.replace("ng", SampleText.extraction("Ngoài ra cần giáo dục trẻ em chăm sóc cây xanh.\n\n"
                + "Ngoại giao cây tre là bản sắc của ngoại giao Việt Nam.\n\nTác phẩm kinh điển, hợp lý và tế nhị."));
        assertThat(ids("ngoai giao cay tre")).containsExactly("ng:p1");
        assertThat(ids("hợp tác kinh tế")).contains("ng:p2");
        assertThat(ids("hop tac kinh te")).doesNotContain("ng:p2");
    }

    /** When no passage holds the words together, the passages holding any of them answer, and the answer says so. */
    @Test
    void without_a_passage_holding_the_words_together_any_of_them_is_enough_and_the_answer_says_so() {
        SearchResult r = index.search(SearchRequest.of("thúc đẩy quyền"));
        assertThat(r.relaxed()).isTrue();
        assertThat(r.toJson()).containsEntry("relaxed", true);
        assertThat(r.hits()).extracting(SearchResult.Hit::passageId).containsExactlyInAnyOrder("bc:p3", "bc:p5");
        assertThat(ids("\"thúc đẩy\" quyền")).containsExactlyInAnyOrder("bc:p3", "bc:p5");   // beside a phrase: optional
        assertThat(ids("xyzzy")).isEmpty();
    }

    /** Alerts, batch counts and briefs count only passages holding the words together, even after the same query was
     *  answered relaxed (and its page kept): a passage with one of the words is no match to count or cite. */
    @Test
    void counting_searches_never_take_the_relaxed_answer() {
        SearchRequest q = SearchRequest.of("thúc đẩy quyền");
        assertThat(index.search(q).relaxed()).isTrue();
        SearchResult together = index.searchTogether(q);
        assertThat(together.relaxed()).isFalse();
        assertThat(together.total()).isZero();
        assertThat(together.hits()).isEmpty();
        assertThat(index.search(q).hits()).hasSize(2);                 // the person searching still sees the relaxed page
        assertThat(BatchSearch.run(index, List.of("thúc đẩy quyền", "thúc đẩy hòa bình"), SearchRequest.of("")))
                .extracting(BatchSearch.Row::passages).containsExactly(0L, 1L);
    }

    /** A hyphenated word is one word: its joined form, or all of its syllables, not any one of them. */
    @Test
    void a_hyphenated_word_is_its_joined_form_or_all_its_syllables() {
        index.replace("oxy", SampleText.extraction("Bệnh viện thiếu bình ôxy.\n\nXưởng sửa xy lanh.\n\nBãi đỗ ô tô.\n\nBình ô xy mới."));
        assertThat(ids("ô-xy")).containsExactlyInAnyOrder("oxy:p0", "oxy:p3");
    }

    /** A phrase is its syllables in order, asked as the terms of their pairs: the same passages either way. */
    @Test
    void a_phrase_of_three_syllables_keeps_their_order() {
        index.replace("tt", SampleText.extraction("Đối tác chiến lược toàn diện.\n\nChiến lược đối tác mới.\n\nĐối tác và chiến lược."));
        assertThat(ids("\"đối tác chiến lược\"")).containsExactly("tt:p0");
        assertThat(ids("\"doi tac chien luoc\"")).containsExactly("tt:p0");
        assertThat(ids("\"tác chiến\"")).containsExactly("tt:p0");
    }

    /** An ingest leaves a segment per flush; settling merges them into few, with every passage and answer kept. */
    @Test
    void settling_merges_small_segments_and_keeps_every_answer() {
        for (int i = 0; i < 12; i++) {
            index.replace("copy" + i, REPORT);
            index.commit();
        }
        assertThat(index.segmentCount()).isGreaterThanOrEqualTo(12);
        SearchResult before = index.search(SearchRequest.of("thúc đẩy").withLimit(30));
        index.settle();
        assertThat(index.segmentCount()).isLessThanOrEqualTo(4);
        SearchResult after = index.search(SearchRequest.of("thúc đẩy").withLimit(30));
        assertThat(after.total()).isEqualTo(before.total()).isEqualTo(26);
        assertThat(after.facets()).isEqualTo(before.facets());
        assertThat(after.hits()).extracting(SearchResult.Hit::passageId).containsExactlyInAnyOrderElementsOf(
                before.hits().stream().map(SearchResult.Hit::passageId).toList());
        try (PassageIndex reader = PassageIndex.openReadOnly(dir.resolve("index"))) {   // committed
            assertThat(reader.segmentCount()).isLessThanOrEqualTo(4);
            assertThat(reader.documentIds()).hasSize(13);
        }
    }

    @Test
    void replace_swaps_the_passages_and_delete_removes_them() {
        assertThat(index.documentIds()).containsExactly("bc");
        index.replace("bc", SampleText.extraction("Hai nước ký hiệp định về cây tre."));
        assertThat(ids("Hoa Kỳ")).isEmpty();
        assertThat(ids("cay tre")).containsExactly("bc:p0");
        index.replace("other", REPORT);
        assertThat(index.documentIds()).containsExactly("bc", "other");
        index.delete("bc");
        index.commit();
        assertThat(index.documentIds()).containsExactly("other");
        assertThat(ids("cay tre")).doesNotContain("bc:p0").isNotEmpty();   // "rừng tre" of the other document remains
    }

    @Test
    void a_read_only_index_sees_the_last_commit_and_refuses_writes() {
        try (PassageIndex reader = PassageIndex.openReadOnly(dir.resolve("index"))) {
            assertThat(reader.documentIds()).containsExactly("bc");
            assertThatThrownBy(() -> reader.delete("bc")).isInstanceOf(IllegalStateException.class);
        }
        assertThatThrownBy(() -> PassageIndex.openReadOnly(dir.resolve("none")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no search index at");
    }

    @Test
    void searches_running_beside_the_writer_see_a_document_whole_or_not_at_all() throws Exception {
        int passagesNamingUsa = index.search(SearchRequest.of("Hoa Kỳ")).hits().size();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        Set<Long> totals = ConcurrentHashMap.newKeySet();
        try {
            java.util.concurrent.CountDownLatch readersRunning = new java.util.concurrent.CountDownLatch(2);
            java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
            Future<?> writer = pool.submit(() -> {
                readersRunning.await(60, TimeUnit.SECONDS);          // the readers search while every replace happens
                try {
                    for (int i = 0; i < 20; i++) index.replace("bc", REPORT);
                } finally {
                    writing.set(false);
                }
                return null;
            });
            List<Future<?>> readers = List.of(1, 2).stream().<Future<?>>map(n -> pool.submit(() -> {
                readersRunning.countDown();
                do totals.add(index.search(SearchRequest.of("Hoa Kỳ")).total()); while (writing.get());
            })).toList();
            writer.get(60, TimeUnit.SECONDS);
            for (Future<?> r : readers) r.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(totals).containsOnly((long) passagesNamingUsa);
    }
}
