package org.caytre.kb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One connection with its prepared statements kept for reuse (preparing a statement costs as much as running a small
 * one), and rows added to statement batches across documents, sent together by {@link #flush}: one
 * {@code executeBatch} per table for a whole transaction, which PostgreSQL's driver rewrites into multi-row inserts.
 */
final class Statements implements AutoCloseable {
    private final Connection c;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();
    private final Set<PreparedStatement> batched = new LinkedHashSet<>();   // in the order their first row came

    Statements(Connection c) { this.c = c; }

    Connection connection() { return c; }

    PreparedStatement get(String sql) throws SQLException {
        PreparedStatement s = prepared.get(sql);
        if (s == null) prepared.put(sql, s = c.prepareStatement(sql));
        return s;
    }

    private PreparedStatement bind(String sql, Object... args) throws SQLException {
        PreparedStatement s = get(sql);
        for (int i = 0; i < args.length; i++) s.setObject(i + 1, args[i]);
        return s;
    }

    boolean exists(String sql, Object... args) throws SQLException {
        try (ResultSet r = bind(sql, args).executeQuery()) {
            return r.next();
        }
    }

    /** The first column of every row, as strings. */
    List<String> strings(String sql, Object... args) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet r = bind(sql, args).executeQuery()) {
            while (r.next()) out.add(r.getString(1));
        }
        return out;
    }

    int update(String sql, Object... args) throws SQLException {
        return bind(sql, args).executeUpdate();
    }

    /** Adds a row to the statement's batch, sent at the next {@link #flush}. Statements are flushed in the order of
     *  their first row since the last flush, so parents added before children reach the database first. */
    void add(String sql, Object... args) throws SQLException {
        Sql.batch(batched(sql), args);
    }

    /** The statement, marked as holding a batch to send at the next {@link #flush}. */
    PreparedStatement batched(String sql) throws SQLException {
        PreparedStatement s = get(sql);
        batched.add(s);
        return s;
    }

    /** Sends every pending batch (before anything reads the rows they add). */
    void flush() throws SQLException {
        try {
            for (PreparedStatement s : batched) s.executeBatch();
        } finally {
            batched.clear();
        }
    }

    void commit() throws SQLException {
        flush();
        c.commit();
    }

    /** Closes the statements and the connection; the first failure is thrown, the others suppressed in it. */
    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (PreparedStatement s : prepared.values()) {
            try {
                s.close();
            } catch (SQLException e) {
                if (first == null) first = e; else first.addSuppressed(e);
            }
        }
        prepared.clear();
        batched.clear();
        try {
            c.close();
        } catch (SQLException e) {
            if (first == null) first = e; else first.addSuppressed(e);
        }
        if (first != null) throw first;
    }
}
