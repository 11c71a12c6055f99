import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.caytre.search.PassageIndex;

/**
 * Settles an existing search index the way `caytre ingest` ends (PassageIndex.settle: tiers of four segments, the
 * merges waited for, committed) and prints the segments before and after, wall and process CPU seconds (issue 22,
 * docs/profile-ingest.md). Work on a copy: the index is changed.
 *
 *   java -Xmx1g -cp target/caytre.jar bin/profile/IndexSettle.java INDEX-DIR
 */
public class IndexSettle {
    public static void main(String[] a) throws Exception {
        if (a.length != 1) {
            System.err.println("usage: java -cp target/caytre.jar bin/profile/IndexSettle.java INDEX-DIR");
            System.exit(2);
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (PassageIndex index = PassageIndex.open(Path.of(a[0]))) {
            int before = index.segmentCount();
            long t = System.nanoTime(), cpu = os.getProcessCpuTime();
            index.settle();
            System.out.printf("segments %d -> %d, %.1f s wall, %.1f s CPU%n", before, index.segmentCount(),
                    (System.nanoTime() - t) / 1e9, (os.getProcessCpuTime() - cpu) / 1e9);
        }
    }
}
