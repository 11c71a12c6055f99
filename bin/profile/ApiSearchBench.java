import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.caytre.search.SearchBench;
import org.caytre.search.SearchRequest;

/**
 * The mix of {@code caytre bench search} sent to a running {@code caytre serve} as {@code GET /api/v1/search}, so the
 * server's own path (parameters, the store's look-ups of withdrawn documents and outlets, JSON over HTTP) is measured
 * with the engine: the first pass over the mix at one client (each request new to the server's caches), then N
 * requests at each client count; p50/p90/p99/max, requests/s and the load average, in the lines of bench search.
 *
 *   java -cp target/caytre.jar bin/profile/ApiSearchBench.java http://127.0.0.1:7070 1,8 1500
 */
public class ApiSearchBench {
    public static void main(String[] a) throws Exception {
        String base = a[0];
        List<String> urls = new ArrayList<>();
        for (SearchBench.Entry e : SearchBench.mix()) urls.add(base + "/api/v1/search?" + query(e.request()));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        print("first", 1, run(http, urls, 1, urls.size()));
        for (String c : a[1].split(",")) print("repeat", Integer.parseInt(c), run(http, urls, Integer.parseInt(c), Integer.parseInt(a[2])));
    }

    private static String query(SearchRequest r) {
        StringBuilder b = new StringBuilder("limit=" + r.limit() + "&offset=" + r.offset());
        param(b, "q", r.query().isEmpty() ? null : r.query());
        param(b, "country", r.country());
        param(b, "type", r.eventType());
        param(b, "from", r.from());
        param(b, "to", r.to());
        return b.toString();
    }

    private static void param(StringBuilder b, String name, String value) {
        if (value != null) b.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    private static void print(String pass, int clients, long[] micros) {
        long[] m = micros.clone();
        Arrays.sort(m);
        System.out.printf("stage=api-search pass=%s clients=%d requests=%d p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f max_ms=%.1f load=%.2f%n",
                pass, clients, m.length, m[m.length / 2] / 1000.0, m[(int) (m.length * 0.9)] / 1000.0, m[(int) (m.length * 0.99)] / 1000.0,
                m[m.length - 1] / 1000.0, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static long[] run(HttpClient http, List<String> urls, int clients, int n) throws Exception {
        long[] micros = new long[n];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                fs.add(pool.submit(() -> {
                    for (int i = client; i < n; i += clients) {
                        long t = System.nanoTime();
                        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(urls.get(i % urls.size()))).build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) throw new IllegalStateException(urls.get(i % urls.size()) + ": HTTP " + r.statusCode());
                        micros[i] = (System.nanoTime() - t) / 1000;
                    }
                    return null;
                }));
            }
            for (Future<?> f : fs) f.get();
        } finally {
            pool.shutdown();
        }
        return micros;
    }
}
