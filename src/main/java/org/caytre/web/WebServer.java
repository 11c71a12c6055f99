package org.caytre.web;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.util.List;
import java.util.Map;

/**
 * The server of {@code caytre serve}: the API's route table, the UI from the classpath ({@code /web/}) and ECharts
 * from its WebJar, strict security headers, and the one place where exceptions become JSON errors.
 *
 * <pre>{@code try (WebServer s = WebServer.start(WebConfig.local(Path.of("caytre-data")))) { s.url(); }}</pre>
 */
public final class WebServer implements AutoCloseable {
    /** No inline script may run: document text is untrusted, and the UI's own scripts are files under /web/. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private final Backend backend;
    private final Javalin app;
    private final List<Route> routes;
    private final String host;

    private WebServer(Backend backend, Javalin app, List<Route> routes, String host) {
        this.backend = backend;
        this.app = app;
        this.routes = routes;
        this.host = host;
    }

    public static WebServer start(WebConfig config) {
        Backend backend = new Backend(config);
        List<Route> routes = Api.routes(backend, config);
        Javalin app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.startup.showOldJavalinVersionWarning = false;
            c.http.maxRequestSize = config.maxUploadBytes();
            c.jetty.multipartConfig.maxFileSize(config.maxUploadBytes(), SizeUnit.BYTES);
            c.jetty.multipartConfig.maxTotalRequestSize(config.maxUploadBytes() + 64 * 1024, SizeUnit.BYTES);
            c.staticFiles.add(s -> {
                s.hostedPath = "/";
                s.directory = "/web";
                s.location = Location.CLASSPATH;
            });
            c.staticFiles.enableWebjars();   // /webjars/echarts/5.5.0/echarts.min.js from META-INF/resources/webjars
            c.routes.before(WebServer::securityHeaders);
            for (Route r : routes) c.routes.addHttpHandler(r.method(), r.path(), r.handler());
            c.routes.exception(Exception.class, WebServer::error);
            c.routes.error(404, ctx -> {
                if (ctx.path().startsWith(Api.BASE) && !String.valueOf(ctx.res().getContentType()).contains("json")) write(ctx, 404, "not_found", "no route " + ctx.method() + " " + ctx.path());
            });
        });
        try {
            app.start(config.host(), config.port());
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
        return new WebServer(backend, app, routes, config.host());
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
    }

    /** Every failure of every handler ends here: a status and {@code {"error": {"code", "message"}}}. */
    private static void error(Exception e, Context ctx) {
        switch (e) {
            case ApiException a -> write(ctx, a.status(), a.code(), a.getMessage());
            case HttpResponseException h -> write(ctx, h.getStatus(), h.getStatus() == 413 ? "too_large" : "http_" + h.getStatus(), h.getMessage());
            case IllegalArgumentException i -> write(ctx, 400, "bad_parameter", i.getMessage());
            default -> {
                if (e.getCause() instanceof IllegalStateException ise && ise.getMessage() != null && ise.getMessage().contains("Multipart"))
                    write(ctx, 413, "too_large", "the upload is over the size limit");
                else write(ctx, 500, "internal", e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            }
        }
    }

    private static void write(Context ctx, int status, String code, String message) {
        ctx.status(status).json(Map.of("error", Map.of("code", code, "message", message == null ? "" : message)));
    }

    public int port() { return app.port(); }

    public String url() { return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/"; }

    /** The route table the server registered (the OpenAPI document describes exactly these). */
    public List<Route> routes() { return routes; }

    /** The HTTP routes Javalin actually holds, as "METHOD path". */
    public List<String> registered() {
        return app.unsafe.internalRouter.allHttpHandlers().stream().filter(p -> p.endpoint.method.isHttpMethod())
                .map(p -> p.endpoint.method.name() + " " + p.endpoint.path).toList();
    }

    @Override
    public void close() {
        app.stop();
        backend.close();
    }
}
