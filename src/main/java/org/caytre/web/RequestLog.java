package org.caytre.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The server's request log, {@code DIR/logs/requests.jsonl}: one JSON object per answered request ({@code time},
 * {@code method}, {@code path}, {@code query}, {@code status}, {@code ms}, {@code remote}, {@code host}, and
 * {@code incident} for an internal error). Past {@link #MAX_BYTES} the file moves to {@code requests.1.jsonl} (the
 * older ones up to {@code requests.3.jsonl}, then dropped), so the log never fills the disk. A log that cannot be
 * written (a read-only folder) is reported once and the server goes on without it.
 *
 * <pre>{@code RequestLog log = RequestLog.open(dataDir.resolve("logs"), RequestLog.MAX_BYTES); log.request(ctx, 1.5f);}</pre>
 */
final class RequestLog implements AutoCloseable {
    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final int KEEP = 3;
    static final String FILE = "requests.jsonl";
    /** Context attribute: the incident id and exception of an internal error, for the log line. */
    static final String INCIDENT = "caytre.incident";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final long maxBytes;
    private OutputStream out;   // null: logging is off (it failed)
    private long size;

    private RequestLog(Path dir, long maxBytes) {
        this.dir = dir;
        this.maxBytes = maxBytes;
    }

    static RequestLog open(Path dir, long maxBytes) {
        RequestLog log = new RequestLog(dir, maxBytes);
        try {
            Files.createDirectories(dir);
            log.openFile();
        } catch (IOException e) {
            log.disable(e);
        }
        return log;
    }

    Path file() { return dir.resolve(FILE); }

    /** Javalin's request logger: every request that reached Javalin, with its status and time. */
    void request(Context ctx, float ms) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("time", Instant.now().toString());
        line.put("method", ctx.method().name());
        line.put("path", ctx.path());
        line.put("query", ctx.queryString());
        line.put("status", ctx.statusCode());
        line.put("ms", Math.round(ms * 10) / 10.0);
        line.put("remote", ctx.ip());
        line.put("host", ctx.header("Host"));
        Object incident = ctx.attribute(INCIDENT);
        if (incident != null) line.put("incident", incident.toString());
        write(line);
    }

    /** A request Jetty answered itself (it never reached Javalin: malformed, headers too large). */
    void jetty(String method, String path, int status) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("time", Instant.now().toString());
        line.put("method", method);
        line.put("path", path);
        line.put("status", status);
        line.put("answered_by", "jetty");
        write(line);
    }

    private synchronized void write(Map<String, Object> line) {
        if (out == null) return;
        try {
            byte[] bytes = JSON.writeValueAsBytes(line);
            if (size > 0 && size + bytes.length + 1 > maxBytes) rotate();
            out.write(bytes);
            out.write('\n');
            out.flush();
            size += bytes.length + 1;
        } catch (IOException e) {
            disable(e);
        }
    }

    private void rotate() throws IOException {
        out.close();
        Files.deleteIfExists(dir.resolve(name(KEEP)));
        for (int i = KEEP - 1; i >= 1; i--)
            if (Files.exists(dir.resolve(name(i)))) Files.move(dir.resolve(name(i)), dir.resolve(name(i + 1)), StandardCopyOption.REPLACE_EXISTING);
        Files.move(file(), dir.resolve(name(1)), StandardCopyOption.REPLACE_EXISTING);
        openFile();
    }

    static String name(int generation) { return "requests." + generation + ".jsonl"; }

    private void openFile() throws IOException {
        out = Files.newOutputStream(file(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        size = Files.size(file());
    }

    private void disable(IOException e) {
        System.err.println("caytre serve: no request log (" + dir.resolve(FILE) + ": " + e.getMessage() + "); serving without one");
        System.err.flush();
        try {
            if (out != null) out.close();
        } catch (IOException ignored) {
            // already failing
        }
        out = null;
    }

    @Override
    public synchronized void close() {
        try {
            if (out != null) out.close();
        } catch (IOException e) {
            // the log is the last thing closed; nothing left to tell
        }
        out = null;
    }
}
