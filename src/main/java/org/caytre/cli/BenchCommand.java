package org.caytre.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;
import org.caytre.ingest.JsonlCorpus;
import org.caytre.ingest.RawText;
import org.caytre.extract.ExtractionJson;
import org.caytre.pipeline.Pipeline;
import org.caytre.text.VietnameseText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code caytre bench STAGE}: throughput (MB/s of UTF-8 input, one thread) and peak heap of a pipeline stage over a
 * JSONL news corpus. Reports numbers; never judges them.
 */
@Command(name = "bench", description = "Measure MB/s and peak heap of a pipeline stage over a .jsonl(.gz) corpus.")
final class BenchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", description = "stage to measure: ${COMPLETION-CANDIDATES}")
    Stage stage;

    @Option(names = "--corpus", defaultValue = "../shared/bench/vietnews-30k.jsonl.gz", description = "default: ${DEFAULT-VALUE}")
    Path corpus;

    @Option(names = "--limit", defaultValue = "0", description = "stop after N documents (0 = all)")
    int limit;

    @Option(names = "--warmup", defaultValue = "2000", description = "documents processed before timing starts")
    int warmup;

    @Option(names = "--sizes", split = ",", paramLabel = "MB",
            description = "scaling mode (parse, extract): one document of each size in MB built from the corpus, "
                    + "against the same text as separate articles; seconds per MB at each size")
    List<Integer> sizes;

    @Option(names = "--data", description = "bench ingest: data directory to fill (default: a temporary one, removed after); "
            + "bench search: the data directory whose index is searched (default: $CAYTRE_DATA or ./caytre-data)")
    Path data;

    @Option(names = "--clients", split = ",", defaultValue = "1,8,64", paramLabel = "N",
            description = "bench search: numbers of concurrent clients (default: ${DEFAULT-VALUE})")
    List<Integer> clients;

    @Option(names = "--queries", defaultValue = "1500", description = "bench search: searches timed per client count and cache state")
    int queries;

    @Option(names = "--repeat", defaultValue = "1", description = "bench ingest: the corpus (or its first --limit lines) N times, as new documents")
    int repeat;

    /** read: JSON decoding and text repair only (the floor); parse: + structure; annotate: + entities, people,
     *  dates, quantities; extract: the whole pipeline to the JSON of {@code extract --json}; ingest: parse, extract
     *  and store into SQLite on all cores ({@link IngestBench}); classify: extract, then the relevance and areas of
     *  every passage ({@link org.caytre.classify.Relevance}), which ingest adds: its cost is classify minus extract;
     *  search: search latency over an ingested index ({@link org.caytre.search.SearchBench}). */
    enum Stage { read, parse, annotate, extract, classify, ingest, search }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (stage == Stage.ingest) return IngestBench.run(corpus, limit, repeat, data, out);
        if (stage == Stage.search) return searchBench(out);
        Pipeline pipeline = Pipeline.standard();
        if (sizes != null && !sizes.isEmpty()) return BenchSizes.run(out, pipeline, stage.name(), corpus, sizes);
        long[] classifyNanos = {0};   // time inside Relevance.of alone: a busy machine makes the difference of two runs noise
        ToIntFunction<RawText> work = switch (stage) {
            case read -> raw -> raw.text().length();
            case parse -> raw -> pipeline.parse(raw).paragraphs().size();
            case annotate -> raw -> pipeline.annotate(pipeline.parse(raw)).entities().size();
            case extract -> raw -> ExtractionJson.of(pipeline.extract(pipeline.parse(raw))).size();
            case classify -> raw -> {
                org.caytre.extract.Extraction x = pipeline.extract(pipeline.parse(raw));
                long t0 = System.nanoTime();
                int n = org.caytre.classify.Relevance.of(x.document(), x.annotations()).paragraphs().size();
                classifyNanos[0] += System.nanoTime() - t0;
                return ExtractionJson.of(x).size() + n;
            };
            case ingest, search -> throw new IllegalStateException("handled above");
        };
        long bytes = 0, docs = 0, bad = 0, sink = 0, start = 0, cpuStart = 0, allocStart = 0;
        int[] badLines = {0};
        try (JsonlCorpus c = JsonlCorpus.open(corpus, msg -> badLines[0]++)) {
            for (JsonlCorpus.NewsRecord r : c) {
                if (docs == warmup && start == 0) {
                    start = System.nanoTime(); bytes = 0; classifyNanos[0] = 0;
                    cpuStart = MainThreadCost.cpuNanos(); allocStart = MainThreadCost.allocatedBytes();
                }
                String text = r.title().isEmpty() ? r.text() : r.title() + "\n\n" + r.text();
                RawText raw = new RawText(r.id(), "txt", VietnameseText.repair(text), java.util.List.of());
                try {
                    sink += work.applyAsInt(raw);
                } catch (RuntimeException e) {
                    bad++;
                }
                bytes += utf8Length(text);
                if (++docs == limit) break;
            }
        }
        if (start == 0) { start = System.nanoTime(); cpuStart = MainThreadCost.cpuNanos(); allocStart = MainThreadCost.allocatedBytes(); }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (MainThreadCost.cpuNanos() - cpuStart) / 1e9;
        long allocated = MainThreadCost.allocatedBytes() - allocStart;
        long timed = Math.max(0, docs - warmup);
        out.printf("stage=%s docs=%d timed_docs=%d timed_MB=%.1f seconds=%.1f MB/s=%.2f docs/s=%.0f failures=%d bad_lines=%d peak_heap_MB=%.0f (sink %d)%n",
                stage, docs, timed, bytes / 1e6, seconds, bytes / 1e6 / seconds, timed / seconds, bad, badLines[0],
                peakHeap() / 1e6, sink);
        // CPU of this thread alone: on a shared machine wall-clock MB/s measures the neighbours too
        out.printf("cpu_seconds=%.1f cpu_MB/s=%.2f alloc_bytes_per_input_byte=%.0f%n",
                cpuSeconds, bytes / 1e6 / cpuSeconds, bytes == 0 ? 0.0 : (double) allocated / bytes);
        if (stage == Stage.classify)
            out.printf("classify_seconds=%.2f classify_share=%.1f%% MB/s_of_classify_alone=%.1f%n", classifyNanos[0] / 1e9,
                    100 * classifyNanos[0] / 1e9 / seconds, bytes / 1e6 / (classifyNanos[0] / 1e9));
        return 0;
    }

    private int searchBench(PrintWriter out) throws Exception {
        if (queries < 1 || clients.stream().anyMatch(c -> c < 1))
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--queries and --clients must be at least 1");
        Path dir = org.caytre.kb.Store.dataDir(data == null ? null : data.toString()).resolve("index");
        try (org.caytre.search.PassageIndex index = org.caytre.search.PassageIndex.openReadOnly(dir)) {
            org.caytre.search.SearchBench.run(index, clients, queries, out);
        }
        return 0;
    }

    /**
     * UTF-8 bytes of {@code s}: one below U+0080, two below U+0800 and for each half of a surrogate pair, else three.
     * Counted without branches: Vietnamese text mixes letters of one, two and three bytes, and a branch per character
     * mispredicted at every other one cost the bench a measurable share of its own timed section.
     */
    static long utf8Length(String s) {
        long n = s.length();
        for (int i = 0; i < s.length(); i++) {
            int c = s.charAt(i);
            n += ((0x7F - c) >>> 31) + ((0x7FF - c) >>> 31) - (((c - 0xD800) & ~0x7FF) == 0 ? 1 : 0);
        }
        return n;
    }

    static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        return peak;
    }
}
