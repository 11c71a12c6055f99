package org.caytre.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.caytre.ingest.JsonlCorpus;

/**
 * The yardstick of {@code bench ingest}: Lucene's StandardAnalyzer indexing the same records (title and text, one
 * stored text field per record) on one thread into memory — what plain full-text indexing of the input costs on this
 * machine at this moment. The faster of two rounds (the first warms the JIT).
 */
final class StandardIndexing {
    private StandardIndexing() {}

    /** MB/s of UTF-8 input over the first {@code limit} records of {@code corpus} (0 = all). */
    static double mbPerSecond(Path corpus, int limit) throws IOException {
        List<String> texts = new ArrayList<>();
        long bytes = 0;
        try (JsonlCorpus c = JsonlCorpus.open(corpus, msg -> { })) {
            for (JsonlCorpus.NewsRecord r : c) {
                String text = r.title().isEmpty() ? r.text() : r.title() + "\n\n" + r.text();
                texts.add(text);
                bytes += BenchCommand.utf8Length(text);
                if (texts.size() == limit) break;
            }
        }
        double best = 0;
        for (int round = 0; round < 2; round++) {
            long start = System.nanoTime();
            try (IndexWriter w = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(new StandardAnalyzer()).setRAMBufferSizeMB(64))) {
                for (String t : texts) {
                    Document d = new Document();
                    d.add(new TextField("text", t, Field.Store.YES));
                    w.addDocument(d);
                }
                w.commit();
            }
            best = Math.max(best, bytes / 1e6 / ((System.nanoTime() - start) / 1e9));
        }
        return best;
    }
}
