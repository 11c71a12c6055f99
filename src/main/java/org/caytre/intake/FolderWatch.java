package org.caytre.intake;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.caytre.kb.IngestLog;
import org.caytre.kb.Ingestible;
import org.caytre.kb.Ingester;
import org.caytre.kb.Withdrawals;

/**
 * {@code caytre watch}: keeps folders ingested by polling them. Polling rather than {@link java.nio.file.WatchService}
 * because the stability check must look at every file's size and time anyway, because a WatchService is not recursive
 * and loses events on overflow, and because a shared network folder (where dispatches are dropped) sends no inotify
 * events for files written from another machine; a walk every few seconds is cheap next to parsing.
 * <p>A file is read only when its size and modification time are the same at two checks in a row (a file still being
 * copied is left for the next check), and only when they differ from the last time it was read. Deleted files are
 * withdrawn (their facts stay). Nothing is kept in memory across runs: after a restart every stable file goes through
 * {@link Ingester} again, which skips the ones whose content hash the store already holds.
 *
 * <pre>{@code FolderWatch w = new FolderWatch(ingest, List.of(inbox), List.of("*.bak"), out); w.check(); w.check();}</pre>
 */
public final class FolderWatch {
    /** Names a copying program writes before renaming, and editors' backups: never read. */
    public static final List<String> DEFAULT_IGNORE = List.of("*.part", "*.tmp", "*.crdownload", "~$*", "*.swp", "*~");

    /** What one check did. {@code waiting}: files seen changing, left for the next check. */
    public record Check(int stored, int unchanged, int failed, int withdrawn, int waiting) {
        boolean quiet() { return stored + unchanged + failed + withdrawn == 0; }
    }

    private record Stamp(long size, long modified) {}

    private final IndexedIngest ingest;
    private final List<Path> folders;
    private final List<PathMatcher> ignore = new ArrayList<>();
    private final PrintWriter out;
    private final Withdrawals withdrawals;
    private Map<Path, Stamp> seen = new HashMap<>();
    private final Map<Path, Stamp> read = new HashMap<>();
    private boolean first = true;

    public FolderWatch(IndexedIngest ingest, List<Path> folders, List<String> ignoreGlobs, PrintWriter out) {
        this.ingest = ingest;
        this.folders = folders.stream().map(f -> f.toAbsolutePath().normalize()).toList();
        this.out = out;
        this.withdrawals = new Withdrawals(ingest.store());
        for (String g : DEFAULT_IGNORE) ignore.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
        for (String g : ignoreGlobs) ignore.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
    }

    /** One look at the folders: ingests what is stable and new or changed, withdraws what disappeared. */
    public Check check() throws SQLException, InterruptedException {
        Map<Path, Stamp> now = new HashMap<>();
        Set<Path> unreadable = new HashSet<>();
        for (Path folder : folders) if (!list(folder, now)) unreadable.add(folder);
        List<Path> ready = new ArrayList<>();
        int waiting = 0;
        for (var e : new java.util.TreeMap<>(now).entrySet()) {
            Stamp before = seen.get(e.getKey());
            if (e.getValue().equals(read.get(e.getKey()))) continue;
            if (e.getValue().equals(before)) ready.add(e.getKey());
            else waiting++;
        }
        Set<String> gone = new TreeSet<>();
        for (Path p : seen.keySet()) if (!now.containsKey(p) && !under(p, unreadable)) gone.add(p.toString());
        if (first) {   // deleted while nobody watched
            for (Path folder : folders)
                if (!unreadable.contains(folder))
                    for (String source : withdrawals.currentUnder(folder.toString()))
                        if (!now.containsKey(Path.of(source))) gone.add(source);
            first = false;
        }
        seen = now;
        read.keySet().removeIf(p -> !now.containsKey(p));
        if (ready.isEmpty() && gone.isEmpty()) return new Check(0, 0, 0, 0, waiting);
        int withdrawn = 0;
        Map<String, Ingester.Status> status = new HashMap<>();
        try (IngestLog.Run run = IngestLog.start(ingest.store(), "watch", String.join(" ", folders.stream().map(Path::toString).toList()))) {
            for (String source : gone)
                if (withdrawals.withdraw(source)) {
                    withdrawn++;
                    run.record(source, "withdrawn", null, 0);
                    out.println("watch: withdrawn " + source);
                }
            if (!ready.isEmpty()) {
                ingest.ingest(run, ready, null, (source, s, bytes, reason) -> {
                    status.put(source, s);
                    if (s == Ingester.Status.FAILED) out.println("caytre: " + source + ": " + reason);
                    else if (s != Ingester.Status.UNCHANGED) out.println("watch: " + s.name().toLowerCase(java.util.Locale.ROOT) + " " + source);
                });
                for (Path p : ready) {
                    read.put(p, now.get(p));   // a failed file is tried again when it changes, or by status --rerun-failures
                    Ingester.Status s = status.get(p.toString());
                    if (s != null && s != Ingester.Status.FAILED) withdrawals.restore(p.toString());
                }
            }
            run.finish(null);
        }
        out.flush();
        int stored = count(status, Ingester.Status.STORED) + count(status, Ingester.Status.REPLACED);
        return new Check(stored, count(status, Ingester.Status.UNCHANGED), count(status, Ingester.Status.FAILED), withdrawn, waiting);
    }

    private static int count(Map<String, Ingester.Status> status, Ingester.Status s) {
        return (int) status.values().stream().filter(s::equals).count();
    }

    private static boolean under(Path p, Set<Path> folders) {
        return folders.stream().anyMatch(p::startsWith);
    }

    /** Adds the folder's readable files to {@code into}; false when the folder itself cannot be read (an unmounted
     *  share, say: its files are then not taken for deleted). */
    private boolean list(Path folder, Map<Path, Stamp> into) {
        if (!Files.isDirectory(folder)) {
            out.println("caytre: " + folder + ": no such folder (its documents are kept; checking again)");
            return false;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes a) {
                    return !dir.equals(folder) && dir.getFileName().toString().startsWith(".") ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
                    if (a.isRegularFile() && Ingestible.file(file) && !ignored(folder.relativize(file)))
                        into.put(file, new Stamp(a.size(), a.lastModifiedTime().toMillis()));
                    return FileVisitResult.CONTINUE;
                }

                @Override public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;   // gone between listing and reading, or unreadable: next check
                }
            });
            return true;
        } catch (IOException e) {
            out.println("caytre: " + folder + ": cannot list folder: " + e.getMessage());
            return false;
        }
    }

    private boolean ignored(Path relative) {
        return ignore.stream().anyMatch(m -> m.matches(relative.getFileName()) || m.matches(relative));
    }
}
