package org.caytre.web;

/**
 * An answer other than 200, as {@code {"error": {"code", "message"}}}: thrown by handlers, written by the one exception
 * handler of {@link WebServer}.
 *
 * <pre>{@code throw ApiException.notFound("no document " + id); }</pre>
 */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public static ApiException notFound(String message) { return new ApiException(404, "not_found", message); }

    public static ApiException badParameter(String message) { return new ApiException(400, "bad_parameter", message); }

    public int status() { return status; }

    public String code() { return code; }
}
