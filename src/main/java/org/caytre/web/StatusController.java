package org.caytre.web;

import static org.caytre.web.ApiSchemas.array;
import static org.caytre.web.ApiSchemas.bool;
import static org.caytre.web.ApiSchemas.integer;
import static org.caytre.web.ApiSchemas.nullable;
import static org.caytre.web.ApiSchemas.number;
import static org.caytre.web.ApiSchemas.object;
import static org.caytre.web.ApiSchemas.str;

import io.javalin.http.Context;
import java.sql.SQLException;
import java.util.Map;
import org.caytre.kb.IngestStatus;

/** {@code GET /api/v1/status}: the ingestion status from the store's log, the JSON of {@code caytre status --json}. */
final class StatusController {
    private static final int DAYS = 14, RUNS = 10;

    private final Backend backend;

    StatusController(Backend backend) { this.backend = backend; }

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
                                "updated_at", nullable(str())))),
                "failures", array(object("source", str(), "error", nullable(str()), "at", str(), "kind", str())),
                "feeds", array(object("name", str(), "url", str(), "added_at", str(), "last_polled_at", nullable(str()),
                        "last_ok_at", nullable(str()), "failures", integer(), "dead", bool(), "last_error", nullable(str()))),
                "dead_feeds", array(str()),
                "alerts", array(object("kind", str(), "subject", str(), "message", str())));
    }
}
