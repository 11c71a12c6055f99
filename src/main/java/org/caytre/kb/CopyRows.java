package org.caytre.kb;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows of one table gathered for PostgreSQL's {@code COPY … FROM STDIN} (text format), sent in one stream on the
 * writer's own connection, so they belong to its open transaction like the INSERTs they replace. A value is written
 * as PostgreSQL's text input of it: null as {@code \N}; in strings the backslash, tab, newline and carriage return
 * escaped; numbers as Java prints them (a double's shortest exact digits, which PostgreSQL reads back to the same
 * value). A NUL character, which no PostgreSQL text can hold, is sent as {@code \0} so the server refuses the row as
 * it refuses the same string in an INSERT.
 */
final class CopyRows {
    /** A table and the columns its rows give, in order: the INSERT and the COPY of the same rows. */
    record Table(String name, List<String> columns) {
        Table(String name, String... columns) { this(name, List.of(columns)); }

        String insertSql() {
            return "INSERT INTO " + name + " (" + String.join(", ", columns) + ") VALUES (" + "?, ".repeat(columns.size() - 1) + "?)";
        }

        String copySql() { return "COPY " + name + " (" + String.join(", ", columns) + ") FROM STDIN"; }
    }

    private final Table table;
    private final StringBuilder text = new StringBuilder(1 << 16);
    private int rows;

    CopyRows(Table table) { this.table = table; }

    void add(Object... values) {
        if (values.length != table.columns().size())
            throw new IllegalArgumentException(table.name() + ": " + values.length + " values for " + table.columns().size() + " columns");
        for (int i = 0; i < values.length; i++) {
            if (i > 0) text.append('\t');
            append(text, values[i]);
        }
        text.append('\n');
        rows++;
    }

    /** One value in COPY's text format. */
    static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append("\\N");
            return;
        }
        if (value instanceof Boolean b) value = b ? 1 : 0;   // the schema keeps booleans as 0/1 integers
        if (value instanceof Double d && !Double.isFinite(d)) out.append(d.isNaN() ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
        else if (value instanceof Number n) out.append(n);
        else {
            String s = value.toString();
            int from = 0;   // copied in runs between the characters to escape (most strings have none)
            for (int i = 0; i < s.length(); i++) {
                String escaped = switch (s.charAt(i)) {
                    case '\\' -> "\\\\";
                    case '\t' -> "\\t";
                    case '\n' -> "\\n";
                    case '\r' -> "\\r";
                    case '\0' -> "\\0";
                    default -> null;
                };
                if (escaped == null) continue;
                out.append(s, from, i).append(escaped);
                from = i + 1;
            }
            out.append(s, from, s.length());
        }
    }

    /** Sends the gathered rows (if any) on {@code c} and starts afresh; a refused row fails the whole COPY. */
    void send(Connection c) throws SQLException {
        if (rows == 0) return;
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);   // the driver's client_encoding is UTF8
        text.setLength(0);
        rows = 0;
        CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn(table.copySql());
        try {
            in.writeToCopy(bytes, 0, bytes.length);
            in.endCopy();
        } finally {
            if (in.isActive()) in.cancelCopy();
        }
    }

    /** Forgets the gathered rows (their transaction was rolled back). */
    void clear() {
        text.setLength(0);
        rows = 0;
    }
}
