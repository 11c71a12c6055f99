package org.caytre.web;

import static org.caytre.web.ApiSchemas.array;
import static org.caytre.web.ApiSchemas.bool;
import static org.caytre.web.ApiSchemas.integer;
import static org.caytre.web.ApiSchemas.nullable;
import static org.caytre.web.ApiSchemas.number;
import static org.caytre.web.ApiSchemas.object;
import static org.caytre.web.ApiSchemas.str;

import io.javalin.http.Context;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Map;
import org.caytre.intake.FailureRerun;
import org.caytre.intake.IndexedIngest;
import org.caytre.intake.WriteTurn;
import org.caytre.kb.IngestStatus;

/**
 * {@code GET /api/v1/status}: the ingestion status from the store's log, the JSON of {@code caytre status --json};
 * {@code POST /api/v1/status/rerun}: the failures tried again as {@code caytre status --rerun-failures} does, through
 * the server's own index writer when it has a write token (then the request needs the token), else through the
 * index's writer opened for the re-run (a read-only server sees the result at its next look at the index).
 */
final class StatusController {
    private static final int DAYS = 14, RUNS = 10;

    private final Backend backend;
    private final WebConfig config;

    StatusController(Backend backend, WebConfig config) {
        this.backend = backend;
        this.config = config;
    }

    /** One re-run at a time; 409 while another write (an upload, a feeds poll, an ingest beside the server) is going. */
    void rerun(Context ctx) throws Exception {
        AlertController.requireWriteToken(config, ctx.header("Authorization"));   // it writes
        WriteTurn turn = WriteTurn.of(backend.dataDir());
        WriteTurn.Held held = turn.tryTake("a re-run of the failures")
                .orElseThrow(() -> busy(turn.holder() + " is under way in this server; try again when it has ended"));
        try (held) {
            PrintWriter log = new PrintWriter(System.err, true, StandardCharsets.UTF_8);   // the server's log: what failed again
            FailureRerun.Result r = FailureRerun.run(backend.store(), backend.writable()
                    ? () -> IndexedIngest.over(backend.store(), backend.index())
                    : () -> IndexedIngest.open(backend.store(), backend.dataDir().resolve("index"), log),
                    backend.dataDir().resolve("feeds"), log);
            ctx.json(r.json());
        } catch (FailureRerun.Busy e) {
            throw busy(e.getMessage());
        }
    }

    private static ApiException busy(String message) { return new ApiException(409, "busy", message); }

    static Map<String, Object> rerunSchema() {
        return object("run_id", nullable(str()), "failures", integer(), "stored", integer(), "still_failing", integer(),
                "not_rerunnable", integer(), "skipped", array(object("source", str(), "reason", str())));
    }

    void status(Context ctx) throws SQLException {
        ctx.json(new IngestStatus(backend.store(), backend.dataDir(), IngestStatus.MIN_FREE_BYTES).report(DAYS, RUNS).json());
    }

    static Map<String, Object> schema() {
        return object("documents", integer(), "withdrawn", integer(),
                "days", array(object("day", str(), "source", str(), "documents", integer())),
                "runs", array(object("id", str(), "kind", str(), "label", str(), "started_at", str(), "finished_at", nullable(str()),
                        "status", str(), "stored", integer(), "replaced", integer(), "unchanged", integer(), "failed", integer(),
                        "error", nullable(str()), "progress", object("documents", integer(), "bytes", integer(),
                                "total_bytes", nullable(integer()), "fraction", nullable(number()), "eta_seconds", nullable(number()),
                                "updated_at", nullable(str())),
                        "timing", object("document_seconds", number(), "commits", integer(), "commit_seconds", number(),
                                "slowest", nullable(object("source", str(), "seconds", number()))))),
                "failures", array(object("source", str(), "error", nullable(str()), "at", str(), "kind", str())),
                "feeds", array(object("name", str(), "url", str(), "added_at", str(), "last_polled_at", nullable(str()),
                        "last_ok_at", nullable(str()), "failures", integer(), "dead", bool(), "last_error", nullable(str()))),
                "dead_feeds", array(str()),
                "alerts", array(object("kind", str(), "subject", str(), "message", str())));
    }
}
