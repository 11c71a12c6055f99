package org.caytre.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recall@5 and MRR on the development queries, on the same passages: plain Lucene (StandardAnalyzer and the classic
 * query parser), StandardAnalyzer + ASCIIFoldingFilter, and Cây Tre's index. Prints the figures; Cây Tre must find all.
 */
class AnalyzerComparisonTest {
    @TempDir Path dir;

    record Score(int found, double mrr, int queries) {
        @Override public String toString() { return String.format("recall@5 %d/%d, MRR %.3f", found, queries, mrr); }
    }

    @Test
    void cay_tre_finds_every_dev_query_and_plain_lucene_does_not() throws Exception {
        List<Passage> passages = new ArrayList<>();
        for (String d : DevQueries.DOCUMENTS) passages.addAll(Passages.of(d, DevQueries.extraction(d)));
        List<DevQueries.Query> queries = DevQueries.queries();

        Score standard = plain(new StandardAnalyzer(), passages, queries);
        Score folding = plain(Analyzer(t -> new ASCIIFoldingFilter(new LowerCaseFilter(t))), passages, queries);
        Score ours;
        try (PassageIndex index = PassageIndex.open(dir.resolve("index"))) {
            DevQueries.indexAll(index);
            ours = score(queries, q -> index.search(SearchRequest.of(q).withLimit(5)).hits().stream().map(SearchResult.Hit::text).toList());
        }
        System.out.printf("search dev set (%d passages): StandardAnalyzer %s; + ASCIIFoldingFilter %s; Cây Tre %s%n",
                passages.size(), standard, folding, ours);
        assertThat(ours.found()).isEqualTo(queries.size());
        assertThat(ours.mrr()).isGreaterThan(Math.max(standard.mrr(), folding.mrr()));
    }

    private static Analyzer Analyzer(Function<StandardTokenizer, org.apache.lucene.analysis.TokenStream> filters) {
        return new Analyzer() {
            @Override protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer t = new StandardTokenizer();
                return new TokenStreamComponents(t, filters.apply(t));
            }
        };
    }

    private static Score plain(Analyzer a, List<Passage> passages, List<DevQueries.Query> queries) throws IOException {
        ByteBuffersDirectory d = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(d, new IndexWriterConfig(a))) {
            for (Passage p : passages) {
                Document doc = new Document();
                doc.add(new TextField("text", p.text(), Field.Store.YES));
                w.addDocument(doc);
            }
        }
        try (DirectoryReader r = DirectoryReader.open(d)) {
            IndexSearcher s = new IndexSearcher(r);
            QueryParser parser = new QueryParser("text", a);
            return score(queries, q -> {
                try {
                    List<String> top = new ArrayList<>();
                    for (ScoreDoc sd : s.search(parser.parse(QueryParser.escape(q)), 5).scoreDocs)
                        top.add(s.storedFields().document(sd.doc).get("text"));
                    return top;
                } catch (IOException | ParseException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    static Score score(List<DevQueries.Query> queries, Function<String, List<String>> top5) {
        int found = 0;
        double rr = 0;
        for (DevQueries.Query q : queries) {
            List<String> texts = top5.apply(q.q());
            for (int i = 0; i < texts.size(); i++)
                if (q.satisfiedBy(texts.get(i))) { found++; rr += 1.0 / (i + 1); break; }
        }
        return new Score(found, rr / queries.size(), queries.size());
    }
}
