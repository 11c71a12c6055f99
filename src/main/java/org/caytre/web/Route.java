package org.caytre.web;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.List;

/**
 * One entry of the API's route table: what Javalin registers and what the OpenAPI document describes, from the same
 * record, so the two cannot drift apart.
 *
 * <pre>{@code Route.get("/api/v1/documents/{id}", "One document", docs::one, Param.path("id", "document id")) }</pre>
 */
public record Route(HandlerType method, String path, String summary, List<Param> params, String produces, Handler handler,
                    int status, java.util.Map<String, Object> schema) {
    public Route { params = List.copyOf(params); }

    /** A route answering 201 to a POST, 204 to a DELETE, 200 otherwise, its answer not described yet. */
    public Route(HandlerType method, String path, String summary, List<Param> params, String produces, Handler handler) {
        this(method, path, summary, params, produces, handler,
                method == HandlerType.POST ? 201 : method == HandlerType.DELETE ? 204 : 200, null);
    }

    public static Route get(String path, String summary, Handler handler, Param... params) {
        return new Route(HandlerType.GET, path, summary, List.of(params), "application/json", handler);
    }

    /** The same route answering with another media type (a download). */
    public Route producing(String mediaType) { return new Route(method, path, summary, params, mediaType, handler, status, schema); }

    /** The same route with the JSON schema of its answer (OpenAPI 3.0). */
    public Route answering(java.util.Map<String, Object> answer) { return new Route(method, path, summary, params, produces, handler, status, answer); }

    /** The same route with another success status. */
    public Route status(int code) { return new Route(method, path, summary, params, produces, handler, code, schema); }

    /**
     * A parameter: where it goes ({@code path}, {@code query}, {@code header} or a multipart {@code form} field), its
     * JSON-schema type and what it means.
     */
    public record Param(String name, String in, boolean required, String type, String description) {
        public static Param path(String name, String description) { return new Param(name, "path", true, "string", description); }

        public static Param query(String name, String type, String description) { return new Param(name, "query", false, type, description); }

        public static Param required(String name, String type, String description) { return new Param(name, "query", true, type, description); }

        public static Param form(String name, String description) { return new Param(name, "form", true, "file", description); }

        public static Param header(String name, String description) { return new Param(name, "header", false, "string", description); }

        /** A field of a JSON request body. */
        public static Param body(String name, String type, String description) { return new Param(name, "body", false, type, description); }
    }
}
