package org.caytre.kb;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;
import java.util.Locale;

/**
 * A failure of the disk or files under the store or the search index (full, read-only, corrupt, unreachable), as
 * opposed to a problem with one document: the batch cannot go on, and the one-line message names the file and the
 * real cause, which {@link #describe} digs out of wrapped and suppressed exceptions.
 */
public final class StorageFault extends RuntimeException {
    public StorageFault(String message, Throwable cause) {
        super(message, cause);
    }

    /** Whether {@code e} (or a cause) says the disk or file is at fault rather than the data written. */
    public static boolean isStorage(Throwable e) {
        return kind(e) != null;
    }

    /** "disk full (…)", "read-only (…)", "corrupt (…)", … or the innermost message when the cause is something else. */
    public static String describe(Throwable e) {
        String kind = kind(e);
        String detail = innermost(e);
        return kind == null ? detail : kind + " (" + detail + ")";
    }

    private static String kind(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StorageFault) return null;   // already described
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            String state = t instanceof SQLException s && s.getSQLState() != null ? s.getSQLState() : "";
            if (m.contains("no space left") || m.contains("sqlite_full") || m.contains("disk is full")
                    || m.contains("disk full") || state.startsWith("53")) return "disk full";
            if (m.contains("read-only") || m.contains("readonly") || m.contains("read only")) return "read-only";
            if (t instanceof AccessDeniedException || m.contains("permission denied") || m.contains("sqlite_cantopen")
                    || m.contains("sqlite_perm")) return "cannot open or write (permissions?)";
            if (m.contains("sqlite_corrupt") || m.contains("malformed") || m.contains("sqlite_notadb")
                    || m.contains("not a database") || state.equals("XX001") || state.equals("XX002")
                    || t.getClass().getSimpleName().contains("Corrupt")) return "corrupt";
            if (m.contains("sqlite_ioerr") || m.contains("input/output error") || state.startsWith("08")
                    || (t instanceof FileSystemException && !(t instanceof java.nio.file.NoSuchFileException))) return "i/o error";
            if (t instanceof IOException && t.getCause() == null && !(t instanceof java.io.FileNotFoundException)) return "i/o error";
        }
        return null;
    }

    private static String innermost(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.replaceAll("\\s+", " ").strip();
    }
}
