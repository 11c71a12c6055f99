package org.caytre.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.caytre.search.analysis.VietnameseAnalyzer;
import org.caytre.search.analysis.VietnameseAnalyzer.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What each kind of index term pays for: the development queries scored (recall@5, MRR) on an index without it, and
 * the terms it costs (share of all terms written for the dev passages). Prints the table. A kind kept in the chain must
 * pay: leaving it out loses recall or MRR on the development queries, or (where they have no such query) a query of
 * our own that it alone answers.
 */
class TermKindsTest {
    @TempDir Path dir;

    @Test
    void every_kind_of_index_term_pays_on_the_dev_queries() throws IOException {
        List<DevQueries.Query> queries = DevQueries.queries();
        List<Passage> passages = new ArrayList<>();
        for (String d : DevQueries.DOCUMENTS) passages.addAll(Passages.of(d, DevQueries.extraction(d)));
        Map<String, AnalyzerComparisonTest.Score> scores = new LinkedHashMap<>();
        long all = terms(VietnameseAnalyzer.indexing(), passages);
        scores.put("all", score(VietnameseAnalyzer.indexing(), queries, "all"));
        StringBuilder table = new StringBuilder(String.format("all kinds: %s, %d terms%n", scores.get("all"), all));
        for (Kind k : Kind.values()) {
            VietnameseAnalyzer without = VietnameseAnalyzer.without(EnumSet.of(k));
            scores.put(k.name(), score(without, queries, k.name()));
            table.append(String.format("without %-11s: %s, %.1f %% fewer terms%n", k, scores.get(k.name()),
                    100.0 * (all - terms(without, passages)) / all));
        }
        System.out.print(table);
        AnalyzerComparisonTest.Score full = scores.get("all");
        assertThat(full.found()).isEqualTo(queries.size());
        for (Kind k : Kind.values()) {
            AnalyzerComparisonTest.Score s = scores.get(k.name());
            boolean pays = s.found() < full.found() || s.mrr() < full.mrr() || !finds(VietnameseAnalyzer.without(EnumSet.of(k)), OWN.get(k), k);
            assertThat(pays).as("leaving out " + k + " costs nothing:\n" + table).isTrue();
            assertThat(finds(VietnameseAnalyzer.indexing(), OWN.get(k), k)).isTrue();
        }
    }

    /** Queries the development set lacks: a loanword of three syllables typed as one word (only its joined form matches
     *  it), one syllable typed without diacritics (only the folded syllable), two typed as one word (only the pair). */
    private static final Map<Kind, String[]> OWN = Map.of(
            Kind.JOINED, new String[] {"radio", "Trạm phát thanh xã vừa mua một chiếc ra-đi-ô mới cho nhà văn hóa."},
            Kind.FOLDED, new String[] {"ma", "Chị ấy mà đã hứa thì sẽ làm bằng được."},
            Kind.PAIR, new String[] {"Mêkông", "Các nước Mê Kông họp bàn về nguồn nước."},
            Kind.FOLDED_PAIR, new String[] {"mekong", "Các nước Mê Kông họp bàn về nguồn nước."});

    /** Whether the query finds the sentence, among two sentences of our own, on an index built by the analyzer. */
    private boolean finds(VietnameseAnalyzer analyzer, String[] querySentence, Kind k) {
        try (PassageIndex index = PassageIndex.open(dir.resolve("own-" + k + "-" + System.nanoTime()), analyzer)) {
            String other = "Đoàn đại biểu thăm trường học ở tỉnh biên giới.";
            index.replace("own", List.of(passage("own:p1", querySentence[1]), passage("own:p2", other)));
            index.commit();
            return index.search(SearchRequest.of(querySentence[0])).hits().stream().anyMatch(h -> h.passageId().equals("own:p1"));
        }
    }

    private static Passage passage(String id, String text) {
        return new Passage(id, "own", text, 0, text.length(), "", null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private AnalyzerComparisonTest.Score score(VietnameseAnalyzer analyzer, List<DevQueries.Query> queries, String name) {
        try (PassageIndex index = PassageIndex.open(dir.resolve(name), analyzer)) {
            DevQueries.indexAll(index);
            return AnalyzerComparisonTest.score(queries,
                    q -> index.search(SearchRequest.of(q).withLimit(5)).hits().stream().map(SearchResult.Hit::text).toList());
        }
    }

    private static long terms(VietnameseAnalyzer analyzer, List<Passage> passages) throws IOException {
        long n = 0;
        for (Passage p : passages)
            try (TokenStream ts = analyzer.tokenStream(PassageFields.TEXT, p.text())) {
                ts.reset();
                while (ts.incrementToken()) n++;
                ts.end();
            }
        return n;
    }
}
