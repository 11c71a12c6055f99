package org.caytre.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.caytre.kb.IngestInput;

/**
 * The driver's plan: what each input path becomes. A {@code .jsonl(.gz)} corpus is read by Spark line by line
 * (Hadoop paths: local, {@code hdfs://}, {@code s3a://}), a {@code .parquet} file or folder row by row (its columns
 * {@code id, title, text, date, url, source}, as JSON lines), a remote folder or file of documents through Hadoop
 * ({@code binaryFiles}); a local file or folder is listed by the ingest's own walk ({@link IngestInput#enumerate}),
 * so the same files are read and the same bad inputs named as {@code caytre ingest} names them.
 */
final class Inputs {
    private Inputs() {}

    static JavaRDD<WorkItem> plan(SparkSession spark, List<String> paths, int partitions) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<JavaRDD<WorkItem>> parts = new ArrayList<>();
        List<WorkItem> listed = new ArrayList<>();
        for (String p : paths) {
            String lower = p.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".jsonl") || lower.endsWith(".jsonl.gz")) {
                parts.add(lines(jsc.textFile(p), p));
            } else if (lower.endsWith(".parquet") || lower.endsWith(".parquet/")) {
                parts.add(lines(spark.read().parquet(p).toJSON().javaRDD(), p));
            } else if (remote(p)) {
                parts.add(jsc.binaryFiles(p).map(f -> WorkItem.remote(f._1(), f._2().toArray())));
            } else {
                Path local = Path.of(p.startsWith("file:") ? URI.create(p).getPath() : p);
                IngestInput.enumerate(List.of(local), in -> listed.add(local(in)), (bad, reason) -> listed.add(WorkItem.bad(bad, reason)));
            }
        }
        if (!listed.isEmpty()) parts.add(jsc.parallelize(listed, Math.max(1, Math.min(partitions, listed.size()))));
        JavaRDD<WorkItem> all = parts.isEmpty() ? jsc.emptyRDD() : parts.get(0);
        for (int i = 1; i < parts.size(); i++) all = all.union(parts.get(i));
        // a gzipped corpus is one split: spread it over the executors
        return all.getNumPartitions() < partitions ? all.repartition(partitions) : all;
    }

    private static JavaRDD<WorkItem> lines(JavaRDD<String> lines, String corpus) {
        return lines.zipWithIndex().filter(l -> !l._1().isBlank()).map(l -> WorkItem.line(corpus, l._2() + 1, l._1()));
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A file, or a record of a corpus found inside a local folder (re-encoded as its JSON line). */
    private static WorkItem local(IngestInput in) {
        return switch (in) {
            case IngestInput.FileInput f -> WorkItem.file(f.source());
            case IngestInput.RecordInput r -> {
                Map<String, Object> m = new LinkedHashMap<>();
                var rec = r.record();
                m.put("id", rec.id());
                m.put("title", rec.title());
                m.put("text", rec.text());
                m.put("date", rec.date());
                m.put("url", rec.url());
                m.put("source", rec.source());
                try {
                    yield WorkItem.line(r.corpus().toString(), rec.line(), JSON.writeValueAsString(m));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    static boolean remote(String p) {
        int colon = p.indexOf("://");
        return colon > 1 && !p.startsWith("file:");
    }
}
