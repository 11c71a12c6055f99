package org.caytre.web;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.caytre.kb.Ingester;
import org.caytre.kb.KnowledgeBase;
import org.caytre.pipeline.Pipeline;
import org.caytre.search.IndexSync;

/**
 * {@code POST /api/v1/documents}: one file in a multipart field {@code file}, stored through the same {@link Ingester}
 * as {@code caytre ingest} and indexed for search. Refused (403) unless the server has a write token; then the request
 * must carry it as {@code Authorization: Bearer TOKEN} (401 otherwise). The file is kept under {@code DIR/uploads/}
 * as the document's source.
 */
final class UploadController {
    private final Backend backend;
    private final WebConfig config;

    UploadController(Backend backend, WebConfig config) {
        this.backend = backend;
        this.config = config;
    }

    void upload(Context ctx) throws IOException, SQLException, InterruptedException {
        authorize(ctx.header("Authorization"));
        long length = ctx.contentLength();
        if (length > config.maxUploadBytes())
            throw new ApiException(413, "too_large", "the upload is " + length + " bytes; the limit is " + config.maxUploadBytes());
        UploadedFile file = ctx.uploadedFile("file");
        if (file == null) throw ApiException.badParameter("send the document as a multipart field named 'file'");
        if (file.size() > config.maxUploadBytes())
            throw new ApiException(413, "too_large", "the file is " + file.size() + " bytes; the limit is " + config.maxUploadBytes());
        Path saved = save(file);
        ctx.status(201).json(ingest(saved));
    }

    /** Compared in constant time, so the token cannot be guessed from response times. */
    private void authorize(String header) {
        if (config.writeToken() == null)
            throw new ApiException(403, "uploads_disabled", "uploads are off: start caytre serve with --write-token or CAYTRE_WRITE_TOKEN");
        String given = header != null && header.startsWith("Bearer ") ? header.substring(7).strip() : null;
        if (given == null) throw new ApiException(401, "unauthorized", "send the write token as 'Authorization: Bearer TOKEN'");
        if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), config.writeToken().getBytes(StandardCharsets.UTF_8)))
            throw new ApiException(401, "unauthorized", "wrong write token");
    }

    private Path save(UploadedFile file) throws IOException {
        String name = Path.of(file.filename() == null || file.filename().isBlank() ? "upload.txt" : file.filename()).getFileName().toString()
                .replaceAll("[^\\p{L}\\p{N}._-]", "_");
        if (name.startsWith(".")) name = "_" + name;
        Path dir = Files.createDirectories(backend.dataDir().resolve("uploads").resolve(UUID.randomUUID().toString()));
        Path saved = dir.resolve(name);
        try (InputStream in = file.content()) {
            Files.copy(in, saved, StandardCopyOption.REPLACE_EXISTING);
        }
        return saved;
    }

    /** One upload at a time: the store and the index have one writer each. */
    private synchronized Map<String, Object> ingest(Path saved) throws SQLException, InterruptedException {
        List<String> failures = new ArrayList<>();
        Ingester.Status[] status = {null};
        String[] id = {null};
        try (IndexSync sync = IndexSync.open(backend.store(), backend.index())) {
            new Ingester(backend.store(), Pipeline.standard(), null, 1).run(List.of(saved), (source, s, bytes, reason) -> {
                status[0] = s;
                if (reason != null) failures.add(reason);
            }, (docId, x) -> {
                sync.index(docId);   // from the stored rows, as caytre ingest does
                id[0] = docId;
            });
        } finally {
            backend.index().commit();
        }
        if (status[0] == Ingester.Status.FAILED || status[0] == null)
            throw new ApiException(422, "unreadable", saved.getFileName() + ": " + (failures.isEmpty() ? "not read" : failures.get(0)));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", status[0].name().toLowerCase(java.util.Locale.ROOT));
        out.put("id", id[0]);   // null: the same content was already stored
        if (id[0] != null) new KnowledgeBase(backend.store()).document(id[0]).ifPresent(d -> {
            out.put("title", d.title());
            out.put("passages", d.passages());
            out.put("events", d.events());
        });
        return out;
    }
}
