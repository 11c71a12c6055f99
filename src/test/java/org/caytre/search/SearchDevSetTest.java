package org.caytre.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every query of the development set finds a passage with its expected text among the top 5, over the real index. */
class SearchDevSetTest {
    @TempDir static Path dir;
    static PassageIndex index;

    @BeforeAll
    static void build() {
        index = PassageIndex.open(dir.resolve("index"));
        DevQueries.indexAll(index);
    }

    @AfterAll
    static void close() { index.close(); }

    @Test
    void every_dev_query_has_its_expected_text_in_the_top_5() {
        List<String> failed = new ArrayList<>();
        for (DevQueries.Query q : DevQueries.queries()) {
            SearchResult r = index.search(SearchRequest.of(q.q()).withLimit(5));
            if (r.hits().stream().noneMatch(h -> q.satisfiedBy(h.text())))
                failed.add(q.q() + " (" + q.tests() + "): top 5 = " + r.hits().stream().map(h -> h.passageId() + " " + abbreviated(h.snippet())).toList());
        }
        assertThat(failed).as("queries whose expected text is not in the top 5").isEmpty();
    }

    /** Plans, counts and top hits reused from the caches give exactly what a search computed afresh gives, first pages,
     *  next pages and deep pages alike, for the development queries and the bench's mixed query set. */
    @Test
    void cached_searches_answer_exactly_what_fresh_searches_answer() {
        List<SearchRequest> requests = new ArrayList<>();
        for (DevQueries.Query q : DevQueries.queries()) requests.add(SearchRequest.of(q.q()));
        for (SearchBench.Entry e : SearchBench.mix()) requests.add(e.request());
        List<SearchRequest> pages = new ArrayList<>();
        for (SearchRequest r : requests)
            for (int[] page : new int[][] {{0, 10}, {10, 10}, {3, 4}, {55, 10}, {0, 100}}) pages.add(r.withOffset(page[0]).withLimit(page[1]));
        try {
            index.cacheQueries(false);
            List<SearchResult> fresh = pages.stream().map(index::search).toList();
            index.cacheQueries(true);
            assertThat(pages.stream().map(index::search).toList()).isEqualTo(fresh);     // filling the caches
            assertThat(pages.stream().map(index::search).toList()).isEqualTo(fresh);     // answered from them
            assertThat(fresh.stream().mapToLong(SearchResult::total).sum()).isPositive();
        } finally {
            index.cacheQueries(true);
        }
    }

    @Test
    void date_filters_keep_documents_dated_in_the_range() {
        SearchResult from2025 = index.search(SearchRequest.of("đối ngoại").withLimit(50).withDates("2025", null));
        assertThat(from2025.total()).isPositive();
        assertThat(from2025.hits()).allSatisfy(h -> assertThat(h.date()).startsWith("2025"));
        SearchResult until2024 = index.search(SearchRequest.of("đối ngoại").withLimit(50).withDates(null, "2024-12"));
        assertThat(until2024.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.date()).isEqualTo("2024-03-13"));
        assertThat(until2024.facets().get("documents")).containsOnlyKeys(DevQueries.DOCUMENTS.get(2));
    }

    @Test
    void country_filter_takes_an_id_or_any_name() {
        SearchResult byName = index.search(SearchRequest.of("hợp tác").withLimit(50).withCountry("Úc"));
        SearchResult byId = index.search(SearchRequest.of("hợp tác").withLimit(50).withCountry("AUS"));
        assertThat(byName.total()).isPositive().isEqualTo(byId.total());
        assertThat(byName.hits()).allSatisfy(h -> assertThat(h.entities()).contains("AUS"));
    }

    @Test
    void event_type_filter_and_facets_count_the_matching_passages() {
        SearchResult visits = index.search(SearchRequest.of("thăm").withEventType("visit"));
        assertThat(visits.total()).isPositive();
        assertThat(visits.facets().get("event_types")).containsEntry("VISIT", (int) visits.total());
        assertThat(visits.facets().get("documents").values().stream().mapToInt(Integer::intValue).sum()).isEqualTo((int) visits.total());
        assertThat(visits.facets().get("years")).isNotEmpty();
        assertThat(visits.facets().get("countries")).isNotEmpty();
    }

    @Test
    void the_index_knows_which_documents_it_holds() {
        assertThat(index.documentIds()).containsExactlyInAnyOrderElementsOf(DevQueries.DOCUMENTS);
    }

    private static String abbreviated(String s) { return s.length() > 120 ? s.substring(0, 120) + "…" : s; }
}
