package org.caytre.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.SQLException;
import org.caytre.kb.StorageFault;
import org.caytre.kb.Store;
import org.caytre.search.IndexSync;
import org.caytre.search.PassageIndex;

/**
 * The server's search index, kept in step with its folder: every few seconds the folder is looked at again, so an
 * index deleted under the running server, or rebuilt (by {@code caytre doctor}, or deleted and re-ingested), is
 * noticed. A read-only server reopens the new index (or answers 503 while there is none) and otherwise picks up new
 * commits; a server that writes (it has a write token) recreates a deleted index and rebuilds it from the store.
 */
final class LiveIndex implements AutoCloseable {
    private static final long CHECK_NANOS = 2_000_000_000L;

    private final Path dir;
    private final Store store;
    private final boolean writable;
    private volatile PassageIndex index;     // null while the folder holds no index
    private PassageIndex retired;            // replaced by a reopen; closed at the next check, when searches are done with it
    private volatile Object folder;          // the folder's identity (inode) when the index was opened
    private volatile long lastCheck = System.nanoTime();

    LiveIndex(Path dir, Store store, boolean writable) {
        this.dir = dir;
        this.store = store;
        this.writable = writable;
        if (writable) {
            index = PassageIndex.open(dir);
            repair(index);   // a server killed mid-upload leaves a stored document unindexed
        } else if (Files.isDirectory(dir)) {
            index = openReadOnly();
        }
        folder = identity();
    }

    /** The index, or a 503 saying how to build one. */
    PassageIndex get() {
        if (System.nanoTime() - lastCheck > CHECK_NANOS) check();
        PassageIndex current = index;
        if (current == null)
            throw new ApiException(503, "no_index", "no search index in the data directory's index folder; run caytre ingest (or caytre doctor) to build it");
        return current;
    }

    boolean present() {
        if (System.nanoTime() - lastCheck > CHECK_NANOS) check();
        return index != null;
    }

    /** Looks at the folder again: gone, replaced, or with new commits. */
    synchronized void check() {
        lastCheck = System.nanoTime();
        if (retired != null) {
            closeQuietly(retired);
            retired = null;
        }
        Object now = identity();
        PassageIndex current = index;
        if (current != null && now != null && now.equals(folder)) {
            if (writable) return;
            try {
                current.refresh();   // a caytre ingest beside the server shows up without a restart
                return;
            } catch (RuntimeException e) {
                // files of the open index vanished (rebuilt in place): reopen below
            }
        }
        index = null;
        if (writable) {
            // a writer closing commits into whatever folder stands at its path: close it only while none does, and
            // leave it open (unused) when another index was put there, rather than write into that one
            if (now == null) closeQuietly(current);
            index = PassageIndex.open(dir);   // recreated and rebuilt from the store
            repair(index);
            System.err.println("caytre serve: the search index " + dir + " was " + (now == null ? "deleted" : "replaced")
                    + " under the server; rebuilt from the store");
        } else {
            retired = current;
            if (now != null) index = openReadOnly();
        }
        folder = identity();
    }

    private PassageIndex openReadOnly() {
        try {
            return PassageIndex.openReadOnly(dir);
        } catch (IllegalStateException e) {
            return null;   // an empty folder: search answers 503 until something is ingested
        }
    }

    private void repair(PassageIndex target) {
        try {
            IndexSync.repair(store, target);
        } catch (SQLException e) {
            throw new StorageFault("cannot check the search index against " + store.where() + ": " + StorageFault.describe(e), e);
        }
    }

    /** The folder's inode (it changes when the folder is deleted and made again), or null when it is missing. */
    private Object identity() {
        try {
            Object key = Files.readAttributes(dir, BasicFileAttributes.class).fileKey();
            return key != null ? key : Files.getLastModifiedTime(dir);
        } catch (IOException e) {
            return null;
        }
    }

    private static void closeQuietly(PassageIndex i) {
        try {
            if (i != null) i.close();
        } catch (RuntimeException e) {
            // its files are gone already
        }
    }

    @Override
    public synchronized void close() {
        closeQuietly(retired);
        PassageIndex current = index;
        index = null;
        if (current != null) current.close();
    }
}
