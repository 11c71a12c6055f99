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

    private static String abbreviated(String s) { return s.length() > 120 ? s.substring(0, 120) + "…" : s; }
}
