package org.caytre.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;

/**
 * Where the knowledge base lives: an SQLite file {@code DIR/caytre.db} in a data directory (WAL mode, so readers do
 * not wait for the one writer), or a PostgreSQL database given by a JDBC URL. Opening runs the Flyway migrations of
 * {@code db/migration/}, the same files for both. {@code DIR/index/} is left to the search index.
 *
 * <pre>{@code try (Store store = Store.open(Path.of("caytre-data"), null)) { new KnowledgeBase(store).documents(); }}</pre>
 */
public final class Store implements AutoCloseable {
    public static final String DEFAULT_DATA = "caytre-data";

    private final String url;
    private final boolean postgres;

    private Store(String url) {
        this.url = url;
        this.postgres = url.startsWith("jdbc:postgresql:");
    }

    /** Opens (and migrates) the PostgreSQL database at {@code jdbcUrl}, or the SQLite file in {@code dataDir} when
     *  the URL is null. */
    public static Store open(Path dataDir, String jdbcUrl) {
        String url = jdbcUrl;
        if (url == null || url.isBlank()) {
            try {
                Files.createDirectories(dataDir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create data directory " + dataDir + ": " + e.getMessage(), e);
            }
            url = "jdbc:sqlite:" + dataDir.toAbsolutePath().resolve("caytre.db");
        } else if (!url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:sqlite:")) {
            throw new IllegalArgumentException("--db must be a jdbc:postgresql: or jdbc:sqlite: URL, not " + url);
        }
        Store store = new Store(url);
        store.requireIntact();
        store.migrate();
        return store;
    }

    /**
     * The store without migrating or checking it, for {@code caytre doctor}, which checks and repairs a damaged file
     * that {@link #open} refuses.
     */
    public static Store openForRepair(Path dataDir, String jdbcUrl) {
        if (jdbcUrl != null && !jdbcUrl.isBlank()) return new Store(jdbcUrl);
        return new Store("jdbc:sqlite:" + dataDir.toAbsolutePath().resolve("caytre.db"));
    }

    /**
     * SQLite's {@code PRAGMA quick_check} (every page and b-tree well formed; a few seconds per GB): the problems it
     * lists, empty when the file is intact or missing. PostgreSQL checks its own pages as it reads them: always empty.
     */
    public java.util.List<String> quickCheck() throws SQLException {
        java.util.List<String> problems = new java.util.ArrayList<>();
        if (postgres || !Files.exists(Path.of(where()))) return problems;
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             java.sql.ResultSet r = s.executeQuery("PRAGMA quick_check(20)")) {
            while (r.next()) if (!"ok".equalsIgnoreCase(r.getString(1))) problems.add(r.getString(1));
        }
        return problems;
    }

    /** Refuses a damaged file before anything writes into it: one line naming the file, the damage and the remedy. */
    private void requireIntact() {
        java.util.List<String> problems;
        try {
            problems = quickCheck();
        } catch (SQLException e) {
            if (!StorageFault.describe(e).startsWith("corrupt")) return;   // unreadable for another reason: migrate() names it
            problems = java.util.List.of(StorageFault.describe(e));
        }
        if (!problems.isEmpty())
            throw new StorageFault("the knowledge base " + where() + " is damaged (quick_check: " + problems.get(0).replaceAll("\\s+", " ")
                    + (problems.size() > 1 ? "; " + (problems.size() - 1) + " more" : "") + "); run caytre doctor to check and repair it", null);
    }

    /** The data directory and database from the options, falling back to {@code CAYTRE_DATA} and {@code CAYTRE_DB}. */
    public static Store open(String dataOption, String dbOption) {
        String db = dbOption != null ? dbOption : System.getenv("CAYTRE_DB");
        return open(dataDir(dataOption), db);
    }

    /** The data directory from the option, else {@code CAYTRE_DATA}, else {@value #DEFAULT_DATA}; the search index lives in it too. */
    public static Path dataDir(String dataOption) {
        return Path.of(dataOption != null ? dataOption : System.getenv().getOrDefault("CAYTRE_DATA", DEFAULT_DATA));
    }

    private void migrate() {
        try (Connection c = connect()) {
            // the first connection switches the file to WAL (a setting kept in the file); Flyway then migrates. Features land
            // in any order with their reserved version ranges, so a store migrated past a later version still takes an
            // earlier one that arrives after it (outOfOrder)
            Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").outOfOrder(true).load().migrate();
        } catch (SQLException | org.flywaydb.core.api.FlywayException e) {
            String why = whyNot(e);
            throw new StorageFault("cannot open the knowledge base " + where() + ": " + why
                    + (why.startsWith("corrupt") ? "; run caytre doctor to check and repair it" : ""), e);
        }
    }

    /** The cause of a failed open, in words: SQLite's CANTOPEN says nothing of a read-only folder or file. */
    private String whyNot(Exception e) {
        if (!postgres) {
            Path file = Path.of(where()), folder = file.toAbsolutePath().getParent();
            if (!Files.isWritable(folder) || (Files.exists(file) && !Files.isWritable(file)))
                return "read-only: " + (Files.isWritable(folder) ? file : "the folder " + folder) + " cannot be written"
                        + " (SQLite writes its -wal and -shm files beside the database, even to read it)";
        }
        return StorageFault.describe(e);
    }

    /** PostgreSQL: a JDBC batch of inserts goes as multi-row INSERTs (one statement per up to 128 rows, not one per row);
     *  a setting in the URL overrides it. */
    private static final java.util.Properties POSTGRES_SETTINGS = new java.util.Properties();
    static { POSTGRES_SETTINGS.setProperty("reWriteBatchedInserts", "true"); }

    /** A new connection in auto-commit mode; the caller closes it. */
    public Connection connect() throws SQLException {
        if (postgres) return DriverManager.getConnection(url, POSTGRES_SETTINGS);
        Connection c = DriverManager.getConnection(url);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA foreign_keys=ON");
            s.execute("PRAGMA busy_timeout=30000");
            s.execute("PRAGMA synchronous=NORMAL");   // WAL + NORMAL: a killed process loses no commit
        }
        return c;
    }

    public boolean isPostgres() { return postgres; }

    /** The advisory lock every PostgreSQL writer takes (a constant: "caytre" in ASCII), one writer at a time. */
    private static final long WRITER_LOCK = 0x636179747265L;

    /**
     * Holds the store's one writer until closed. PostgreSQL: a session advisory lock, waited for (saying so on
     * {@code err}) while another ingest holds it, so two ingests into one database take turns instead of colliding on
     * keys. SQLite: nothing to do here; the search index beside the file has its own lock, which names the other writer.
     */
    public AutoCloseable writerLock(java.io.PrintWriter err) throws SQLException {
        if (!postgres) return () -> { };
        Connection c = connect();
        try (Statement s = c.createStatement()) {
            var r = s.executeQuery("SELECT pg_try_advisory_lock(" + WRITER_LOCK + ")");
            r.next();
            if (!r.getBoolean(1)) {
                err.println("caytre: another caytre ingest is writing to " + where() + "; waiting for it to finish …");
                err.flush();
                s.execute("SELECT pg_advisory_lock(" + WRITER_LOCK + ")");
            }
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c::close;   // closing the session releases the lock
    }

    public String url() { return url; }

    /** Where the data is, for messages: the SQLite file, or the PostgreSQL URL without its parameters (a password). */
    public String where() {
        if (!postgres) return url.substring("jdbc:sqlite:".length());
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }

    @Override public void close() {}
}
