package org.caytre.web;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HexFormat;
import org.caytre.intake.WriteTurn;
import org.caytre.kb.Ingester;
import org.caytre.kb.KnowledgeBase;
import org.caytre.pipeline.Pipeline;
import org.caytre.search.IndexSync;

/**
 * {@code POST /api/v1/documents}: one file in a multipart field {@code file}, stored through the same {@link Ingester}
 * as {@code caytre ingest} and indexed for search. Refused (403) unless the server has a write token; then the request
 * must carry it as {@code Authorization: Bearer TOKEN} (401 otherwise). The file is kept under
 * {@code DIR/uploads/REVIEWER/NAME} as the document's source: uploading a changed file of the same name with the same
 * token replaces the document it came from.
 */
final class UploadController {
    private final Backend backend;
    private final WebConfig config;

    /** Beside an upload while it is stored: the new bytes, then the file it replaces (hidden: no folder walk reads them). */
    private static final String INCOMING = ".incoming", PREVIOUS = ".previous";

    UploadController(Backend backend, WebConfig config) {
        this.backend = backend;
        this.config = config;
        if (config.writeToken() != null) recover(backend.dataDir().resolve("uploads"));
    }

    /**
     * After a server was killed mid-upload: a replaced file set aside and never followed by its replacement is put
     * back, the other leftovers are deleted.
     */
    static void recover(Path uploads) {
        if (!Files.isDirectory(uploads)) return;
        try (var reviewers = Files.list(uploads)) {
            for (Path folder : reviewers.filter(f -> Files.isDirectory(f) && !f.getFileName().toString().startsWith(".")).toList()) {
                try (var files = Files.list(folder)) {
                    for (Path f : files.toList()) {
                        String n = f.getFileName().toString();
                        if (!n.startsWith(".")) continue;
                        if (n.endsWith(PREVIOUS)) {
                            Path target = folder.resolve(n.substring(1, n.length() - PREVIOUS.length()));
                            if (Files.exists(target)) Files.delete(f);
                            else Files.move(f, target);
                        } else if (n.endsWith(INCOMING)) {
                            Files.delete(f);
                        }
                    }
                }
            }
        } catch (IOException e) {
            System.err.println("caytre serve: cannot tidy " + uploads + " after an interrupted upload: " + e.getMessage());
        }
    }

    void upload(Context ctx) throws IOException, SQLException, InterruptedException {
        String reviewer = authorize(ctx.header("Authorization"));
        long length = ctx.contentLength();
        if (length > config.maxUploadBytes())
            throw new ApiException(413, "too_large", "the upload is " + length + " bytes; the limit is " + config.maxUploadBytes());
        List<UploadedFile> files = ctx.uploadedFiles("file");
        if (files.isEmpty()) throw ApiException.badParameter("send the document as a multipart field named 'file'");
        for (UploadedFile file : files)
            if (file.size() > config.maxUploadBytes())
                throw new ApiException(413, "too_large", "the file is " + file.size() + " bytes; the limit is " + config.maxUploadBytes());
        Path folder = backend.dataDir().resolve("uploads").resolve(reviewer);
        if (files.size() == 1 && !UploadArchive.isZip(files.get(0).filename())) {
            UploadedFile file = files.get(0);
            ctx.status(201).json(store(file::content, folder, fileName(file.filename())));
            return;
        }
        // several files or a zip: each file stored on its own, an unreadable one named with its reason in the answer
        List<Map<String, Object>> results = new ArrayList<>();
        for (UploadedFile file : files) {
            if (UploadArchive.isZip(file.filename())) {
                try (InputStream in = file.content()) {
                    UploadArchive.entries(in, file.filename(), config.maxUploadBytes(), 4 * config.maxUploadBytes(), (entry, bytes, refusal) -> results.add(
                            refusal != null ? failed(entry, refusal) : storeOne(() -> new java.io.ByteArrayInputStream(bytes), folder, entry)));
                }
            } else {
                results.add(storeOne(file::content, folder, fileName(file.filename())));
            }
        }
        long stored = results.stream().filter(r -> !"failed".equals(r.get("status"))).count();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("files", results);
        out.put("stored", stored);
        out.put("failed", results.size() - stored);
        ctx.status(stored > 0 ? 201 : 422).json(out);
    }

    /** One file of a batch: its result, or {@code status: failed} with the reason the single upload would give. */
    private Map<String, Object> storeOne(Content content, Path folder, String name) throws IOException, SQLException, InterruptedException {
        try {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("name", name);
            out.putAll(store(content, folder, name));
            return out;
        } catch (ApiException e) {
            return failed(name, e.getMessage());
        }
    }

    private static Map<String, Object> failed(String name, String reason) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", name);
        out.put("status", "failed");
        out.put("error", reason.startsWith(name + ": ") ? reason : name + ": " + reason);
        return out;
    }

    /** The bytes of one file to store, opened when needed. */
    interface Content {
        InputStream open() throws IOException;
    }

    /**
     * Compared in constant time, so the token cannot be guessed from response times. Returns the reviewer: a digest
     * of the token, naming the folder under {@code DIR/uploads/} that holds this reviewer's files.
     */
    private String authorize(String header) {
        if (config.writeToken() == null)
            throw new ApiException(403, "uploads_disabled", "uploads are off: start caytre serve with --write-token-file FILE or CAYTRE_WRITE_TOKEN");
        String given = header != null && header.startsWith("Bearer ") ? header.substring(7).strip() : null;
        if (given == null) throw new ApiException(401, "unauthorized", "send the write token as 'Authorization: Bearer TOKEN'");
        byte[] token = config.writeToken().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token))
            throw new ApiException(401, "unauthorized", "wrong write token");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token), 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Longest file name kept, in UTF-8 bytes (file systems allow 255; the rest is left for the copies made here). */
    static final int MAX_NAME_BYTES = 120;

    /**
     * The client's file name as a safe name in one folder: no folders, no control characters or NUL, only letters,
     * digits, marks, '.', '-', '_', not hidden, and cut (keeping the extension) to {@link #MAX_NAME_BYTES}.
     */
    static String fileName(String given) {
        String n = given == null ? "" : Normalizer.normalize(given, Normalizer.Form.NFC);
        n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1).replaceAll("[^\\p{L}\\p{N}\\p{M}._-]", "_");
        if (n.startsWith(".")) n = "_" + n;
        if (n.replace("_", "").replace(".", "").isEmpty()) n = "upload.txt";
        int dot = n.lastIndexOf('.');
        String ext = dot > 0 && n.length() - dot <= 10 ? n.substring(dot) : "";
        String base = n.substring(0, n.length() - ext.length());
        while (base.length() > 1 && (base + ext).getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES)
            base = base.substring(0, base.offsetByCodePoints(base.length(), -1));
        return base + ext;
    }

    /**
     * Stores an upload as {@code folder/name}, the same path for the same name from the same reviewer, so a changed
     * file replaces the document it came from. The previous file is kept aside until the new one is stored; a refused
     * upload (unreadable, a storage failure) leaves nothing behind and puts the previous file back.
     */
    private Map<String, Object> store(Content file, Path folder, String name) throws IOException, SQLException, InterruptedException {
        // one write at a time (uploads, re-runs of the failures): the store and the index have one writer each
        try (WriteTurn.Held turn = WriteTurn.of(backend.dataDir()).take("an upload")) {
            Files.createDirectories(folder);
            Path target = folder.resolve(name), incoming = folder.resolve("." + name + INCOMING);
            Path previous = Files.exists(target) ? folder.resolve("." + name + PREVIOUS) : null;
            Files.deleteIfExists(incoming);
            boolean done = false;
            try {
                try (InputStream in = file.open()) {
                    Files.copy(in, incoming);
                }
                if (previous != null) Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
                Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
                Map<String, Object> out = ingest(target, name);
                // the same content already stored from another file: nothing refers to this copy
                if (previous == null && out.get("id") == null) Files.deleteIfExists(target);
                done = true;
                return out;
            } finally {
                Files.deleteIfExists(incoming);
                if (!done) {
                    Files.deleteIfExists(target);
                    if (previous != null) Files.move(previous, target, StandardCopyOption.ATOMIC_MOVE);
                    else deleteIfEmpty(folder);
                } else if (previous != null) {
                    Files.deleteIfExists(previous);
                }
            }
        }
    }

    private static void deleteIfEmpty(Path folder) {
        try {
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // other files of this reviewer are there
        }
    }

    /** Stores and indexes one saved file through the ingest's own path; 422 when it cannot be read. */
    private Map<String, Object> ingest(Path saved, String name) throws SQLException, InterruptedException {
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
            throw new ApiException(422, "unreadable", name + ": " + (failures.isEmpty() ? "not read" : failures.get(0)));
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
