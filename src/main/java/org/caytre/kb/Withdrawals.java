package org.caytre.kb;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Documents whose file left a watched folder: marked withdrawn ({@code documents.withdrawn_at}), never erased, so the
 * events and figures they support keep their evidence; a file that comes back is current again.
 *
 * <pre>{@code new Withdrawals(store).withdraw("/data/inbox/a.txt");}</pre>
 */
public final class Withdrawals {
    private final Store store;

    public Withdrawals(Store store) { this.store = store; }

    /** Sources of current (not withdrawn) documents stored from files under {@code folder} (an absolute path). */
    public List<String> currentUnder(String folder) throws SQLException {
        String prefix = folder.endsWith("/") ? folder : folder + "/";
        try (Connection c = store.connect()) {
            // substr rather than LIKE: a folder name may hold % or _
            return Sql.strings(c, "SELECT source FROM documents WHERE withdrawn_at IS NULL AND substr(source, 1, ?) = ?",
                    prefix.length(), prefix);
        }
    }

    /** Marks the document stored from {@code source} withdrawn; false when there is none or it already was. */
    public boolean withdraw(String source) throws SQLException {
        try (Connection c = store.connect()) {
            return Sql.update(c, "UPDATE documents SET withdrawn_at = ? WHERE source = ? AND withdrawn_at IS NULL",
                    IngestLog.now(), source) > 0;
        }
    }

    /** The file is back (or was ingested again): its document is current. */
    public void restore(String source) throws SQLException {
        try (Connection c = store.connect()) {
            Sql.update(c, "UPDATE documents SET withdrawn_at = NULL WHERE source = ? AND withdrawn_at IS NOT NULL", source);
        }
    }

    /** Ids of the withdrawn documents: searches leave them out unless asked (they stay readable and cited). */
    public List<String> ids() throws SQLException {
        try (Connection c = store.connect()) {
            return Sql.strings(c, "SELECT id FROM documents WHERE withdrawn_at IS NOT NULL");
        }
    }

    public long count() throws SQLException {
        try (Connection c = store.connect()) {
            return Sql.count(c, "SELECT COUNT(*) FROM documents WHERE withdrawn_at IS NOT NULL");
        }
    }
}
