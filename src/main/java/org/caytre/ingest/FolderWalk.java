package org.caytre.ingest;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * The files of a folder, read recursively the same way by {@code parse}, {@code extract} and {@code ingest}: symbolic
 * links followed, a link back to a folder already read named and skipped, a broken link named and skipped, hidden
 * files left out; sorted by path.
 *
 * <pre>{@code List<Path> files = FolderWalk.files(dir, wanted, (path, reason) -> err.println(path + ": " + reason)); }</pre>
 */
public final class FolderWalk {
    private FolderWalk() {}

    /** The regular files under {@code dir} that {@code wanted} accepts; each problem goes to {@code bad} as (path, reason). */
    public static List<Path> files(Path dir, Predicate<Path> wanted, BiConsumer<Path, String> bad) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override public FileVisitResult visitFile(Path f, BasicFileAttributes a) {
                    if (f.getFileName().toString().startsWith(".") || !wanted.test(f)) return FileVisitResult.CONTINUE;
                    if (a.isRegularFile()) files.add(f);
                    else if (a.isSymbolicLink()) bad.accept(f, DocumentReader.missing(f) + "; skipped");   // the link could not be followed
                    return FileVisitResult.CONTINUE;
                }

                @Override public FileVisitResult visitFileFailed(Path f, IOException e) {
                    bad.accept(f, e instanceof FileSystemLoopException ? "symbolic link loop (leads back to a folder already read); skipped"
                            : "cannot read: " + e.getMessage());
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            bad.accept(dir, "cannot read folder: " + e.getMessage());
        }
        files.sort(null);
        return files;
    }

    /** A malformed line of a {@code .jsonl} corpus ("line N: reason…" from {@link JsonlCorpus}) as where and one-line reason. */
    public static String[] badLine(Path corpus, String message) {
        String m = message.replaceFirst("^line ", "");
        int colon = m.indexOf(": ");
        String first = m.lines().findFirst().orElse("");
        return colon > 0 && m.substring(0, colon).matches("\\d+") ? new String[] {corpus + ":" + m.substring(0, colon), first.substring(colon + 2)}
                : new String[] {corpus.toString(), first};
    }
}
