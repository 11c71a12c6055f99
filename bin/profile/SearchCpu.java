import com.sun.management.OperatingSystemMXBean;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import org.caytre.search.PassageIndex;
import org.caytre.search.SearchBench;

/**
 * The CPU a jar's search engine spends on the mix of {@code caytre bench search}, which a shared machine's load does not
 * change as it changes latencies: one whole bench run at the given client counts to warm up the JIT, then ROUNDS runs,
 * each printed with the process CPU seconds it took (searches cold and warm, GC and JIT included). Works with jars
 * older than the bench's own {@code cpu_ms/query} field, so an old and a new jar can be compared.
 *
 *   java -Xmx1g -cp OLD.jar bin/profile/SearchCpu.java DATA/index 8 3
 */
public class SearchCpu {
    public static void main(String[] a) throws Exception {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<Integer> clients = java.util.Arrays.stream(a[1].split(",")).map(Integer::valueOf).toList();
        try (PassageIndex index = PassageIndex.openReadOnly(Path.of(a[0]))) {
            SearchBench.run(index, clients, 1500, new PrintWriter(new StringWriter()));
            for (int r = 1; r <= Integer.parseInt(a[2]); r++) {
                StringWriter out = new StringWriter();
                long cpu = os.getProcessCpuTime();
                SearchBench.run(index, clients, 1500, new PrintWriter(out, true));
                System.out.printf("round=%d process_cpu_s=%.2f%n%s", r, (os.getProcessCpuTime() - cpu) / 1e9,
                        out.toString().lines().filter(l -> l.contains("queries=1500")).map(l -> "  " + l + "\n").reduce("", String::concat));
            }
        }
    }
}
