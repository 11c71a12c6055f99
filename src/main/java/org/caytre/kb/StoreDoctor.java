package org.caytre.kb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The store half of {@code caytre doctor}: SQLite's page check and what can repair it (REINDEX rebuilds damaged
 * indexes of the database from their tables; failing that, every table is copied row by row into a new file with fresh
 * indexes, which replaces the damaged one, kept beside it; damaged rows cannot be repaired), then the rows: counts, and rows that point at nothing
 * (deleted when repairing). Each finding is one line to {@code say}.
 *
 * <pre>{@code StoreDoctor d = new StoreDoctor(Store.openForRepair(dir, null), true, System.out::println); d.checkPages(); }</pre>
 */
public final class StoreDoctor {
    /** Rows that belong to a document, by table. */
    private static final List<String> DOCUMENT_ROWS = List.of("passages", "entity_mentions", "event_mentions", "statistics");

    private final Store store;
    private final boolean repair;
    private final Consumer<String> say;
    private int problems, repaired;
    private String whyNot = "";   // why the last repair failed

    public StoreDoctor(Store store, boolean repair, Consumer<String> say) {
        this.store = store;
        this.repair = repair;
        this.say = say;
    }

    /** Problems found and not repaired. */
    public int problemsLeft() { return problems - repaired; }

    public int repaired() { return repaired; }

    /** {@code PRAGMA quick_check}; when damaged and repairing: REINDEX, else a copy of what is readable. */
    public void checkPages() throws SQLException {
        if (store.isPostgres()) {
            say.accept("store " + store.where() + ": PostgreSQL (it checks its own pages)");
            return;
        }
        List<String> found;
        try {
            found = store.quickCheck();
        } catch (SQLException e) {
            found = List.of(StorageFault.describe(e));
        }
        if (found.isEmpty()) {
            say.accept("store " + store.where() + ": quick_check ok");
            return;
        }
        problems++;
        say.accept("store " + store.where() + ": damaged (quick_check: " + found.get(0).replaceAll("\\s+", " ")
                + (found.size() > 1 ? "; " + (found.size() - 1) + " more" : "") + ")");
        if (!repair) return;
        if (reindexed()) {
            repaired++;
            say.accept("store: repaired with REINDEX (the damage was in the database's own indexes; no row lost)");
            return;
        }
        Path kept = copiedOut();
        if (kept != null) {
            repaired++;
            say.accept("store: repaired by copying every table into a new file; the damaged file is kept as " + kept
                    + " (every row was readable; the database's own indexes were rebuilt)");
        } else {
            say.accept("store: cannot repair " + store.where() + " (" + whyNot + "): restore it from a backup, or move it aside and run caytre ingest on the sources again");
        }
    }

    private boolean reindexed() {
        try (Connection c = store.connect(); Statement s = c.createStatement()) {
            s.execute("REINDEX");
        } catch (SQLException e) {
            whyNot = StorageFault.describe(e);
            return false;
        }
        try {
            return store.quickCheck().isEmpty();
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Copies every table, row by row, into a new file migrated to the same schema, whose indexes are built afresh; when
     * the copy passes quick_check it replaces the damaged file, which is kept. Null when a table cannot be read (the
     * damage is in the rows themselves). {@code WHERE 1} keeps SQLite from copying the damaged indexes page by page.
     */
    private Path copiedOut() {
        Path file = Path.of(store.where()), copy = file.resolveSibling(file.getFileName() + ".recovered");
        try {
            Files.deleteIfExists(copy);
            Store recovered = Store.open(file.getParent(), "jdbc:sqlite:" + copy);
            try (Connection c = java.sql.DriverManager.getConnection(store.url()); Statement s = c.createStatement()) {
                s.execute("PRAGMA foreign_keys=OFF");
                s.execute("ATTACH DATABASE '" + copy.toString().replace("'", "''") + "' AS recovered");
                s.execute("PRAGMA recovered.foreign_keys=OFF");
                List<String> tables = Sql.strings(c, "SELECT name FROM main.sqlite_master WHERE type = 'table'"
                        + " AND name NOT LIKE 'sqlite_%' AND name <> 'flyway_schema_history' ORDER BY name");
                c.setAutoCommit(false);
                for (String t : tables) s.execute("INSERT INTO recovered.\"" + t + "\" SELECT * FROM main.\"" + t + "\" WHERE 1");
                c.commit();
                c.setAutoCommit(true);
                s.execute("DETACH DATABASE recovered");
            }
            if (!recovered.quickCheck().isEmpty()) {
                whyNot = "the copy is damaged too";
                Files.deleteIfExists(copy);
                return null;
            }
            Path kept = file.resolveSibling(file.getFileName() + ".damaged-" + Instant.now().toString().replace(':', '-'));
            Files.move(file, kept);
            for (String side : List.of("-wal", "-shm")) {
                Path p = file.resolveSibling(file.getFileName() + side);
                if (Files.exists(p)) Files.move(p, kept.resolveSibling(kept.getFileName() + side));
            }
            try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + copy); Statement s = c.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");   // everything in the file itself before it moves
            }
            Files.move(copy, file, StandardCopyOption.ATOMIC_MOVE);
            for (String side : List.of("-wal", "-shm")) Files.deleteIfExists(copy.resolveSibling(copy.getFileName() + side));
            return kept;
        } catch (SQLException | IOException | RuntimeException e) {
            whyNot = StorageFault.describe(e);
            try {
                Files.deleteIfExists(copy);
            } catch (IOException ignored) {
                // nothing more to undo
            }
            return null;
        }
    }

    /** Counts, rows of documents that are not there (deleted when repairing), documents with no classification
     *  ({@link Reclassifier}); on an open, migrated store. */
    public void checkRows() throws SQLException {
        try (Connection c = store.connect()) {
            say.accept(String.format("store: %d documents, %d passages, %d events, %d statistics",
                    Sql.count(c, "SELECT COUNT(*) FROM documents"), Sql.count(c, "SELECT COUNT(*) FROM passages"),
                    Sql.count(c, "SELECT COUNT(*) FROM events"), Sql.count(c, "SELECT COUNT(*) FROM statistics")));
            for (String table : DOCUMENT_ROWS) {
                String orphans = " FROM " + table + " t WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = t.doc_id)";
                long n = Sql.count(c, "SELECT COUNT(*)" + orphans);
                if (n == 0) continue;
                problems++;
                say.accept("store: " + n + " rows of " + table + " belong to no document");
                if (repair) {
                    Sql.update(c, "DELETE" + orphans.replace(" t WHERE", " WHERE").replace("t.doc_id", table + ".doc_id"));
                    repaired++;
                    say.accept("store: deleted them");
                }
            }
            long unclassified = Sql.count(c, "SELECT COUNT(*) FROM documents WHERE relevance IS NULL");
            if (unclassified > 0) {   // left to --reclassify: it rewrites derived rows of every such document, which takes time
                problems++;
                say.accept("store: " + unclassified + " documents have no foreign-relations relevance or areas of work (stored before"
                        + " they existed, V30: they count as relevant with no area); caytre doctor --reclassify computes them");
            }
            String empty = " FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_mentions m WHERE m.event_id = e.id)";
            long n = Sql.count(c, "SELECT COUNT(*)" + empty);
            if (n > 0) {
                problems++;
                say.accept("store: " + n + " events have no mention");
                if (repair) {
                    Sql.update(c, "DELETE FROM events WHERE NOT EXISTS (SELECT 1 FROM event_mentions m WHERE m.event_id = events.id)");
                    repaired++;
                    say.accept("store: deleted them");
                }
            }
        }
    }
}
