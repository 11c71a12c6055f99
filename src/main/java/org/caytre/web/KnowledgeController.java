package org.caytre.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.caytre.kb.DocumentDetails;
import org.caytre.kb.Dossier;
import org.caytre.kb.Exporter;
import org.caytre.kb.KnowledgeBase;
import org.caytre.kb.Ledgers;
import org.caytre.kb.ledger.LedgerJson;

/** Entities, country dossiers, events, statistics, partners, the check report and exports: the kb's answers as JSON. */
final class KnowledgeController {
    private final Backend backend;

    KnowledgeController(Backend backend) { this.backend = backend; }

    void entity(Context ctx) throws SQLException {
        String id = ctx.pathParam("id");
        ctx.json(new DocumentDetails(backend.store()).entity(id).orElseThrow(() -> ApiException.notFound("no entity " + id)));
    }

    void country(Context ctx) throws SQLException {
        String iso = Params.country(ctx.pathParam("iso"), "iso");
        Dossier d = Dossier.of(backend.store(), iso);
        if (d.history().isEmpty() && d.events().isEmpty() && d.documents().isEmpty() && d.figures().isEmpty())
            throw ApiException.notFound("nothing is known about country " + iso);
        ctx.json(d.toJson());
    }

    /** {@code {"events": [...]}} as {@code caytre events --json}; country is an ISO code or a person id. */
    void events(Context ctx) throws SQLException {
        String country = Params.text(ctx, "country");
        if (country != null && !country.contains(":")) country = Params.country(country, "country");
        var filter = new KnowledgeBase.EventFilter(country, Params.upper(ctx, "type"), Params.isoDate(ctx, "from"), Params.isoDate(ctx, "to"));
        ctx.json(Map.of("events", new KnowledgeBase(backend.store()).events(filter)));
    }

    void statistics(Context ctx) throws SQLException {
        ctx.json(Map.of("statistics", new KnowledgeBase(backend.store()).statistics(Params.text(ctx, "indicator"), Params.text(ctx, "subject"))));
    }

    void partners(Context ctx) throws SQLException {
        LocalDate asOf = Params.day(ctx, "as_of", LocalDate.now());
        ctx.json(LedgerJson.partners(asOf, backend.ledger().asOf(asOf)));
    }

    void check(Context ctx) throws SQLException {
        ctx.json(LedgerJson.checks(new org.caytre.kb.ledger.StatedCountCheck(backend.ledger()).check(new Ledgers(backend.store()).figures())));
    }

    /** The file {@code caytre export} writes, as a download. */
    void export(Context ctx) throws SQLException, IOException {
        String name = Params.text(ctx, "format");
        if (name == null) throw ApiException.badParameter("format is required: jsonl, csv or graphml");
        Exporter.Format format;
        try {
            format = Exporter.Format.valueOf(name.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("format must be jsonl, csv or graphml, not '" + name + "'");
        }
        Path file = Files.createTempFile("caytre-export", "." + format);
        try {
            new Exporter(new KnowledgeBase(backend.store()), backend.ledger()).write(format, file);
            ctx.contentType(switch (format) {
                case jsonl -> "application/x-ndjson; charset=utf-8";
                case csv -> "text/csv; charset=utf-8";
                case graphml -> "application/graphml+xml; charset=utf-8";
            });
            ctx.header("Content-Disposition", "attachment; filename=\"caytre." + format + "\"");
            try (InputStream in = Files.newInputStream(file)) {
                ctx.result(in.readAllBytes());
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
