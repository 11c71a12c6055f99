package org.caytre.intake;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.caytre.kb.IngestLog;
import org.caytre.kb.Ingester;
import org.caytre.kb.Store;
import org.caytre.pipeline.Pipeline;
import org.caytre.search.IndexSync;
import org.caytre.search.PassageIndex;

/**
 * The store's writer and the search index's, held for a long-running intake (watch, feeds): each batch of files goes
 * through {@link Ingester} (the path {@code caytre ingest} takes), is indexed from the committed rows and logged in the
 * store's ingestion log. Opening repairs what a crash left in the index.
 *
 * <pre>{@code try (IndexedIngest in = IndexedIngest.open(store, dataDir.resolve("index"), err);
 *      IngestLog.Run run = IngestLog.start(store, "watch", "/inbox")) { in.ingest(run, files, null, null); run.finish(null); }}</pre>
 */
public final class IndexedIngest implements AutoCloseable {
    private static final Ingester.Listener QUIET = (source, status, bytes, reason) -> { };

    private final Store store;
    private final AutoCloseable writing;
    private final PassageIndex index;
    private final IndexSync sync;
    private final int workers;
    private final boolean ownsIndex;
    private final WriteTurn turn;   // taken by each ingest, or null: the caller holds the writer
    private final String what;

    /** Opens the writer an intake goes through (its own, or one over a server's open index). */
    public interface Opener {
        IndexedIngest open() throws SQLException;
    }

    private IndexedIngest(Store store, AutoCloseable writing, PassageIndex index, IndexSync sync, int workers, boolean ownsIndex,
                          WriteTurn turn, String what) {
        this.turn = turn;
        this.what = what;
        this.store = store;
        this.writing = writing;
        this.index = index;
        this.sync = sync;
        this.workers = workers;
        this.ownsIndex = ownsIndex;
    }

    public static IndexedIngest open(Store store, Path indexDir, PrintWriter err) throws SQLException {
        AutoCloseable writing = store.writerLock(err);
        PassageIndex index = PassageIndex.open(indexDir);
        try {
            IndexSync.Repair repair = IndexSync.repair(store, index);
            if (repair.changed())
                err.printf("caytre: search index repaired (%d documents removed, %d rebuilt from the store)%n", repair.removed(), repair.rebuilt());
            return new IndexedIngest(store, writing, index, IndexSync.open(store, index), Runtime.getRuntime().availableProcessors(), true,
                    null, null);
        } catch (SQLException | RuntimeException e) {
            index.close();
            throw e;
        }
    }

    /** Writes through an index another part of this process holds open for writing (a server's, checked against the
     *  store when it opened it); closing leaves that index open. Its writes take turns through {@link WriteTurn}: the
     *  caller holds the turn for as long as it writes. */
    public static IndexedIngest over(Store store, PassageIndex openIndex) throws SQLException {
        return over(store, openIndex, null, null);
    }

    /** As {@link #over(Store, PassageIndex)}, each {@link #ingest} taking {@code turn} (named {@code what}) only while
     *  it writes, so a long intake (a feeds poll fetching pages) lets the server's uploads in between its documents. */
    public static IndexedIngest over(Store store, PassageIndex openIndex, WriteTurn turn, String what) throws SQLException {
        return new IndexedIngest(store, () -> { }, openIndex, IndexSync.open(store, openIndex), 1, false, turn, what);
    }

    public Store store() { return store; }

    /** Ingests {@code paths} ({@code date}: their date of publication, or null), logged under {@code run}. */
    public Ingester.Summary ingest(IngestLog.Run run, List<Path> paths, String date, Ingester.Listener also)
            throws SQLException, InterruptedException {
        run.expect(IngestLog.inputSize(paths));
        try (WriteTurn.Held held = turn == null ? null : turn.take(what)) {
            try {
                return new Ingester(store, Pipeline.standard(), date, workers).run(paths, run.and(also == null ? QUIET : also),
                        (docId, x) -> sync.index(docId));
            } finally {
                index.commit();   // what was stored is searchable, even when the run ended early
            }
        }
    }

    @Override
    public void close() throws Exception {
        try (AutoCloseable w = writing; AutoCloseable i = ownsIndex ? index : () -> { }) {
            sync.close();
        }
    }
}
