package org.caytre.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.caytre.kb.StorageFault;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Every answer other than success, from whichever layer produced it (a handler, Javalin's routing, Jetty's parsing
 * of the request), as {@code {"error": {"code", "message"}}} with the security headers and without internal details:
 * messages lose the server's folders, unexpected exceptions answer "internal error" with an incident id, and the
 * exception itself goes to the server's console and request log.
 */
final class ErrorAnswers {
    /** Sent with every answer: the UI's pages and the API's JSON alike. */
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", WebServer.CSP,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final java.util.regex.Pattern JAVA_NAME =
            java.util.regex.Pattern.compile("(?:\\b[a-z_][\\w$]*\\.)*\\b[A-Z][\\w$]*(?:Exception|Error)\\b:?");

    private final List<String> hidden = new ArrayList<>();   // folder names no answer may show, longest first
    private final RequestLog log;

    ErrorAnswers(Path dataDir, RequestLog log) {
        this.log = log;
        for (String p : new String[] {absolute(dataDir), String.valueOf(dataDir), System.getProperty("java.io.tmpdir"),
                System.getProperty("user.dir"), System.getProperty("user.home")})
            if (p != null && p.length() > 1 && !hidden.contains(p)) hidden.add(p);
        hidden.sort((a, b) -> b.length() - a.length());
    }

    /** Javalin's exception handler: the one place a handler's failure becomes an answer. */
    void exception(Exception e, Context ctx) {
        switch (e) {
            case ApiException a -> write(ctx, a.status(), a.code(), a.getMessage());
            case HttpResponseException h -> write(ctx, h.getStatus(), code(h.getStatus()), text(h.getStatus()));
            case Exception x when x instanceof StorageFault || fromStore(x) -> {
                String incident = incident(ctx, e);
                write(ctx, 503, "storage", "the knowledge base or its index cannot be read or written (" + kind(x)
                        + "); the server log has incident " + incident);
            }
            case IllegalArgumentException i when !(i instanceof java.nio.file.InvalidPathException) -> write(ctx, 400, "bad_parameter", i.getMessage());
            default -> {
                int status = requestFault(e);
                if (status > 0) write(ctx, status, code(status), status == 413 ? "the request is over the size limit" : "the request's multipart body cannot be read");
                else write(ctx, 500, "internal", "internal error; the server log has incident " + incident(ctx, e));
            }
        }
    }

    /** A status Javalin or Jetty set without a body of ours (an unknown path, a wrong method, a body too large). */
    void status(Context ctx) {
        String type = ctx.res().getContentType();
        if (type != null && type.contains("json")) return;   // a handler's own error answer
        write(ctx, ctx.statusCode(), code(ctx.statusCode()), text(ctx.statusCode()) + (ctx.statusCode() == 404 ? ": " + ctx.method() + " " + ctx.path() : ""));
    }

    void write(Context ctx, int status, String code, String message) {
        SECURITY_HEADERS.forEach(ctx::header);
        ctx.status(status).json(Map.of("error", Map.of("code", code, "message", redact(message))));
    }

    /** The message without any of the server's folders. */
    String redact(String message) {
        if (message == null || message.isBlank()) return "";
        String m = message;
        for (String p : hidden) m = m.replace(p + "/", "").replace(p, "the server's folder");
        // a reader's reason may end in a Java exception's name ("broken ZIP): EOFException"): not for clients
        m = JAVA_NAME.matcher(m).replaceAll("").replaceAll("(:\\s*)+(?=$|[),;])", "").replaceAll("\\(\\s*\\)", "");
        return m.replaceAll("\\s+", " ").strip();
    }

    /** 400 or 413 for a request body Jetty could not read as multipart (malformed, or over the limit once read), else 0. */
    private static int requestFault(Throwable e) {
        int status = 0;
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("exceeded") || m.contains("exceeds") || m.contains("too large") || m.contains("max") && m.contains("size")) return 413;
            if (status == 0 && t instanceof org.eclipse.jetty.http.HttpException h && h.getCode() >= 400 && h.getCode() < 500) status = h.getCode();
            if (status == 0 && (m.contains("multipart") || m.contains("boundary") || m.contains("content-disposition")
                    || t instanceof jakarta.servlet.ServletException)) status = 400;
        }
        return status;
    }

    private String incident(Context ctx, Exception e) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        System.err.println("caytre serve: incident " + id + " (" + ctx.method() + " " + ctx.path() + "): " + e);
        for (StackTraceElement s : e.getStackTrace()) System.err.println("\tat " + s);
        System.err.flush();
        ctx.attribute(RequestLog.INCIDENT, id + " " + e);
        return id;
    }

    /** A database or index failure that is the disk's or the file's (full, read-only, corrupt), not the request's. */
    private static boolean fromStore(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause())
            if (t instanceof java.sql.SQLException || t instanceof org.apache.lucene.index.CorruptIndexException) return StorageFault.isStorage(e);
        return false;
    }

    private static String kind(Exception f) {
        String d = f instanceof StorageFault ? String.valueOf(f.getMessage()) : StorageFault.describe(f);
        for (String k : List.of("disk full", "read-only", "corrupt", "i/o error", "permissions")) if (d.contains(k)) return k;
        return "storage fault";
    }

    static String code(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 408 -> "timeout";
            case 413 -> "too_large";
            case 414 -> "uri_too_long";
            case 415 -> "unsupported_media_type";
            case 431 -> "headers_too_large";
            case 503 -> "unavailable";
            default -> status >= 500 ? "internal" : "http_" + status;
        };
    }

    static String text(int status) {
        return switch (status) {
            case 400 -> "the request cannot be read";
            case 404 -> "no such page or route";
            case 405 -> "this method is not allowed here";
            case 413 -> "the request is over the size limit";
            case 414 -> "the address is too long";
            case 431 -> "the request's headers are too large";
            default -> status >= 500 ? "internal error" : "the request was refused (HTTP " + status + ")";
        };
    }

    private static String absolute(Path p) {
        try {
            return p == null ? null : p.toAbsolutePath().normalize().toString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    static byte[] body(String code, String message) {
        try {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("code", code);
            error.put("message", message);
            return JSON.writeValueAsBytes(Map.of("error", error));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Jetty's own error pages (a malformed request line, headers too large, an error outside Javalin) as our JSON. */
    Jetty jetty() { return new Jetty(); }

    final class Jetty extends org.eclipse.jetty.server.handler.ErrorHandler {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            int code = request.getAttribute(ERROR_STATUS) instanceof Integer i ? i : response.getStatus();
            HttpFields.Mutable headers = response.getHeaders();
            SECURITY_HEADERS.forEach(headers::put);
            headers.put(HttpHeader.CONTENT_TYPE, "application/json");
            log.jetty(request.getMethod(), request.getHttpURI().getPath(), code);
            response.write(true, ByteBuffer.wrap(body(ErrorAnswers.code(code), text(code))), callback);
            return true;
        }

        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            SECURITY_HEADERS.forEach(fields::put);
            fields.put(new HttpField(HttpHeader.CONTENT_TYPE, "application/json"));
            log.jetty(null, null, status);
            return ByteBuffer.wrap(body(ErrorAnswers.code(status), text(status)));
        }
    }
}
