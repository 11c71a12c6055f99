package org.caytre.spark;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.concurrent.locks.ReentrantLock;
import org.caytre.kb.Store;

/**
 * The store has one writer at a time (a document's transaction recomputes the merged events its mentions touch, from
 * every committed mention): executors extract in parallel and take turns to write a batch. PostgreSQL: the store's
 * own advisory lock ({@link Store#writerLock}), which a running {@code caytre ingest} also takes, so the cluster and a
 * single-machine ingest take turns too. SQLite (local mode only, every task in one JVM): a lock in this JVM.
 */
final class WriterTurn {
    private static final ReentrantLock LOCAL = new ReentrantLock();

    private WriterTurn() {}

    static AutoCloseable take(Store store) throws Exception {
        if (store.isPostgres()) return store.writerLock(new PrintWriter(Writer.nullWriter()));
        LOCAL.lockInterruptibly();
        return LOCAL::unlock;
    }
}
