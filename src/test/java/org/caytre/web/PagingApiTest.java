package org.caytre.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caytre.web.ApiTest.error;
import static org.caytre.web.ApiTest.ok;
import static org.caytre.web.ApiTest.q;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Paging, sorting, filters and countries by name in every list of the API, on the real server over the shared documents. */
class PagingApiTest {
    @BeforeAll static void start() { ApiTest.start(); }

    @AfterAll static void stop() { ApiTest.stop(); }

    /** Every row of a list, fetched page by page, with the total each page reports. */
    static List<JsonNode> walk(String path, String field, int pageSize) throws Exception {
        List<JsonNode> rows = new ArrayList<>();
        long total = -1;
        for (int offset = 0; ; offset += pageSize) {
            JsonNode page = ok(path + (path.contains("?") ? "&" : "?") + "offset=" + offset + "&limit=" + pageSize);
            if (total < 0) total = page.get("total").asLong();
            assertThat(page.get("total").asLong()).as("the total does not move between pages").isEqualTo(total);
            assertThat(page.get("offset").asInt()).isEqualTo(offset);
            assertThat(page.get(field).size()).isLessThanOrEqualTo(pageSize);
            page.get(field).forEach(rows::add);
            if (page.get(field).size() < pageSize) break;
        }
        assertThat(rows).hasSize((int) total);
        return rows;
    }

    @Test void search_pages_follow_each_other_without_overlap_and_keep_the_old_fields() throws Exception {
        JsonNode first = ok("/api/v1/search?q=" + q("hop tac") + "&limit=5");
        assertThat(first.get("offset").asInt()).isZero();
        assertThat(first.get("limit").asInt()).isEqualTo(5);
        for (String f : List.of("total", "hits", "facets")) assertThat(first.has(f)).as(f).isTrue();
        JsonNode second = ok("/api/v1/search?q=" + q("hop tac") + "&limit=5&offset=5");
        assertThat(second.get("total")).isEqualTo(first.get("total"));
        JsonNode both = ok("/api/v1/search?q=" + q("hop tac") + "&limit=10");
        List<String> ids = new ArrayList<>();
        first.get("hits").forEach(h -> ids.add(h.get("passage_id").asText()));
        second.get("hits").forEach(h -> ids.add(h.get("passage_id").asText()));
        List<String> expected = new ArrayList<>();
        both.get("hits").forEach(h -> expected.add(h.get("passage_id").asText()));
        assertThat(ids).containsExactlyElementsOf(expected).doesNotHaveDuplicates();
        assertThat(error("/api/v1/search?q=a&offset=-1", 400).get("message").asText()).contains("offset");
        assertThat(error("/api/v1/search?q=a&offset=20000", 400).get("message").asText()).contains("offset");
    }

    @Test void the_document_filter_of_search_counts_what_it_shows() throws Exception {
        JsonNode all = ok("/api/v1/search?q=" + q("hop tac") + "&limit=1");
        var facet = all.get("facets").get("documents").fields().next();
        JsonNode one = ok("/api/v1/search?q=" + q("hop tac") + "&limit=100&doc=" + q(facet.getKey()));
        assertThat(one.get("total").asInt()).isEqualTo(facet.getValue().asInt());
        assertThat(one.get("hits").size()).isEqualTo(Math.min(100, facet.getValue().asInt()));
        one.get("hits").forEach(h -> assertThat(h.get("doc").asText()).isEqualTo(facet.getKey()));
    }

    @Test void documents_page_sort_and_filter_with_counts_from_the_store() throws Exception {
        List<JsonNode> docs = walk("/api/v1/documents?sort=-date", "documents", 2);
        assertThat(docs.size()).isGreaterThanOrEqualTo(5);
        List<String> dates = docs.stream().map(d -> d.get("date").isNull() ? "" : d.get("date").asText()).toList();
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        JsonNode page = ok("/api/v1/documents?limit=2");
        assertThat(page.get("facets").get("kinds").size()).isPositive();
        String year = page.get("facets").get("years").fieldNames().next();
        long inYear = page.get("facets").get("years").get(year).asLong();
        JsonNode dated = ok("/api/v1/documents?from=" + year + "&to=" + year);
        assertThat(dated.get("total").asLong()).isEqualTo(inYear);
        dated.get("documents").forEach(d -> assertThat(d.get("date").asText()).startsWith(year));
        String kind = page.get("facets").get("kinds").fieldNames().next();
        JsonNode ofKind = ok("/api/v1/documents?kind=" + q(kind));
        assertThat(ofKind.get("total").asLong()).isEqualTo(page.get("facets").get("kinds").get(kind).asLong());
        ofKind.get("documents").forEach(d -> assertThat(d.get("kind").asText()).isEqualTo(kind));
        String id = docs.get(0).get("id").asText(), other = docs.get(1).get("id").asText();
        JsonNode byIds = ok("/api/v1/documents?ids=" + q(other + "," + id + ",no-such-doc"));
        assertThat(byIds.get("documents").findValuesAsText("id")).containsExactly(other, id);
        assertThat(error("/api/v1/documents?sort=size", 400).get("message").asText()).contains("sort");
        assertThat(error("/api/v1/documents?limit=100000", 400).get("message").asText()).contains("limit");
    }

    @Test void events_and_statistics_are_paged_with_their_total() throws Exception {
        List<JsonNode> events = walk("/api/v1/events", "events", 7);
        Set<String> ids = new HashSet<>();
        events.forEach(e -> ids.add(e.get("id").asText()));
        assertThat(ids).hasSize(events.size());
        JsonNode newest = ok("/api/v1/events?sort=-date&limit=3").get("events");
        assertThat(newest.get(0).get("date").asText()).isGreaterThanOrEqualTo(newest.get(2).get("date").asText());
        List<JsonNode> stats = walk("/api/v1/statistics", "statistics", 9);
        assertThat(stats).isNotEmpty();
        JsonNode dflt = ok("/api/v1/statistics");
        assertThat(dflt.get("limit").asInt()).isEqualTo(KnowledgeController.STATISTICS_PAGE);
        JsonNode indicators = ok("/api/v1/statistics/indicators").get("indicators");
        long sum = 0;
        for (JsonNode i : indicators) sum += i.get("count").asLong();
        assertThat(sum).isEqualTo(stats.size());
        String indicator = indicators.get(0).get("indicator").asText();
        assertThat(ok("/api/v1/statistics?indicator=" + q(indicator)).get("total").asLong()).isEqualTo(indicators.get(0).get("count").asLong());
        JsonNode span = ok("/api/v1/events/span");
        assertThat(span.get("first").asText()).matches("\\d{4}.*");
        assertThat(span.get("first").asText()).isLessThanOrEqualTo(span.get("last").asText());
    }

    @Test void a_country_is_any_of_its_names_everywhere_and_an_unknown_name_is_a_400() throws Exception {
        JsonNode byCode = ok("/api/v1/events?country=USA&limit=1000");
        assertThat(byCode.get("total").asLong()).isPositive();
        for (String name : List.of("Hoa Kỳ", "Mỹ", "hoa ky", "United States", "usa"))
            assertThat(ok("/api/v1/events?country=" + q(name) + "&limit=1000").get("total")).as(name).isEqualTo(byCode.get("total"));
        assertThat(ok("/api/v1/countries/" + q("Hoa Kỳ").replace("+", "%20")).get("country").asText()).isEqualTo("USA");
        assertThat(error("/api/v1/events?country=" + q("Xứ Sở Thần Tiên"), 400).get("message").asText()).contains("country", "Xứ Sở Thần Tiên");
        assertThat(error("/api/v1/countries/" + q("Xứ Sở Thần Tiên").replace("+", "%20"), 400).get("message").asText()).contains("iso");
        assertThat(error("/api/v1/statistics?subject=" + q("Xứ Sở Thần Tiên"), 400).get("message").asText()).contains("subject");
        assertThat(error("/api/v1/search?q=a&country=" + q("Xứ Sở Thần Tiên"), 400).get("message").asText()).contains("Xứ Sở Thần Tiên");
    }

    @Test void the_dossier_is_one_page_of_each_list_with_totals() throws Exception {
        JsonNode d = ok("/api/v1/countries/USA?limit=2");
        assertThat(d.get("events").size()).isLessThanOrEqualTo(2);
        assertThat(d.get("documents").size()).isLessThanOrEqualTo(2);
        assertThat(d.get("events_total").asLong()).isGreaterThanOrEqualTo(d.get("events").size());
        assertThat(d.get("documents_total").asLong()).isGreaterThanOrEqualTo(d.get("documents").size());
        long byYear = 0;
        for (JsonNode y : d.get("events_by_year")) for (JsonNode n : y) byYear += n.asLong();
        assertThat(byYear).isEqualTo(d.get("events_total").asLong());
    }
}
