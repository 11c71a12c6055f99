package org.caytre.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code caytre bench search}: latency of searches answered as the API answers them ({@link PassageIndex#search}, then
 * the result as JSON bytes) over an ingested index, with the mixed query set of {@code search/bench-queries.tsv}, at
 * each number of concurrent clients. Each client count is measured twice: {@code cache=cold} with the per-query
 * caches switched off (every search counts its total and facets, a stream of never-seen queries) and
 * {@code cache=warm} after one pass over the mix (repeated queries and next pages). Reports numbers; never judges them.
 */
public final class SearchBench {
    /** One entry of the mix: what kind of query it is (name, folded, phrase, filter, …) and the request. */
    public record Entry(String kind, SearchRequest request) {}

    private static final String MIX = "/search/bench-queries.tsv";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SearchBench() {}

    /** The mixed query set, in file order. */
    public static List<Entry> mix() {
        List<Entry> out = new ArrayList<>();
        try (InputStream in = SearchBench.class.getResourceAsStream(MIX);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            for (int n = 1; (line = r.readLine()) != null; n++) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] c = line.split("\t", -1);
                if (c.length != 7) throw new IllegalStateException(MIX + ":" + n + ": 7 tab-separated columns expected, found " + c.length);
                out.add(new Entry(c[0], new SearchRequest(c[1], SearchRequest.DEFAULT_LIMIT, blank(c[2]), blank(c[3]), blank(c[4]),
                        blank(c[5])).withOffset(c[6].isEmpty() ? 0 : Integer.parseInt(c[6]))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * Warms up, then per client count one cold and one warm run of {@code queries} searches; one line each:
     * {@code stage=search clients=8 cache=cold queries=1500 p50_ms=… p90_ms=… p99_ms=… max_ms=… queries/s=… load=…},
     * then per kind of query the p50 and p99 of the one-client cold run.
     */
    public static void run(PassageIndex index, List<Integer> clients, int queries, PrintWriter out) throws Exception {
        List<Entry> mix = mix();
        index.cacheQueries(false);
        // the JIT, every path taken and compiled: after 10 rounds C2 was still compiling searches inside the cold run
        measure(index, mix, 1, mix.size() * 50);
        out.printf("search mix: %d queries (%s), %d passages in the index%n", mix.size(), kinds(mix), index.passageCount());
        Map<String, List<Long>> byKind = null;
        Run single = null;
        for (int c : clients) {
            index.cacheQueries(false);
            Run cold = measure(index, mix, c, queries);
            if (byKind == null && c == 1) {
                byKind = cold.byKind(mix);
                single = cold;
            }
            print(out, c, "cold", cold);
            index.cacheQueries(true);
            measure(index, mix, 1, mix.size());                                    // each query seen once
            print(out, c, "warm", measure(index, mix, c, queries));
        }
        if (byKind != null)
            for (var e : byKind.entrySet()) {
                long[] m = e.getValue().stream().mapToLong(Long::longValue).sorted().toArray();
                out.printf("stage=search clients=1 cache=cold kind=%s queries=%d p50_ms=%.1f p99_ms=%.1f%n", e.getKey(), m.length,
                        m[m.length / 2] / 1000.0, m[(int) (m.length * 0.99)] / 1000.0);
            }
        if (single != null) slowest(out, mix, single, 8);
    }

    /** The {@code n} queries of the mix with the longest median in the one-client cold run: where to look next. */
    private static void slowest(PrintWriter out, List<Entry> mix, Run r, int n) {
        Map<Integer, List<Long>> byQuery = new LinkedHashMap<>();
        for (int i = 0; i < r.micros.length; i++) byQuery.computeIfAbsent(i % mix.size(), k -> new ArrayList<>()).add(r.micros[i]);
        Map<Integer, Long> median = new LinkedHashMap<>();
        byQuery.forEach((q, m) -> median.put(q, m.stream().sorted().toList().get(m.size() / 2)));
        median.entrySet().stream().sorted(Map.Entry.<Integer, Long>comparingByValue().reversed()).limit(n).forEach(e -> {
            SearchRequest q = mix.get(e.getKey()).request();
            out.printf("stage=search clients=1 cache=cold slowest=%d kind=%s p50_ms=%.1f query=%s%s%n", e.getKey() + 1, mix.get(e.getKey()).kind(),
                    e.getValue() / 1000.0, JSON.valueToTree(q.query()), q.country() == null ? "" : " country=" + q.country());
        });
    }

    private static String kinds(List<Entry> mix) {
        Map<String, Integer> n = new LinkedHashMap<>();
        for (Entry e : mix) n.merge(e.kind(), 1, Integer::sum);
        return n.toString().replaceAll("[{}]", "");
    }

    private static void print(PrintWriter out, int clients, String cache, Run r) {
        long[] m = r.micros.clone();
        Arrays.sort(m);
        out.printf("stage=search clients=%d cache=%s queries=%d p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f max_ms=%.1f queries/s=%.0f load=%.2f cpu_ms/query=%.2f%n",
                clients, cache, m.length, m[m.length / 2] / 1000.0, m[(int) (m.length * 0.9)] / 1000.0, m[(int) (m.length * 0.99)] / 1000.0,
                m[m.length - 1] / 1000.0, m.length / r.seconds, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                r.cpuNanos / 1e6 / m.length);
        out.flush();
    }

    /** Microseconds of each search, in mix order (search i is entry i % mix size), and the CPU time of the clients'
     *  threads: on a shared machine the latencies are partly the neighbours', the CPU per search is ours alone. */
    private record Run(long[] micros, double seconds, long cpuNanos) {
        Map<String, List<Long>> byKind(List<Entry> mix) {
            Map<String, List<Long>> out = new LinkedHashMap<>();
            for (int i = 0; i < micros.length; i++) out.computeIfAbsent(mix.get(i % mix.size()).kind(), k -> new ArrayList<>()).add(micros[i]);
            return out;
        }
    }

    private static Run measure(PassageIndex index, List<Entry> mix, int clients, int queries) throws Exception {
        long[] micros = new long[queries];
        java.util.concurrent.atomic.AtomicLong cpu = new java.util.concurrent.atomic.AtomicLong();
        var threads = ManagementFactory.getThreadMXBean();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t0 = System.nanoTime();
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                fs.add(pool.submit(() -> {
                    long cpu0 = threads.getCurrentThreadCpuTime();
                    for (int i = client; i < queries; i += clients) {
                        long t = System.nanoTime();
                        byte[] answer = JSON.writeValueAsBytes(index.search(mix.get(i % mix.size()).request()).toJson());
                        micros[i] = (System.nanoTime() - t) / 1000 + (answer.length == 0 ? 1 : 0);
                    }
                    cpu.addAndGet(threads.getCurrentThreadCpuTime() - cpu0);
                    return null;
                }));
            }
            for (Future<?> f : fs) f.get();
        } finally {
            pool.shutdown();
        }
        return new Run(micros, (System.nanoTime() - t0) / 1e9, cpu.get());
    }

    private static String blank(String s) { return s.isEmpty() ? null : s; }
}
