package org.caytre.web;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import java.nio.file.Path;
import java.util.List;

/**
 * The server of {@code caytre serve}: the API's route table, the UI from the classpath ({@code /web/}) and ECharts
 * from its WebJar, strict security headers on every answer, a Host-header check against DNS rebinding, a request log,
 * and {@link ErrorAnswers}, where every failure becomes a JSON error.
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
    private final RequestLog log;

    private WebServer(Backend backend, Javalin app, List<Route> routes, String host, RequestLog log) {
        this.backend = backend;
        this.app = app;
        this.routes = routes;
        this.host = host;
        this.log = log;
    }

    public static WebServer start(WebConfig config) {
        Backend backend = new Backend(config);
        List<Route> routes = Api.routes(backend, config);
        RequestLog log = RequestLog.open(config.dataDir().resolve("logs"), RequestLog.MAX_BYTES);
        ErrorAnswers answers = new ErrorAnswers(config.dataDir(), log);
        Javalin app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.startup.showOldJavalinVersionWarning = false;
            c.http.prefer405over404 = true;
            c.http.maxRequestSize = config.maxUploadBytes();
            c.jetty.multipartConfig.maxFileSize(config.maxUploadBytes(), SizeUnit.BYTES);
            c.jetty.multipartConfig.maxTotalRequestSize(config.maxUploadBytes() + 64 * 1024, SizeUnit.BYTES);
            Path parts = config.writeToken() == null ? null : partsFolder(config.dataDir());
            if (parts != null) c.jetty.multipartConfig.cacheDirectory(parts.toString());   // removed with the request
            c.jetty.modifyServer(server -> server.setErrorHandler(answers.jetty()));
            c.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(answers.jetty()));
            c.staticFiles.add(s -> {
                s.hostedPath = "/";
                s.directory = "/web";
                s.location = Location.CLASSPATH;
            });
            c.staticFiles.enableWebjars();   // /webjars/echarts/5.5.0/echarts.min.js from META-INF/resources/webjars
            c.requestLogger.http(log::request);
            c.routes.before(ctx -> {
                ErrorAnswers.SECURITY_HEADERS.forEach(ctx::header);
                if (!config.allows(ctx.header("Host")))
                    throw new ApiException(403, "host_not_allowed", "this server answers to " + String.join(", ", new java.util.TreeSet<>(config.allowedHosts()))
                            + " only; start caytre serve with --allow-host NAME to add a name");
            });
            for (Route r : routes) c.routes.addHttpHandler(r.method(), r.path(), r.handler());
            c.routes.exception(Exception.class, answers::exception);
            for (int status = 400; status < 600; status++) c.routes.error(status, answers::status);
        });
        try {
            app.start(config.host(), config.port());
        } catch (RuntimeException e) {
            backend.close();
            log.close();
            throw e;
        }
        return new WebServer(backend, app, routes, config.host(), log);
    }

    /** Where Jetty keeps the parts of a multipart upload while it is read: in the data directory, cleaned after each request. */
    static Path partsFolder(Path dataDir) {
        try {
            return java.nio.file.Files.createDirectories(dataDir.resolve("uploads").resolve(".parts"));
        } catch (java.io.IOException e) {
            return null;   // the system's temporary folder, as Jetty's default
        }
    }

    /** The writer of this server's uploads, for other writes beside them in this process (feeds polled by
     *  {@code serve --feeds-every}): each ingest through it takes the data directory's turn while it writes. Empty when
     *  the server takes no uploads (it holds no index writer). */
    public java.util.Optional<org.caytre.intake.IndexedIngest.Opener> writer(String what) {
        if (!backend.writable()) return java.util.Optional.empty();
        return java.util.Optional.of(() -> org.caytre.intake.IndexedIngest.over(backend.store(), backend.index(),
                org.caytre.intake.WriteTurn.of(backend.dataDir()), what));
    }

    /** The request log, {@code DIR/logs/requests.jsonl}. */
    public Path requestLog() { return log.file(); }

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
        log.close();
    }
}
