package org.caytre.search;

import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.caytre.kb.StorageFault;
import org.caytre.kb.Store;

/**
 * Indexes committed documents on a thread of its own (through {@link IndexSync#index}, from the store's rows), so the
 * Lucene work — most of the single writer thread's time in the profile of {@code caytre ingest} (docs/profile-ingest.md)
 * — runs beside the store's writes instead of after each of them. A bounded queue keeps the index at most
 * {@code capacity} documents behind the store. The index is committed at checkpoints ({@code checkpointSeconds} apart)
 * and by {@link #finish}, never per document: a crash leaves the index behind the store, which the next command's
 * {@link IndexSync#repair} rebuilds from the rows.
 *
 * <pre>{@code try (BackgroundIndexer indexer = BackgroundIndexer.start(store, index, 256, 120)) {
 *     ingester.run(paths, listener, (docId, x) -> indexer.add(docId)); indexer.finish(); }}</pre>
 */
public final class BackgroundIndexer implements AutoCloseable {
    private static final String END = "\u0000end";

    private final BlockingQueue<String> queue;
    private final PassageIndex index;
    private final IndexSync sync;
    private final long checkpointNanos;
    private final Thread thread;
    private volatile RuntimeException failure;
    private boolean finished;

    private BackgroundIndexer(IndexSync sync, PassageIndex index, int capacity, long checkpointSeconds) {
        this.sync = sync;
        this.index = index;
        this.queue = new ArrayBlockingQueue<>(Math.max(1, capacity));
        this.checkpointNanos = TimeUnit.SECONDS.toNanos(checkpointSeconds);
        this.thread = Thread.ofPlatform().name("ingest-indexer").daemon().start(this::run);
    }

    /** Starts the indexing thread with a reading connection of its own to {@code store}. */
    public static BackgroundIndexer start(Store store, PassageIndex index, int capacity, long checkpointSeconds) throws SQLException {
        return new BackgroundIndexer(IndexSync.open(store, index), index, capacity, checkpointSeconds);
    }

    /** Queues a committed document; waits while the queue is full. Throws the indexing thread's failure, if any. */
    public void add(String docId) {
        try {
            while (!queue.offer(docId, 100, TimeUnit.MILLISECONDS)) rethrow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while queueing " + docId + " for the search index", e);
        }
        rethrow();
    }

    /** Indexes everything queued, commits, and stops the thread; throws the first indexing failure. */
    public void finish() {
        if (finished) { rethrow(); return; }
        finished = true;
        try {
            while (!queue.offer(END, 100, TimeUnit.MILLISECONDS)) if (failure != null) break;
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while finishing the search index", e);
        }
        rethrow();
        index.commit();
    }

    private void rethrow() {
        RuntimeException f = failure;
        if (f != null) throw f;
    }

    private void run() {
        long lastCommit = System.nanoTime();
        try {
            for (String id; (id = queue.take()) != END; ) {
                sync.index(id);
                if (System.nanoTime() - lastCommit > checkpointNanos) {
                    index.commit();
                    lastCommit = System.nanoTime();
                }
            }
        } catch (InterruptedException e) {
            failure = new IllegalStateException("search indexing interrupted", e);
            Thread.currentThread().interrupt();
        } catch (SQLException e) {
            failure = new StorageFault("cannot read the store to index it: " + StorageFault.describe(e), e);
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    /** Stops the thread without indexing what is still queued (when {@link #finish} was not called) and closes the
     *  connection. No interrupt: an interrupted Lucene write closes the index writer. */
    @Override
    public void close() throws SQLException {
        if (!finished) {
            finished = true;
            queue.clear();
            try {
                while (thread.isAlive() && !queue.offer(END, 100, TimeUnit.MILLISECONDS)) queue.clear();
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        sync.close();
    }
}
