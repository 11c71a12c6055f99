package org.caytre.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.caytre.ingest.JsonlCorpus;
import org.caytre.ingest.RawText;
import org.caytre.pipeline.Pipeline;
import org.caytre.text.VietnameseText;

/**
 * {@code bench parse|extract --sizes 1,2,4,8,16}: does a stage stay linear? For each size, one document of that many
 * MB (corpus articles joined by blank lines) against the same articles as separate documents; seconds per MB of both.
 */
final class BenchSizes {
    private BenchSizes() {}

    static int run(PrintWriter out, Pipeline pipeline, String stage, Path corpus, List<Integer> sizes) throws Exception {
        ToIntFunction<RawText> work = switch (stage) {
            case "parse" -> raw -> pipeline.parse(raw).paragraphs().size();
            // the extraction itself, not its JSON: the JSON tree of one 16 MB document (every annotation) outgrows 2 GB
            case "extract" -> raw -> {
                var x = pipeline.extract(pipeline.parse(raw));
                return x.events().size() + x.statistics().size();
            };
            default -> throw new IllegalArgumentException("--sizes measures parse or extract, not " + stage);
        };
        long need = sizes.stream().mapToLong(mb -> mb * 1_000_000L).max().orElse(0);
        List<String> articles = new ArrayList<>();
        long have = 0;
        try (JsonlCorpus c = JsonlCorpus.open(corpus, msg -> { })) {
            for (JsonlCorpus.NewsRecord r : c) {
                if (have >= need) break;
                String a = VietnameseText.repair(r.title().isEmpty() ? r.text() : r.title() + "\n\n" + r.text());
                articles.add(a);
                have += utf8(a) + 2;
            }
        }
        for (int i = 0; i < 300 && i < articles.size(); i++) work.applyAsInt(raw("warmup", articles.get(i)));  // JIT warm-up
        out.printf("stage=%s  size_MB  one_doc_s/MB  articles_s/MB  ratio%n", stage);
        long sink = 0;
        for (int mb : sizes) {
            StringBuilder doc = new StringBuilder();
            List<String> parts = new ArrayList<>();
            long bytes = 0;
            for (String a : articles) {
                if (bytes >= mb * 1_000_000L) break;
                doc.append(a).append("\n\n");
                parts.add(a);
                bytes += utf8(a) + 2;
            }
            long t0 = System.nanoTime();
            sink += work.applyAsInt(raw("bench-" + mb + "MB", doc.toString()));
            double one = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            for (String p : parts) sink += work.applyAsInt(raw("article", p));
            double separate = (System.nanoTime() - t0) / 1e9;
            double perMb = bytes / 1e6;
            out.printf("stage=%s  %7.1f  %12.3f  %13.3f  %5.2f%n", stage, perMb, one / perMb, separate / perMb, one / separate);
            out.flush();
        }
        out.printf("(sink %d)%n", sink);
        return 0;
    }

    private static RawText raw(String name, String text) { return new RawText(name, "txt", text, List.of()); }

    private static long utf8(String s) { return BenchCommand.utf8Length(s); }
}
