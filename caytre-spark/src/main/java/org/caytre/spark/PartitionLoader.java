package org.caytre.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.caytre.extract.ExtractionJson;
import org.caytre.ingest.FolderWalk;
import org.caytre.ingest.IngestException;
import org.caytre.ingest.JsonlCorpus;
import org.caytre.kb.DocumentWriter;
import org.caytre.kb.IngestInput;
import org.caytre.kb.Ingester;
import org.caytre.kb.PreparedDocument;
import org.caytre.kb.Store;
import org.caytre.pipeline.Pipeline;

/**
 * What each Spark task does with its partition: every input read, parsed and extracted by the pipeline exactly as
 * {@code caytre ingest} does ({@link Ingester#prepare}), skipped before parsing when its content is already stored,
 * then written {@code batch} documents at a time by the store's own {@link DocumentWriter} (one transaction per
 * batch, as ingest) during the task's turn ({@link WriterTurn}). Returns one result row per input.
 */
final class PartitionLoader implements FlatMapFunction<Iterator<WorkItem>, Row> {
    /** The rows written as Parquet or JSONL: one per input. {@code extraction}: the JSON of {@code caytre extract --json};
     *  {@code millis}: 0 for an input skipped by its content hash. */
    static final StructType SCHEMA = new StructType()
            .add("source", DataTypes.StringType, false)
            .add("doc_id", DataTypes.StringType, true)
            .add("status", DataTypes.StringType, false)
            .add("error", DataTypes.StringType, true)
            .add("title", DataTypes.StringType, true)
            .add("date", DataTypes.StringType, true)
            .add("bytes", DataTypes.LongType, false)
            .add("events", DataTypes.IntegerType, false)
            .add("statistics", DataTypes.IntegerType, false)
            .add("extraction", DataTypes.StringType, true)
            .add("millis", DataTypes.LongType, false);   // the input's own time on its executor: read, parsed, extracted

    private final String dataDir, db, date, indexParts;
    private final int batch;
    /** Time spent writing during the turns (waiting for a turn not counted), and documents written: the store's load rate. */
    private final LongAccumulator writeNanos, written;
    /** Every transaction: {documents, nanoseconds}, for the ingestion log's commits. */
    private final CollectionAccumulator<long[]> commits;

    /** {@code indexParts}: a folder the driver can read (local mode, a shared file system) where each task indexes the
     *  documents it stored, for the driver to merge; null: the driver indexes them from the store. */
    PartitionLoader(String dataDir, String db, String date, int batch, LongAccumulator writeNanos, LongAccumulator written,
                    CollectionAccumulator<long[]> commits, String indexParts) {
        this.commits = commits;
        this.indexParts = indexParts;
        this.dataDir = dataDir;
        this.db = db;
        this.date = date;
        this.batch = batch;
        this.writeNanos = writeNanos;
        this.written = written;
    }

    private record Prepared(PreparedDocument document, long bytes, long millis) {}

    @Override
    public Iterator<Row> call(Iterator<WorkItem> items) throws Exception {
        List<Row> rows = new ArrayList<>();
        List<Prepared> pending = new ArrayList<>();
        Store store = Store.open(Path.of(dataDir), db);
        Ingester ingester = new Ingester(store, Pipeline.standard(), date, 1);
        try (DocumentWriter writer = new DocumentWriter(store); Connection lookup = store.connect();
             PreparedStatement known = lookup.prepareStatement("SELECT 1 FROM documents WHERE content_hash = ?");
             PartIndex part = new PartIndex(store)) {
            while (items.hasNext()) {
                WorkItem item = items.next();
                long start = System.nanoTime();
                String named = item.path();   // what a failure names: the input's source once it is known (a record: jsonl:ID)
                Path temp = null;
                try {
                    IngestInput in;
                    switch (item.kind()) {
                        case "bad" -> {
                            rows.add(failed(item.path(), item.text(), 0, 0));
                            continue;
                        }
                        case "file" -> {
                            Path p = Path.of(item.path());
                            in = new IngestInput.FileInput(p, Files.size(p));
                        }
                        case "remote" -> {   // read by the same reader from a local copy named as the original
                            Path dir = Files.createTempDirectory("caytre-spark");
                            temp = Files.write(dir.resolve(fileName(item.path())), item.bytes());
                            in = new IngestInput.FileInput(temp, item.bytes().length);
                        }
                        case "line" -> {
                            JsonlCorpus.NewsRecord record;
                            try {
                                record = JsonlCorpus.parse(item.line(), item.text());
                            } catch (IOException | IllegalArgumentException e) {
                                String[] bad = FolderWalk.badLine(Path.of(item.path()), "line " + item.line() + ": " + e.getMessage());
                                rows.add(failed(bad[0], bad[1], item.text().length(), millis(start)));
                                continue;
                            }
                            in = new IngestInput.RecordInput(Path.of(item.path()), record);
                        }
                        default -> throw new IllegalArgumentException("unknown work item " + item.kind());
                    }
                    String source = item.kind().equals("remote") ? item.path() : in.source();
                    named = source;
                    String hash = in.hash(date);
                    known.setString(1, hash);
                    boolean stored;
                    try (ResultSet r = known.executeQuery()) {
                        stored = r.next();
                    }
                    if (stored) {
                        rows.add(RowFactory.create(source, null, "unchanged", null, null, null, in.bytes(), 0, 0, null, 0L));
                        continue;
                    }
                    PreparedDocument d = ingester.prepare(in, hash, new ArrayList<>());
                    if (item.kind().equals("remote"))
                        d = new PreparedDocument(source, d.name(), d.contentHash(), d.title(), d.date(), d.dateSource(), d.url(), d.origin(), d.extraction());
                    pending.add(new Prepared(d, in.bytes(), millis(start)));
                    if (pending.size() >= batch) write(store, writer, pending, rows, part);
                } catch (IngestException e) {
                    rows.add(failed(named, e.reason(), 0, millis(start)));
                } catch (IOException | UncheckedIOException e) {
                    rows.add(failed(named, "cannot read: " + e.getMessage(), 0, millis(start)));
                } catch (RuntimeException | StackOverflowError e) {
                    rows.add(failed(named, e.toString(), 0, millis(start)));
                } finally {
                    if (temp != null) {
                        Files.deleteIfExists(temp);
                        Files.deleteIfExists(temp.getParent());
                    }
                }
            }
            write(store, writer, pending, rows, part);
        }
        return rows.iterator();
    }

    /** One turn at the store: the batch's documents in one transaction (a document that fails alone is retried
     *  without the others; a failure of the disk ends the task). */
    private void write(Store store, DocumentWriter writer, List<Prepared> pending, List<Row> rows, PartIndex part) throws Exception {
        if (pending.isEmpty()) return;
        List<String> stored = new ArrayList<>();
        try (AutoCloseable turn = WriterTurn.take(store)) {
            long start = System.nanoTime();
            List<DocumentWriter.Written> outcomes = writer.writeAll(pending.stream().map(Prepared::document).toList());
            commits.add(new long[] {pending.size(), System.nanoTime() - start});
            for (int i = 0; i < pending.size(); i++) {
                Prepared p = pending.get(i);
                DocumentWriter.Written w = outcomes.get(i);
                PreparedDocument d = p.document();
                if (w.failure() != null) {
                    rows.add(failed(d.source(), "cannot store: " + org.caytre.kb.StorageFault.describe(w.failure()), p.bytes(), p.millis()));
                    continue;
                }
                var x = d.extraction();
                if (w.outcome() != DocumentWriter.Outcome.UNCHANGED) stored.add(w.id());
                rows.add(RowFactory.create(d.source(), w.id(), w.outcome().name().toLowerCase(java.util.Locale.ROOT), null,
                        d.title() != null && !d.title().isBlank() ? d.title() : x.document().metadata().title(), d.date(), p.bytes(),
                        x.events().size(), x.statistics().size(), ExtractionJson.of(x).toString(), p.millis()));
            }
            writeNanos.add(System.nanoTime() - start);
            written.add(pending.size());
        }
        pending.clear();
        for (String id : stored) part.index(id);   // from the committed rows, after the turn
    }

    /** This task's own index of the documents it stored (opened at the first one), in {@code indexParts}. */
    private final class PartIndex implements AutoCloseable {
        private final Store store;
        private org.caytre.search.PassageIndex index;
        private org.caytre.search.IndexSync sync;

        PartIndex(Store store) { this.store = store; }

        void index(String docId) throws SQLException {
            if (indexParts == null) return;
            if (index == null) {
                org.apache.spark.TaskContext t = org.apache.spark.TaskContext.get();
                String name = t == null ? java.util.UUID.randomUUID().toString()
                        : t.stageId() + "-" + t.partitionId() + "-" + t.attemptNumber() + "-" + java.util.UUID.randomUUID();
                index = org.caytre.search.PassageIndex.open(Path.of(indexParts, name));
                sync = org.caytre.search.IndexSync.open(store, index);
            }
            sync.index(docId);
        }

        @Override
        public void close() throws SQLException {
            if (index == null) return;
            try (org.caytre.search.PassageIndex i = index) {
                sync.close();
                i.commit();
            }
        }
    }

    private static Row failed(String source, String reason, long bytes, long millis) {
        return RowFactory.create(source, null, "failed", reason, null, null, bytes, 0, 0, null, millis);
    }

    private static long millis(long since) { return (System.nanoTime() - since) / 1_000_000; }

    private static String fileName(String uri) {
        String s = uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
        return s.substring(s.lastIndexOf('/') + 1);
    }
}
