package org.caytre.kb;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The two real backends the store tests run on: an SQLite file in a temporary folder, and a PostgreSQL cluster
 * named by {@code CAYTRE_TEST_PG} (a JDBC URL; {@code .ci/run} starts a throwaway cluster and sets it). Each
 * PostgreSQL test gets a schema of its own. Without {@code CAYTRE_TEST_PG} the PostgreSQL cases are skipped.
 */
public final class Backends {
    static final String SQLITE = "sqlite", POSTGRESQL = "postgresql";

    private Backends() {}

    static Stream<String> all() { return Stream.of(SQLITE, POSTGRESQL); }

    /** A fresh, empty database for the backend: null for SQLite (the data directory decides), a JDBC URL otherwise. */
    public static String freshUrl(String backend) throws SQLException {
        if (backend.equals(SQLITE)) return null;
        String base = System.getenv("CAYTRE_TEST_PG");
        assumeTrue(base != null && !base.isBlank(), "CAYTRE_TEST_PG is not set: PostgreSQL store tests skipped");
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    static Store open(String backend, Path dataDir) throws SQLException {
        return Store.open(dataDir, freshUrl(backend));
    }
}
