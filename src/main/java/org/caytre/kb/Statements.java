package org.caytre.kb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One connection with its prepared statements kept for reuse (preparing a statement costs as much as running a small
 * one), and rows added to statement batches across documents, sent together by {@link #flush}: one
 * {@code executeBatch} per statement for a whole transaction, which PostgreSQL's driver rewrites into multi-row
 * inserts; with {@code copy} (PostgreSQL only) the rows of {@link #insert} go as one {@code COPY} per table instead.
 */
final class Statements implements AutoCloseable {
    private interface Pending { void send() throws SQLException; }

    private final Connection c;
    private final boolean copy;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();
    private final Map<String, CopyRows> copies = new HashMap<>();
    private final Map<Object, Pending> pending = new LinkedHashMap<>();   // in the order their first row came

    Statements(Connection c, boolean copy) {
        this.c = c;
        this.copy = copy;
    }

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

    /** Adds a row of {@code table} ({@code values} in the order of its columns), sent at the next {@link #flush} in
     *  the same order as {@link #add}: by COPY, or else in the batch of its INSERT. */
    void insert(CopyRows.Table table, Object... values) throws SQLException {
        if (!copy) {
            add(table.insertSql(), values);
            return;
        }
        CopyRows rows = copies.computeIfAbsent(table.name(), k -> new CopyRows(table));
        pending.putIfAbsent(rows, () -> rows.send(c));
        rows.add(values);
    }

    /** The statement, marked as holding a batch to send at the next {@link #flush}. */
    PreparedStatement batched(String sql) throws SQLException {
        PreparedStatement s = get(sql);
        pending.putIfAbsent(s, s::executeBatch);
        return s;
    }

    /** Sends every pending batch (before anything reads the rows they add). */
    void flush() throws SQLException {
        try {
            for (Pending p : pending.values()) p.send();
        } finally {
            pending.clear();
            for (CopyRows rows : copies.values()) rows.clear();   // what a failed send left is rolled back with it
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
        pending.clear();
        copies.clear();
        try {
            c.close();
        } catch (SQLException e) {
            if (first == null) first = e; else first.addSuppressed(e);
        }
        if (first != null) throw first;
    }
}
