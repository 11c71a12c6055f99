package org.caytre.spark;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.caytre.kb.IngestLog;
import org.caytre.kb.Store;
import org.caytre.search.IndexSync;
import org.caytre.search.PassageIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The batch path for archives larger than one machine: the inputs are split over Spark's executors, each runs the one
 * pipeline and writes into the knowledge base in turns ({@link PartitionLoader}); the results (one row per input,
 * with its extraction) are written as Parquet or JSONL; the driver then logs the run in the store's ingestion log and
 * brings the search index up to date from the store (the index's repair: every stored document not yet indexed).
 *
 * <pre>{@code spark-submit --class org.caytre.spark.SparkIngest caytre-spark.jar --db jdbc:postgresql://… --out hdfs:///caytre/out hdfs:///news/*.jsonl.gz}</pre>
 */
@Command(name = "caytre-spark", mixinStandardHelpOptions = true,
        description = "Parse, extract and store a large archive with Apache Spark: the same pipeline and store as caytre ingest.")
public final class SparkIngest implements Callable<Integer> {
    /** What a run did: counts by status, bytes of input, seconds from start to the end of the index update. */
    /** {@code merged}: documents indexed by the tasks and added to the index; {@code indexed}: those the driver then
     *  indexed from the store (all of them without task indexes). */
    public record Summary(long stored, long replaced, long unchanged, long failed, long bytes, double jobSeconds, int indexed,
                          double indexSeconds, long written, double writeSeconds, int merged) {
        public long documents() { return stored + replaced + unchanged + failed; }
    }

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "folders or files (local), .jsonl(.gz) corpora or .parquet (any Hadoop path: file:, hdfs://, s3a://)")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "where the result rows go (a Hadoop path)") String out;

    @Option(names = "--format", defaultValue = "parquet", description = "parquet (default) or json (JSON lines)") String format;

    @Option(names = "--data", defaultValue = "caytre-data", description = "the data directory: the search index (and the SQLite file without --db)")
    String data;

    @Option(names = "--db", paramLabel = "URL", description = "the PostgreSQL store (jdbc:postgresql://HOST/DB?user=U); required on a cluster")
    String db;

    @Option(names = "--date", paramLabel = "YYYY[-MM[-DD]]", description = "the documents' date (a JSONL record's own date comes first)") String date;

    @Option(names = "--partitions", defaultValue = "0", description = "partitions (0: Spark's default parallelism × 2)") int partitions;

    @Option(names = "--batch", defaultValue = "64", description = "documents a task writes in one turn at the store (default 64)") int batch;

    @Option(names = "--index-parts", paramLabel = "DIR",
            description = "a folder on a file system the driver and every executor share, where tasks index what they store for the driver "
                    + "to merge (Lucene addIndexes); default in local mode: DATA/index-parts; without it on a cluster the driver indexes from the store")
    String indexParts;

    @Option(names = "--master", description = "Spark master when not launched by spark-submit (default local[*])") String master;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkIngest()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        SparkSession.Builder b = SparkSession.builder().appName("caytre-spark");
        if (master != null) b.master(master);
        else if (System.getProperty("spark.master") == null) b.master("local[*]");
        PrintWriter err = new PrintWriter(System.err, true);
        try (SparkSession spark = b.getOrCreate()) {
            Summary s = run(spark, inputs, Path.of(data), db, date, partitions, batch, out, format, indexParts == null ? null : Path.of(indexParts), err);
            System.out.printf(Locale.ROOT, "caytre-spark: %d stored, %d replaced, %d unchanged, %d failed (%d documents, %.1f MB in %.1f s,"
                            + " %.2f MB/s); store: %d documents written in %.1f s of turns (%.0f docs/s); index: %d documents in %.1f s%n",
                    s.stored(), s.replaced(), s.unchanged(), s.failed(), s.documents(), s.bytes() / 1e6, s.jobSeconds(),
                    s.bytes() / 1e6 / Math.max(s.jobSeconds(), 1e-9), s.written(), s.writeSeconds(), s.written() / Math.max(s.writeSeconds(), 1e-9),
                    s.merged() + s.indexed(), s.indexSeconds());
            return s.failed() == 0 ? 0 : 1;
        }
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        if (!java.nio.file.Files.exists(dir)) return;
        try (var walk = java.nio.file.Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) java.nio.file.Files.delete(p);
        }
    }

    /** The whole batch: plan, extract and store on the executors, write the result rows, log the run, update the index. */
    public static Summary run(SparkSession spark, List<String> inputs, Path dataDir, String db, String date, int partitions, int batch,
                              String out, String format, Path indexParts, PrintWriter err) throws Exception {
        if (!format.equals("parquet") && !format.equals("json"))
            throw new IllegalArgumentException("--format must be parquet or json, not " + format);
        if (db == null && !spark.sparkContext().isLocal())
            throw new IllegalArgumentException("--db jdbc:postgresql://… is required on a cluster (executors cannot share an SQLite file)");
        long start = System.nanoTime();
        int n = partitions > 0 ? partitions : 2 * spark.sparkContext().defaultParallelism();
        Path parts = indexParts != null ? indexParts : spark.sparkContext().isLocal() ? dataDir.resolve("index-parts") : null;
        if (parts != null) deleteTree(parts);   // what an earlier, interrupted run left
        try (Store store = Store.open(dataDir, db);   // migrated once here, before the executors open it
             IngestLog.Run log = IngestLog.start(store, "spark", String.join(" ", inputs))) {
            JavaRDD<WorkItem> work = Inputs.plan(spark, inputs, n);
            LongAccumulator writeNanos = spark.sparkContext().longAccumulator("store write ns"), written = spark.sparkContext().longAccumulator("written");
            CollectionAccumulator<long[]> commits = spark.sparkContext().collectionAccumulator("commits");
            JavaRDD<Row> rows = work.mapPartitions(new PartitionLoader(dataDir.toAbsolutePath().toString(), db, date, Math.max(1, batch),
                    writeNanos, written, commits, parts == null ? null : parts.toAbsolutePath().toString()));
            spark.createDataFrame(rows, PartitionLoader.SCHEMA).write().mode(SaveMode.Overwrite).format(format).save(out);
            Dataset<Row> results = spark.read().schema(PartitionLoader.SCHEMA).format(format).load(out).select("source", "status", "error", "bytes", "millis");
            long[] counts = new long[5];
            for (Iterator<Row> it = results.toLocalIterator(); it.hasNext(); ) {
                Row r = it.next();
                String status = r.getString(1);
                log.record(r.getString(0), status, r.isNullAt(2) ? null : r.getString(2), r.getLong(3), r.getLong(4));
                counts[switch (status) { case "stored" -> 0; case "replaced" -> 1; case "unchanged" -> 2; default -> 3; }]++;
                counts[4] += r.getLong(3);
                if (status.equals("failed")) err.println("caytre-spark: " + r.getString(0) + ": " + r.getString(2));
            }
            for (long[] c : commits.value()) log.committed((int) c[0], c[1]);
            double jobSeconds = (System.nanoTime() - start) / 1e9;
            long indexStart = System.nanoTime();
            IndexSync.Repair repair;
            int merged = 0;
            try (PassageIndex index = PassageIndex.open(dataDir.resolve("index"))) {
                if (parts != null && java.nio.file.Files.isDirectory(parts))
                    try (var list = java.nio.file.Files.list(parts)) {
                        merged = index.addIndexes(list.sorted().toList());
                    }
                repair = IndexSync.repair(store, index);   // whatever no task index holds (a failed attempt's), and stale versions
                index.commit();
            }
            if (parts != null) deleteTree(parts);
            log.finish(null);
            return new Summary(counts[0], counts[1], counts[2], counts[3], counts[4], jobSeconds, repair.rebuilt(),
                    (System.nanoTime() - indexStart) / 1e9, written.value(), writeNanos.value() / 1e9, merged);
        }
    }
}
