package org.caytre.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one-pass facet counts ({@link FacetCounts}) against Lucene's own two passes ({@code FacetsCollectorManager},
 * {@code SortedSetDocValuesFacetCounts}): the same hits, scores, total, top values and distinct counts for the
 * development queries and the bench mix, over an index of several segments with deleted passages, before and after a
 * write that keeps some segments and adds others, with the ordinals of all, none or some segments copied into memory.
 */
class FacetCountsTest {
    @TempDir Path dir;

    @Test
    void one_pass_counts_are_lucenes_counts_over_several_segments_and_after_a_write() throws Exception {
        Path at = dir.resolve("index");
        List<String> docs = DevQueries.DOCUMENTS;
        try (PassageIndex index = PassageIndex.open(at)) {
            for (String d : docs) {                                       // a segment per document
                index.replace(d, DevQueries.extraction(d));
                index.commit();
            }
            index.replace(docs.get(1), DevQueries.extraction(docs.get(1)));   // deleted passages in an old segment
            index.commit();
        }
        try (var d = FSDirectory.open(at); DirectoryReader before = DirectoryReader.open(d)) {
            assertThat(before.leaves().size()).isGreaterThan(1);
            // every segment's ordinals in memory, none (all read from doc values), and the first segment's only
            long[] budgets = {Long.MAX_VALUE, 0, before.leaves().get(0).reader().maxDoc()};
            FacetCounts[] previous = new FacetCounts[budgets.length];
            for (int i = 0; i < budgets.length; i++) previous[i] = compareAll(before, FacetCounts.of(before, null, budgets[i]));
            try (PassageIndex index = PassageIndex.open(at)) {
                index.replace(docs.get(0), DevQueries.extraction(docs.get(0)));
                index.commit();
            }
            try (DirectoryReader after = DirectoryReader.openIfChanged(before)) {   // shares the segments the write kept
                assertThat(after).isNotNull();
                for (int i = 0; i < budgets.length; i++) compareAll(after, FacetCounts.of(after, previous[i], budgets[i]));
            }
        }
    }

    private static FacetCounts compareAll(DirectoryReader reader, FacetCounts counts) throws Exception {
        QueryBuilder queries = new QueryBuilder(EntityNames.standard());
        List<SearchRequest> requests = new ArrayList<>();
        for (DevQueries.Query q : DevQueries.queries()) requests.add(SearchRequest.of(q.q()));
        for (SearchBench.Entry e : SearchBench.mix()) requests.add(e.request());
        requests.add(SearchRequest.of("").withCountry("Trung Quốc"));
        IndexSearcher searcher = new IndexSearcher(reader);
        long matched = 0;
        for (SearchRequest r : requests) {
            var query = queries.build(r).query();
            FacetCounts.Result mine = counts.search(searcher, query, 60, 20);
            FacetsCollectorManager.FacetsResult lucene = FacetsCollectorManager.search(searcher, query, 60, new FacetsCollectorManager());
            long total = 0;
            for (FacetsCollector.MatchingDocs m : lucene.facetsCollector().getMatchingDocs()) total += m.totalHits();
            var state = new DefaultSortedSetDocValuesReaderState(reader, PassageFields.FACETS_CONFIG);
            SortedSetDocValuesFacetCounts reference = new SortedSetDocValuesFacetCounts(state, lucene.facetsCollector());
            Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
            Map<String, Integer> distinct = new LinkedHashMap<>();
            for (String dim : PassageFields.FACETS) {
                Map<String, Integer> values = new LinkedHashMap<>();
                FacetResult top = state.getOrdRange(dim) == null ? null : reference.getTopChildren(20, dim);
                if (top != null) for (LabelAndValue lv : top.labelValues) values.put(lv.label, lv.value.intValue());
                facets.put(dim, values);
                distinct.put(dim, top == null ? 0 : top.childCount);
            }
            assertThat(mine.total()).as(r.query()).isEqualTo(total);
            assertThat(hits(mine.top())).as(r.query()).isEqualTo(hits(lucene.topDocs().scoreDocs));
            assertThat(mine.facets().toString()).as(r.query() + ": values and their order").isEqualTo(facets.toString());
            assertThat(mine.distinct()).as(r.query()).isEqualTo(distinct);
            matched += total;
        }
        assertThat(matched).isPositive();
        return counts;
    }

    private static List<String> hits(ScoreDoc[] top) {
        List<String> out = new ArrayList<>();
        for (ScoreDoc sd : top) out.add(sd.doc + ":" + sd.score);
        return out;
    }
}
