package org.caytre.kb;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.caytre.ingest.IngestException;
import org.caytre.ingest.PublicationDate;
import org.caytre.ingest.RawText;
import org.caytre.kb.IngestInput.FileInput;
import org.caytre.kb.IngestInput.RecordInput;
import org.caytre.model.Document;
import org.caytre.pipeline.Pipeline;
import org.caytre.text.VietnameseText;

/**
 * {@code caytre ingest}: parse and extract on worker threads, store on one writer thread (the caller's), with bounded
 * queues between them so memory stays bounded whatever the corpus size. Documents are stored in transactions of up to
 * {@value #BATCH_DOCUMENTS} ({@link DocumentWriter#writeAll}), each document whole or absent; the listener hears that
 * a document is stored only once its transaction committed. A document whose hash is already stored is skipped
 * before it is parsed.
 *
 * <pre>{@code Ingester.Summary s = new Ingester(store, Pipeline.standard(), null, 2).run(List.of(dir), listener);}</pre>
 */
public final class Ingester {
    public enum Status { STORED, REPLACED, UNCHANGED, FAILED }

    /** Told about every input once it is done; called on the writer thread. */
    public interface Listener {
        void done(String source, Status status, long bytes, String reason);

        /** {@link #done}, with the input's own time on its worker ({@code workNanos}: reading, parsing, extracting;
         *  0 for an input skipped by its content hash or refused before it was read). */
        default void done(String source, Status status, long bytes, String reason, long workNanos) { done(source, status, bytes, reason); }

        /** A store transaction of {@code documents} documents took {@code nanos} (writing and committing), told
         *  before the {@link #done} of its documents. */
        default void committed(int documents, long nanos) { }

        /** A warning about a document read (an encoding converted, bytes repaired), before its {@link #done}. */
        default void warned(String source, String warning) { }
    }

    public record Failure(String source, String reason) {}

    /** Called on the writer thread after a document's transaction committed (to index it for search, say); an
     *  exception ends the run (the document stays stored; the next run's index repair catches up). */
    public interface AfterWrite {
        AfterWrite NONE = (docId, x) -> { };

        void written(String docId, org.caytre.extract.Extraction x) throws SQLException;
    }

    /** {@code undated}: documents stored or replaced in this run with no date (their events cannot be placed in time). */
    public record Summary(int stored, int replaced, int unchanged, List<Failure> failed, long bytes, double seconds, int undated) {
        public int documents() { return stored + replaced + unchanged + failed.size(); }
    }

    private sealed interface Result {}
    /** {@code nanos}: the input's own time on its worker. */
    private record Ready(PreparedDocument document, long bytes, List<String> warnings, long nanos) implements Result {}
    private record Skipped(String source, long bytes) implements Result {}
    private record Failed(String source, String reason, long bytes, long nanos) implements Result {}
    private record WorkerDone() implements Result {}

    private static final IngestInput END = new FileInput(Path.of(""), 0);

    private final Store store;
    private final Pipeline pipeline;
    private final String optionDate;
    private final int workers;
    private final int batchDocuments;
    private final long batchNanos;

    /** Documents per store transaction, and the longest a transaction stays open waiting for more, by default. */
    public static final int BATCH_DOCUMENTS = 64;
    public static final java.time.Duration BATCH_TIME = java.time.Duration.ofSeconds(1);
    /** Input bytes after which a transaction is committed whatever its count: the extractions of large documents
     *  wait in memory for their commit. */
    private static final long BATCH_BYTES = 4_000_000;

    public Ingester(Store store, Pipeline pipeline, String optionDate, int workers) {
        this(store, pipeline, optionDate, workers, BATCH_DOCUMENTS, BATCH_TIME);
    }

    /**
     * {@code batchDocuments}: documents stored per transaction (1: one each); a transaction is also committed
     * {@code batchTime} after its first document, so a slow input does not keep finished documents out of the store.
     */
    public Ingester(Store store, Pipeline pipeline, String optionDate, int workers, int batchDocuments, java.time.Duration batchTime) {
        if (optionDate != null && DateRange.parse(optionDate) == null)
            throw new IllegalArgumentException("--date must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), not " + optionDate);
        this.store = store;
        this.pipeline = pipeline;
        this.optionDate = optionDate;
        this.workers = Math.max(1, workers);
        this.batchDocuments = Math.max(1, batchDocuments);
        this.batchNanos = batchTime.toNanos();
    }

    public Summary run(List<Path> paths, Listener listener) throws SQLException, InterruptedException {
        return run(paths, listener, AfterWrite.NONE);
    }

    public Summary run(List<Path> paths, Listener listener, AfterWrite after) throws SQLException, InterruptedException {
        long start = System.nanoTime();
        BlockingQueue<IngestInput> inputs = new ArrayBlockingQueue<>(4 * workers);
        BlockingQueue<Result> results = new ArrayBlockingQueue<>(4 * workers);
        List<Thread> threads = new ArrayList<>();
        threads.add(Thread.ofPlatform().name("ingest-reader").daemon().start(() -> produce(paths, inputs, results)));
        try (Connection lookup = store.connect(); DocumentWriter writer = new DocumentWriter(store)) {
            KnownHashes known = new KnownHashes(lookup);
            for (int i = 0; i < workers; i++)
                threads.add(Thread.ofPlatform().name("ingest-worker-" + i).daemon().start(() -> work(inputs, results, known)));
            Tally tally = new Tally(listener, after);
            List<Ready> batch = new ArrayList<>();
            long deadline = 0, batchBytes = 0;
            int running = workers;
            while (running > 0) {
                // a transaction is committed at batchDocuments documents or BATCH_BYTES of input, or batchNanos after its first one
                Result r = batch.isEmpty() ? results.take() : results.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                switch (r) {
                    case null -> { }
                    case WorkerDone w -> running--;
                    case Skipped s -> tally.skipped(s.source(), s.bytes());
                    case Failed f -> tally.failed(f.source(), f.reason(), f.bytes(), f.reason(), f.nanos());
                    case Ready ready -> {
                        if (batch.isEmpty()) deadline = System.nanoTime() + batchNanos;
                        batch.add(ready);
                        batchBytes += ready.bytes();
                    }
                }
                if (!batch.isEmpty() && (r == null || running == 0 || batch.size() >= batchDocuments || batchBytes >= BATCH_BYTES
                        || System.nanoTime() >= deadline)) {
                    tally.write(writer, batch);
                    batch.clear();
                    batchBytes = 0;
                }
            }
            return new Summary(tally.stored, tally.replaced, tally.unchanged, List.copyOf(tally.failures), tally.bytes,
                    (System.nanoTime() - start) / 1e9, tally.undated);
        } finally {
            for (Thread t : threads) t.interrupt();
        }
    }

    /** The writer's counts, and the listener and {@link AfterWrite} told of each document once its fate is final. */
    private static final class Tally {
        private final Listener listener;
        private final AfterWrite after;
        int stored, replaced, unchanged, undated;
        long bytes;
        final List<Failure> failures = new ArrayList<>();

        Tally(Listener listener, AfterWrite after) {
            this.listener = listener;
            this.after = after;
        }

        void skipped(String source, long size) {
            unchanged++;
            bytes += size;
            listener.done(source, Status.UNCHANGED, size, null, 0);
        }

        void failed(String source, String reason, long size, String told, long nanos) {
            failures.add(new Failure(source, reason));
            bytes += size;
            listener.done(source, Status.FAILED, size, told, nanos);
        }

        /** Writes the batch in one transaction; only after its commit is anyone told a document is stored. */
        void write(DocumentWriter writer, List<Ready> batch) throws SQLException {
            long start = System.nanoTime();
            List<DocumentWriter.Written> written = writer.writeAll(batch.stream().map(Ready::document).toList());
            listener.committed(batch.size(), System.nanoTime() - start);
            for (int i = 0; i < batch.size(); i++) {
                Ready ready = batch.get(i);
                DocumentWriter.Written w = written.get(i);
                String source = ready.document().source();
                for (String warning : ready.warnings()) listener.warned(source, warning);
                if (w.failure() != null) {
                    failed(source, "cannot store: " + StorageFault.describe(w.failure()), ready.bytes(), w.failure().getMessage(), ready.nanos());
                    continue;
                }
                Status status = switch (w.outcome()) {
                    case STORED -> Status.STORED;
                    case REPLACED -> Status.REPLACED;
                    case UNCHANGED -> Status.UNCHANGED;
                };
                bytes += ready.bytes();
                if (status != Status.UNCHANGED) after.written(w.id(), ready.document().extraction());
                if (status != Status.UNCHANGED && ready.document().date() == null) undated++;
                if (status == Status.STORED) stored++;
                else if (status == Status.REPLACED) replaced++;
                else unchanged++;
                listener.done(source, status, ready.bytes(), null, ready.nanos());
            }
        }
    }

    private void produce(List<Path> paths, BlockingQueue<IngestInput> inputs, BlockingQueue<Result> results) {
        try {
            try {
                IngestInput.enumerate(paths, in -> put(inputs, in), (path, reason) -> put(results, new Failed(path, reason, 0, 0)));
            } finally {
                for (int i = 0; i < workers; i++) put(inputs, END);
            }
        } catch (Stopped e) {
            // the writer ended the run (a full disk, say): nobody reads the queues any more
        }
    }

    /** Thrown on the reader thread when the run is over before the input is. */
    private static final class Stopped extends RuntimeException {
        Stopped() { super(null, null, false, false); }
    }

    private void work(BlockingQueue<IngestInput> inputs, BlockingQueue<Result> results, KnownHashes known) {
        try {
            for (IngestInput in; (in = inputs.take()) != END; ) results.put(prepare(in, known));
            results.put(new WorkerDone());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Result prepare(IngestInput in, KnownHashes known) {
        String source = in.source();
        long start = System.nanoTime();
        try {
            String hash = in.hash(optionDate);
            if (known.contains(hash)) return new Skipped(source, in.bytes());
            List<String> warnings = new ArrayList<>();
            PreparedDocument d = prepare(in, hash, warnings);
            return new Ready(d, in.bytes(), warnings, System.nanoTime() - start);
        } catch (IngestException e) {
            return new Failed(source, e.reason(), in.bytes(), System.nanoTime() - start);
        } catch (RuntimeException | StackOverflowError e) {
            return new Failed(source, e.toString(), in.bytes(), System.nanoTime() - start);
        }
    }

    /**
     * Reads, parses and extracts one input as {@link #run} does (the reader's warnings added to {@code warnings}),
     * for a batch engine that distributes the inputs itself and writes with {@link DocumentWriter}; {@code hash} is
     * {@code in.hash(date)}. Throws {@link IngestException} for unreadable input.
     */
    public PreparedDocument prepare(IngestInput in, String hash, List<String> warnings) {
        String source = in.source();
        return switch (in) {
            case FileInput f -> {
                RawText raw = pipeline.read(f.file());
                warnings.addAll(raw.warnings());   // the reader's own, as parse prints them
                if (optionDate != null) raw = raw.withDate(optionDate, "option");
                yield prepared(source, f.file().getFileName().toString(), hash, pipeline.parse(raw), null, null, null);
            }
            case RecordInput r -> {
                var rec = r.record();
                String text = rec.title().isEmpty() ? rec.text() : rec.title() + "\n\n" + rec.text();
                RawText raw = new RawText(r.name(), "txt", VietnameseText.repair(text), List.of());
                String given = PublicationDate.lenient(rec.date());   // the record's own date before --date
                if (given != null) raw = raw.withDate(given, "jsonl");
                else if (optionDate != null) raw = raw.withDate(optionDate, "option");
                yield prepared(source, r.name(), hash, pipeline.parse(raw), rec.title(), rec.url(), rec.source());
            }
        };
    }

    /** The date given to every input (--date), or null. */
    public String optionDate() { return optionDate; }

    /** The date is the one the structure stage settled on (given with the document, else read from its text). */
    private PreparedDocument prepared(String source, String name, String hash, Document doc, String title, String url, String origin) {
        return new PreparedDocument(source, name, hash, title, doc.metadata().date(), doc.metadata().dateSource(), url, origin,
                pipeline.extract(doc));
    }

    private static <T> void put(BlockingQueue<T> q, T item) {
        try {
            q.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    /** Asks the store, before parsing, whether this exact content is already there (under this or another source). */
    private static final class KnownHashes {
        private final Connection c;

        KnownHashes(Connection c) { this.c = c; }

        synchronized boolean contains(String hash) {
            try {
                return Sql.exists(c, "SELECT 1 FROM documents WHERE content_hash = ?", hash);
            } catch (SQLException e) {
                return false;   // the writer decides again inside its transaction
            }
        }
    }
}
