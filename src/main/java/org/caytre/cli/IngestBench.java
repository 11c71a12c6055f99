package org.caytre.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.caytre.kb.Ingester;
import org.caytre.kb.Store;
import org.caytre.pipeline.Pipeline;
import org.caytre.search.PassageIndex;

/**
 * {@code caytre bench ingest}: the whole ingest of {@code caytre ingest} (parse, extract on all cores, one store writer,
 * the search index written beside it) into a fresh SQLite data directory: MB/s and documents/s until the index is
 * committed, peak heap, store and index size on disk relative to the input text, and, measured in the same run on the
 * same input, Lucene's StandardAnalyzer indexing the texts on one thread ({@link StandardIndexing}) and the ratio.
 */
final class IngestBench {
    private IngestBench() {}

    static int run(Path corpus, int limit, int repeat, Path dataOption, PrintWriter out) throws Exception {
        Path data = dataOption != null ? Files.createDirectories(dataOption) : Files.createTempDirectory("caytre-bench-");
        try {
            Path input = limit > 0 || repeat > 1 ? copy(corpus, limit, Math.max(1, repeat), data.resolve("input.jsonl")) : corpus;
            int workers = Runtime.getRuntime().availableProcessors();
            Ingester.Summary s;
            try (Store store = Store.open(data, null); PassageIndex index = PassageIndex.open(data.resolve("index"))) {
                s = IngestCommand.indexed(store, index, new Ingester(store, Pipeline.standard(), null, workers), List.of(input),
                        (src, st, b, r) -> {}, workers, e -> {});
            }
            long store = size(data.resolve("caytre.db")) + size(data.resolve("caytre.db-wal")), indexed = size(data.resolve("index"));
            long peak = BenchCommand.peakHeap();   // before the yardstick holds the texts in memory
            double mbs = s.bytes() / 1e6 / s.seconds(), standard = StandardIndexing.mbPerSecond(input, 0);
            out.printf("stage=ingest docs=%d stored=%d failed=%d MB=%.1f seconds=%.1f MB/s=%.2f docs/s=%.0f threads=%d "
                            + "peak_heap_MB=%.0f store_MB=%.1f store/input=%.2f index_MB=%.1f store+index/input=%.2f standard_analyzer_MB/s=%.2f vs_standard=%.2f%n",
                    s.documents(), s.stored(), s.failed().size(), s.bytes() / 1e6, s.seconds(), mbs,
                    s.documents() / s.seconds(), workers, peak / 1e6, store / 1e6, (double) store / s.bytes(), indexed / 1e6,
                    (double) (store + indexed) / s.bytes(), standard, mbs / standard);
            return s.failed().isEmpty() ? 0 : 1;
        } finally {
            if (dataOption == null) delete(data);
        }
    }

    /**
     * The first {@code n} lines (0 = all) of a .jsonl(.gz) corpus, {@code repeat} times, as a plain .jsonl file. Each
     * repetition gets its own ids and a marked title, so it is new content and not skipped as unchanged.
     */
    private static Path copy(Path corpus, int n, int repeat, Path out) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int k = 0; k < repeat; k++) {
                InputStream in = Files.newInputStream(corpus);
                if (corpus.getFileName().toString().endsWith(".gz")) in = new GZIPInputStream(in, 1 << 16);
                try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    String line;
                    for (int i = 0; (n == 0 || i < n) && (line = r.readLine()) != null; i++) {
                        w.write(k == 0 ? line : line.replaceFirst("\"id\"\\s*:\\s*\"", "\"id\": \"r" + k + "-")
                                .replaceFirst("\"title\"\\s*:\\s*\"", "\"title\": \"(" + k + ") "));
                        w.write('\n');
                    }
                }
            }
        }
        return out;
    }

    /** Bytes of a file, or of every file under a folder. */
    private static long size(Path p) throws IOException {
        if (!Files.exists(p)) return 0;
        try (Stream<Path> walk = Files.walk(p)) {
            long n = 0;
            for (Path f : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) n += Files.size(f);
            return n;
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
