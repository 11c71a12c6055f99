package org.caytre.kb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.caytre.classify.Relevance;
import org.caytre.extract.Extraction;
import org.caytre.model.Annotations;
import org.caytre.model.Document;
import org.caytre.model.Footnote;
import org.caytre.model.Metadata;
import org.caytre.model.Paragraph;
import org.caytre.model.Section;
import org.caytre.model.Span;
import org.caytre.pipeline.Pipeline;
import org.caytre.structure.SentenceSplitter;

/**
 * The classification backfill of {@code caytre doctor --reclassify}. Documents stored before the relevance and areas
 * migration (V30) have no relevance, nor their passages, event mentions and statistics relevance or areas (they count
 * as relevant with no area), and an ingest skips them while their content is unchanged. Each such document is rebuilt
 * from its stored passages — their text at their offsets, paragraphs and footnotes (with their markers) as the
 * structure stage cut them, the section headings above them — annotated by the pipeline and classified by
 * {@link Relevance} as the ingest does, and stored through {@link PassageClasses}, the ingest's own writer of classes.
 * Batches of documents, one transaction each: a stopped backfill keeps its finished batches and a second run goes on
 * with the rest. What the rebuilt document lacks is the text outside its passages (headings are known by their words,
 * not their place), which the annotator and the classifier read only as section headings.
 *
 * <pre>{@code Reclassifier.Progress p = new Reclassifier(store, Pipeline.standard(), 200, 4).run(listener);}</pre>
 */
public final class Reclassifier {
    /** Documents classified so far of {@code total} (those lacking it when the run began), {@code failed} left as they were. */
    public record Progress(int done, long total, int failed) {}

    /** Told of each batch: its documents' ids inside its transaction (to re-index their areas from what it wrote,
     *  before the store commits), then the progress once it is committed. */
    public interface Listener {
        void written(Connection c, List<String> ids) throws Exception;

        void committed(Progress progress) throws Exception;
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SentenceSplitter SENTENCES = new SentenceSplitter();

    private final Store store;
    private final Pipeline pipeline;
    private final int batchSize, threads;

    /** {@code threads} annotate the documents of a batch side by side (the pipeline is shared, as the ingest's workers share it). */
    public Reclassifier(Store store, Pipeline pipeline, int batchSize, int threads) {
        if (batchSize < 1) throw new IllegalArgumentException("the batch size must be positive, not " + batchSize);
        this.store = store;
        this.pipeline = pipeline;
        this.batchSize = batchSize;
        this.threads = Math.max(1, threads);
    }

    /** Stored documents with no relevance: stored before V30 (or by a backfill that stopped before them). */
    public static long unclassified(Store store) throws SQLException {
        try (Connection c = store.connect()) {
            return Sql.count(c, "SELECT COUNT(*) FROM documents WHERE relevance IS NULL");
        }
    }

    /** Classifies every document that lacks it, in id order; a document that cannot be rebuilt is counted and left. */
    public Progress run(Listener after) throws Exception {
        long total = unclassified(store);
        int done = 0, failed = 0;
        String last = "";
        try (Connection c = store.connect(); ExecutorService workers = Executors.newFixedThreadPool(threads,
                r -> Thread.ofPlatform().name("caytre-reclassify").daemon().unstarted(r))) {
            while (true) {
                Map<String, String> batch = new LinkedHashMap<>();   // id → content hash, as read
                try (PreparedStatement s = Sql.prepare(c, "SELECT id, content_hash FROM documents WHERE relevance IS NULL AND id > ?"
                        + " ORDER BY id LIMIT ?", last, batchSize); ResultSet r = s.executeQuery()) {
                    while (r.next()) batch.put(r.getString(1), r.getString(2));
                }
                if (batch.isEmpty()) break;
                last = batch.keySet().stream().reduce((a, b) -> b).orElseThrow();
                Map<String, Document> rebuilt = new LinkedHashMap<>();
                for (String id : batch.keySet()) {
                    try {
                        rebuilt.put(id, rebuild(c, id));
                    } catch (RuntimeException e) {   // rows that do not make a document (a passage past the text): left unclassified
                        failed++;
                    }
                }
                Map<String, Future<Extraction>> pending = new LinkedHashMap<>();
                rebuilt.forEach((id, d) -> pending.put(id, workers.submit(() -> classify(d))));   // annotating is the work
                Map<String, Extraction> classified = new LinkedHashMap<>();
                for (Map.Entry<String, Future<Extraction>> e : pending.entrySet()) {
                    try {
                        classified.put(e.getKey(), e.getValue().get());
                    } catch (ExecutionException x) {
                        failed++;
                    }
                }
                List<String> written = new ArrayList<>();
                c.setAutoCommit(false);
                try {
                    for (Map.Entry<String, Extraction> e : classified.entrySet()) {
                        // an ingest may have replaced the document meanwhile: its new version has its classes already
                        if (!Sql.exists(c, "SELECT 1 FROM documents WHERE id = ? AND content_hash = ? AND relevance IS NULL",
                                e.getKey(), batch.get(e.getKey()))) continue;
                        PassageClasses.store(c, e.getKey(), e.getValue());
                        written.add(e.getKey());
                    }
                    after.written(c, written);
                    c.commit();
                } catch (Exception e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(true);
                }
                done += written.size();
                after.committed(new Progress(done, total, failed));
            }
        }
        return new Progress(done, total, failed);
    }

    /** Annotated and classified as the ingest does it ({@link org.caytre.extract.Extractor}). */
    private Extraction classify(Document d) {
        Annotations a = pipeline.annotate(d);
        return new Extraction(d, a, List.of(), List.of(), List.of(), Relevance.of(d, a));
    }

    /** One stored document as the structure stage cut it. */
    Document rebuild(Connection c, String id) throws SQLException {
        String title = null;
        int length = 0;
        Metadata meta = Metadata.EMPTY;
        try (PreparedStatement s = Sql.prepare(c, "SELECT title, metadata, text_length FROM documents WHERE id = ?", id);
             ResultSet r = s.executeQuery()) {
            if (r.next()) {
                title = r.getString(1);
                meta = metadata(r.getString(2), title);
                length = r.getInt(3);
            }
        }
        List<Object[]> rows = new ArrayList<>();   // kind, ordinal, start, end, text, marker or null, section path
        try (PreparedStatement s = Sql.prepare(c, "SELECT kind, ordinal, start_offset, end_offset, text, marker_offset, section_path"
                + " FROM passages WHERE doc_id = ? ORDER BY kind DESC, ordinal, start_offset", id); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                int marker = r.getInt(6);
                rows.add(new Object[] {r.getString(1), r.getInt(2), r.getInt(3), r.getInt(4), r.getString(5),
                        r.wasNull() ? null : marker, r.getString(7)});
                length = Math.max(length, r.getInt(4));
            }
        }
        char[] text = new char[length];
        Arrays.fill(text, '\n');   // what stood between passages (blank lines, headings) is not stored
        Headings headings = new Headings();
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Footnote> footnotes = new ArrayList<>();
        for (Object[] row : rows) {
            Span span = new Span((Integer) row[2], (Integer) row[3]);
            String passage = (String) row[4];
            if (passage.length() != span.length())
                throw new IllegalStateException("passage of " + id + " at " + span.start() + " is not as long as its span");
            passage.getChars(0, passage.length(), text, span.start());
            String path = (String) row[6];
            if (row[0].equals("paragraph")) {
                paragraphs.add(new Paragraph(span, headings.place(path, span)));
            } else {
                Integer marker = (Integer) row[5];
                if (marker != null) headings.place(path, new Span(marker, marker + 1));
                footnotes.add(new Footnote((Integer) row[1], span, marker));
            }
        }
        String all = new String(text);
        List<Span> sentences = new ArrayList<>();
        for (Paragraph p : paragraphs) sentences.addAll(SENTENCES.split(all, p.span().start(), p.span().end()));
        for (Footnote f : footnotes) sentences.addAll(SENTENCES.split(all, f.body().start(), f.body().end()));
        int[] offsets = new int[all.length() + 1];
        for (int i = 0; i < offsets.length; i++) offsets[i] = i;
        return new Document(id, all, all, offsets, meta, headings.sections(), paragraphs, sentences, footnotes,
                List.of(), List.of(), List.of());
    }

    /** The parse metadata stored with the document (the title the classifier weighs is the parsed one). */
    private static Metadata metadata(String json, String storedTitle) {
        try {
            JsonNode m = JSON.readTree(json);
            return new Metadata(text(m, "title"), text(m, "issuer"), text(m, "number"), text(m, "place"), text(m, "date"),
                    text(m, "type"), m.hasNonNull("reference_year") ? m.get("reference_year").asInt() : null);
        } catch (java.io.IOException | RuntimeException e) {
            return new Metadata(storedTitle, null, null, null, null, null, null);
        }
    }

    private static String text(JsonNode m, String field) { return m != null && m.hasNonNull(field) ? m.get(field).asText() : null; }

    /**
     * The sections a document's stored heading paths ("I. Tình hình › 1. Kinh tế") stand for: one per path, its
     * heading the path's last part, its parent the path without it, its span the passages (and footnote markers) under it,
     * so the innermost section at a footnote's marker is the one the ingest found there.
     */
    private static final class Headings {
        private final Map<String, int[]> spans = new LinkedHashMap<>();

        /** Records that {@code span} lies under {@code path}; the id of its innermost section, or null when none. */
        String place(String path, Span span) {
            if (path == null || path.isEmpty()) return null;
            for (String prefix = path; prefix != null; prefix = parent(prefix)) {
                int[] s = spans.computeIfAbsent(prefix, k -> new int[] {span.start(), span.end()});
                s[0] = Math.min(s[0], span.start());
                s[1] = Math.max(s[1], span.end());
            }
            return path;
        }

        List<Section> sections() {
            List<Section> out = new ArrayList<>();
            spans.forEach((path, s) -> {
                String parent = parent(path);
                String heading = parent == null ? path : path.substring(parent.length() + SectionPath.SEPARATOR.length());
                out.add(new Section(path, null, heading, path.split(SectionPath.SEPARATOR, -1).length, new Span(s[0], s[0]),
                        new Span(s[0], s[1]), parent));
            });
            return out;
        }

        private static String parent(String path) {
            int at = path.lastIndexOf(SectionPath.SEPARATOR);
            return at < 0 ? null : path.substring(0, at);
        }
    }
}
