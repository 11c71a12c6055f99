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

/**
 * {@code caytre bench ingest}: the whole ingest (parse, extract on all cores, one writer) into a fresh SQLite data
 * directory: MB/s and documents/s end to end, peak heap, and the store's size on disk relative to the input text.
 */
final class IngestBench {
    private IngestBench() {}

    static int run(Path corpus, int limit, int repeat, Path dataOption, PrintWriter out) throws Exception {
        Path data = dataOption != null ? Files.createDirectories(dataOption) : Files.createTempDirectory("caytre-bench-");
        try {
            Path input = limit > 0 || repeat > 1 ? copy(corpus, limit, Math.max(1, repeat), data.resolve("input.jsonl")) : corpus;
            int workers = Runtime.getRuntime().availableProcessors();
            Ingester.Summary s;
            try (Store store = Store.open(data, null)) {
                s = new Ingester(store, Pipeline.standard(), null, workers).run(List.of(input), (src, st, b, r) -> {});
            }
            long store = size(data.resolve("caytre.db")) + size(data.resolve("caytre.db-wal"));
            out.printf("stage=ingest docs=%d stored=%d failed=%d MB=%.1f seconds=%.1f MB/s=%.2f docs/s=%.0f threads=%d "
                            + "peak_heap_MB=%.0f store_MB=%.1f store/input=%.2f%n",
                    s.documents(), s.stored(), s.failed().size(), s.bytes() / 1e6, s.seconds(), s.bytes() / 1e6 / s.seconds(),
                    s.documents() / s.seconds(), workers, BenchCommand.peakHeap() / 1e6, store / 1e6, (double) store / s.bytes());
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

    private static long size(Path p) throws IOException { return Files.exists(p) ? Files.size(p) : 0; }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
