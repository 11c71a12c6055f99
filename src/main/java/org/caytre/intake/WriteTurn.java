package org.caytre.intake;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One writer of a data directory at a time inside one process: a server's uploads, its re-runs of the failures and
 * its scheduled feed polls take turns on the store and the search index, and one that cannot wait (a re-run asked for
 * from the UI) is told which write is under way. Other processes are kept out by the index's own lock.
 *
 * <pre>{@code try (WriteTurn.Held turn = WriteTurn.of(dataDir).take("an upload")) { … }}</pre>
 */
public final class WriteTurn {
    private static final ConcurrentMap<Path, WriteTurn> TURNS = new ConcurrentHashMap<>();

    private final ReentrantLock lock = new ReentrantLock();
    private volatile String holder;

    private WriteTurn() {}

    /** The turn of {@code dataDir} (the same object for every spelling of the same folder). */
    public static WriteTurn of(Path dataDir) {
        return TURNS.computeIfAbsent(dataDir.toAbsolutePath().normalize(), k -> new WriteTurn());
    }

    /** Held until closed; closing twice is harmless. */
    public interface Held extends AutoCloseable {
        @Override void close();
    }

    /** Waits for the turn; {@code what} names this write to whoever is refused meanwhile ("an upload"). */
    public Held take(String what) throws InterruptedException {
        lock.lockInterruptibly();
        return held(what);
    }

    /** The turn now, or empty when another write holds it (then {@link #holder} names it). */
    public Optional<Held> tryTake(String what) {
        return lock.tryLock() ? Optional.of(held(what)) : Optional.empty();
    }

    /** The write that holds the turn ("a feeds poll"), or "another write" when it has just ended. */
    public String holder() {
        String h = holder;
        return h == null ? "another write" : h;
    }

    /** The turn is reentrant (a re-run holding it writes through a writer that takes it again): an inner release
     *  gives the name back to the outer holder. */
    private Held held(String what) {
        String outer = holder;
        holder = what;
        boolean[] released = {false};
        return () -> {
            if (released[0]) return;
            released[0] = true;
            holder = lock.getHoldCount() > 1 ? outer : null;
            lock.unlock();
        };
    }
}
