package org.caytre.search;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.caytre.ingest.JsonlCorpus;
import org.caytre.search.analysis.VietnameseAnalyzer;
import org.caytre.structure.CorpusFiles;

/**
 * Indexing throughput (MB/s of passage text, one thread) of StandardAnalyzer vs Cây Tre's analysis on the paragraphs
 * of the news bench corpus, then query latency through {@link SearchBench} (the mix of {@code caytre bench search})
 * at 1, 8 and 64 concurrent clients. Not a test: run by hand, e.g.
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.caytre.search.SearchBenchmark 5000}
 * (first argument: articles to read; default 5,000), or with a data directory's {@code index} folder as the first argument,
 * query latency only on that index (one a real {@code caytre ingest} built, with entities, event types and years), at the
 * client counts of the optional second argument ({@code 1,8,64} by default).
 */
public final class SearchBenchmark {
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && Files.isDirectory(Path.of(args[0]))) {   // an index an ingest built (entities and all)
            int[] clients = args.length > 1 ? Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt).toArray() : new int[] {1, 8, 64};
            try (PassageIndex index = PassageIndex.openReadOnly(Path.of(args[0]))) {
                latency(index, clients);
            }
            return;
        }
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        List<String> paragraphs = new ArrayList<>();
        long bytes = 0;
        try (JsonlCorpus corpus = JsonlCorpus.open(CorpusFiles.shared().resolve("bench/vietnews-30k.jsonl.gz"), e -> {})) {
            int n = 0;
            for (JsonlCorpus.NewsRecord r : corpus) {
                if (n++ == articles) break;
                for (String p : r.text().split("\n+")) {
                    if (p.isBlank()) continue;
                    paragraphs.add(p.strip());
                    bytes += p.getBytes(StandardCharsets.UTF_8).length;
                }
            }
        }
        System.out.printf("%d articles, %d paragraphs, %.1f MB%n", articles, paragraphs.size(), bytes / 1e6);
        for (int round = 0; round < 2; round++) {                 // the first round warms the JIT
            double standard = indexingMBs(new StandardAnalyzer(), paragraphs, bytes);
            double ours = indexingMBs(VietnameseAnalyzer.indexing(), paragraphs, bytes);
            System.out.printf("indexing (round %d): StandardAnalyzer %.2f MB/s, Cây Tre %.2f MB/s (%.0f %%)%n",
                    round + 1, standard, ours, 100 * ours / standard);
        }
        Path dir = Files.createTempDirectory("caytre-bench");
        try {
            try (IndexWriter w = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(VietnameseAnalyzer.indexing()))) {
                for (int i = 0; i < paragraphs.size(); i++) {
                    Passage p = new Passage("news:p" + i, "news-" + (i / 20), paragraphs.get(i), 0, paragraphs.get(i).length(),
                            "", "2019-01-01", List.of(), List.of(), List.of(), List.of(), List.of());
                    w.addDocument(PassageFields.FACETS_CONFIG.build(PassageFields.toLucene(p)));
                }
            }
            try (PassageIndex index = PassageIndex.openReadOnly(dir)) {
                latency(index, new int[] {1, 8, 64});
            }
        } finally {
            try (var files = Files.walk(dir)) { files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete()); }
        }
    }

    private static double indexingMBs(Analyzer a, List<String> paragraphs, long bytes) throws Exception {
        long t0 = System.nanoTime();
        try (IndexWriter w = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(a).setRAMBufferSizeMB(256))) {
            for (String p : paragraphs) {
                Document d = new Document();
                d.add(new TextField("text", p, Field.Store.NO));
                w.addDocument(d);
            }
            w.commit();
        }
        return bytes / 1e6 / ((System.nanoTime() - t0) / 1e9);
    }

    private static void latency(PassageIndex index, int[] clients) throws Exception {
        SearchBench.run(index, Arrays.stream(clients).boxed().toList(), 1500, new java.io.PrintWriter(System.out, true));
    }
}
