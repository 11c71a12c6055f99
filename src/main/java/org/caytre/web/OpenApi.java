package org.caytre.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.caytre.web.Route.Param;

/** The OpenAPI 3.0 document of the route table: one path item per route, parameters, answer schemas ({@link ApiSchemas}) and error answers included. */
final class OpenApi {
    private OpenApi() {}

    static Map<String, Object> document(List<Route> routes) {
        Map<String, Object> paths = new LinkedHashMap<>();
        for (Route r : routes) {
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(r.path(), p -> new LinkedHashMap<>());
            item.put(r.method().name().toLowerCase(Locale.ROOT), operation(r));
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put("info", Map.of("title", "Cây Tre API", "version", "1",
                "description", "Vietnamese foreign-relations documents as a searchable, time-aware knowledge base."));
        doc.put("paths", paths);
        doc.put("components", Map.of("schemas", ApiSchemas.components()));
        return doc;
    }

    private static Map<String, Object> operation(Route r) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("summary", r.summary());
        List<Map<String, Object>> params = new ArrayList<>();
        Map<String, Object> form = new LinkedHashMap<>(), body = new LinkedHashMap<>();
        for (Param p : r.params()) {
            if (p.in().equals("body")) {
                body.put(p.name(), Map.of("type", p.type(), "description", p.description()));
                continue;
            }
            if (p.in().equals("form")) {
                form.put(p.name(), Map.of("type", "string", "format", "binary", "description", p.description()));
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name());
            m.put("in", p.in());
            m.put("required", p.required());
            m.put("description", p.description());
            m.put("schema", Map.of("type", p.type()));
            params.add(m);
        }
        if (!params.isEmpty()) op.put("parameters", params);
        if (!form.isEmpty())
            op.put("requestBody", Map.of("required", true, "content", Map.of("multipart/form-data",
                    Map.of("schema", Map.of("type", "object", "properties", form)))));
        if (!body.isEmpty())
            op.put("requestBody", Map.of("required", true, "content", Map.of("application/json",
                    Map.of("schema", Map.of("type", "object", "properties", body)))));
        Map<String, Object> responses = new LinkedHashMap<>();
        if (r.status() == 204) responses.put("204", Map.of("description", "done, no content"));
        else responses.put(String.valueOf(r.status()), Map.of("description", "OK", "content",
                Map.of(r.produces(), r.schema() == null ? Map.of() : Map.of("schema", r.schema()))));
        Map<String, Object> errorBody = Map.of("application/json", Map.of("schema", Map.of("$ref", "#/components/schemas/Error")));
        responses.put("400", Map.of("description", "a bad parameter, with the reason", "content", errorBody));
        if (r.path().contains("{")) responses.put("404", Map.of("description", "unknown id", "content", errorBody));
        if (!r.method().name().equals("GET"))
            responses.put("401", Map.of("description", "missing or wrong write token", "content", errorBody));
        if (r.method().name().equals("POST") && r.path().endsWith("/documents")) {
            responses.put("403", Map.of("description", "uploads are off (no write token configured)", "content", errorBody));
            responses.put("413", Map.of("description", "over the upload size limit", "content", errorBody));
            responses.put("422", Map.of("description", "the file could not be read as a document", "content", errorBody));
        }
        if (r.path().endsWith("/review"))
            responses.put("403", Map.of("description", "reviews are off (no reviewers file or write token)", "content", errorBody));
        if (r.path().endsWith("/search")) responses.put("503", Map.of("description", "no search index yet", "content", errorBody));
        op.put("responses", responses);
        return op;
    }
}
