package org.caytre.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.caytre.extract.Extraction;
import org.caytre.kb.StorageFault;
import org.caytre.search.analysis.VietnameseAnalyzer;

/**
 * The Lucene index of passages in a directory (the data directory's {@code index/}). One writer and any number of
 * concurrent searches: changes are visible to searches at once (near-real-time) and durable after {@link #commit()}.
 * {@link #openReadOnly} searches an index another process writes, as of its last commit.
 *
 * <pre>{@code
 * try (PassageIndex index = PassageIndex.open(dataDir.resolve("index"))) {
 *     index.replace("bao-cao-2020", Pipeline.standard().extract(path));
 *     index.commit();
 *     SearchResult r = index.search(SearchRequest.of("Hoa Kỳ"));
 * }
 * }</pre>
 */
public final class PassageIndex implements Closeable {
    private static final int FACET_VALUES = 20;
    /** Stored on every passage: the content hash of the document version it was built from. */
    static final String DOC_HASH = "doc_hash";

    private final Path dir;
    private final Directory directory;
    private final IndexWriter writer;                 // null when read-only
    private final SearcherManager searchers;
    private final QueryBuilder queries = new QueryBuilder(EntityNames.standard());
    private final QueryBuilder.Cache plans = new QueryBuilder.Cache(queries, 256);
    private final Snippets snippets;
    private volatile FacetCounts facetCounts;          // per reader; made again when the reader changes
    private final FacetCache facetCache = new FacetCache(256);
    private final java.util.concurrent.Semaphore searching = new java.util.concurrent.Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()), true);
    private volatile boolean cacheQueries = true;      // off only to measure uncached searches (SearchBench)

    private PassageIndex(Path dir, Directory directory, IndexWriter writer, VietnameseAnalyzer analyzer) throws IOException {
        this.snippets = new Snippets(analyzer);
        this.dir = dir;
        this.directory = directory;
        this.writer = writer;
        this.searchers = writer != null ? new SearcherManager(writer, null) : new SearcherManager(directory, null);
    }

    /** Opens (creating if needed) the index in {@code dir} for writing and searching. */
    public static PassageIndex open(Path dir) { return open(dir, VietnameseAnalyzer.indexing()); }

    /** An index whose passages are analysed by {@code analyzer} (an experiment's chain; {@link #open(Path)}: the standard one). */
    static PassageIndex open(Path dir, VietnameseAnalyzer analyzer) {
        try {
            Files.createDirectories(dir);
            Directory d = FSDirectory.open(dir);
            IndexWriterConfig c = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(RAM_BUFFER_MB).setMergePolicy(mergePolicy());
            try {
                return new PassageIndex(dir, d, new IndexWriter(d, c), analyzer);
            } catch (IOException | RuntimeException e) {
                d.close();
                throw e;
            }
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            throw new IllegalStateException("search index " + dir + " is being written by another process (a caytre ingest, "
                    + "or caytre serve with a write token): wait for it to finish, or stop it, then run this again", e);
        } catch (IOException e) {
            throw new StorageFault("cannot open search index " + dir + ": " + StorageFault.describe(e)
                    + (StorageFault.describe(e).startsWith("corrupt") ? DOCTOR : ""), e);
        }
    }

    /** In-memory postings before a segment is flushed: Lucene's default of 16 MB, with a commit every 500 documents,
     *  flushed small segments the merges then rewrote; 16 MB still costs an ingest of the 30k corpus 6 % more CPU in
     *  merges; 32 MB ends that ingest 6 % sooner but a batch of 6,000 articles 8 % later, with more segments to settle
     *  (docs/profile-ingest.md). A ceiling, not an allocation; within the 1 GB heap an ingest is given. */
    static final double RAM_BUFFER_MB = 64;

    /** Tiered merging with wider tiers than the default (10 → 16 segments per tier): fewer merges during a bulk
     *  ingest, for more segments to search until {@link #settle()}. */
    private static final double WRITING_SEGMENTS_PER_TIER = 16, SETTLED_SEGMENTS_PER_TIER = 4;

    private static org.apache.lucene.index.TieredMergePolicy mergePolicy() {
        org.apache.lucene.index.TieredMergePolicy p = new org.apache.lucene.index.TieredMergePolicy();
        p.setSegmentsPerTier(WRITING_SEGMENTS_PER_TIER);
        return p;
    }

    /**
     * After a bulk write: merges the small segments it left into tiers of at most four, waits for the merges and commits.
     * Every search pays for every segment (a terms dictionary to seek and postings to open per query term), and the 16
     * segments a 30,000-article ingest leaves cost a cold search a fifth more CPU than 10 settled ones
     * (docs/profile-ingest.md). Tiers keep it proportionate: only segments of similar size are merged, never the
     * archive's large ones into one.
     */
    public void settle() {
        IndexWriter w = writable();
        var policy = (org.apache.lucene.index.TieredMergePolicy) w.getConfig().getMergePolicy();
        policy.setSegmentsPerTier(SETTLED_SEGMENTS_PER_TIER);
        try {
            w.maybeMerge();
            // Lucene's merge threads run the merges; IndexWriter keeps its own wait to itself, so poll (a merge takes
            // seconds). A failed merge closes the writer, and the commit below then names its cause.
            while (w.hasPendingMerges() || !w.getMergingSegments().isEmpty()) Thread.sleep(20);
        } catch (IOException | RuntimeException e) {
            throw failure("cannot merge segments", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while merging the search index's segments", e);
        } finally {
            policy.setSegmentsPerTier(WRITING_SEGMENTS_PER_TIER);
        }
        commit();
    }

    /** How many segments the index has now (what {@link #settle()} reduces). */
    public int segmentCount() { return withSearcher(s -> s.getIndexReader().leaves().size()); }

    /** Opens an existing index for searching only; {@link IllegalStateException} naming the directory when there is none. */
    public static PassageIndex openReadOnly(Path dir) {
        try {
            if (!Files.isDirectory(dir)) throw new IllegalStateException("no search index at " + dir);
            Directory d = FSDirectory.open(dir);
            if (!DirectoryReader.indexExists(d)) {
                d.close();
                throw new IllegalStateException("no search index at " + dir);
            }
            try {
                return new PassageIndex(dir, d, null, VietnameseAnalyzer.indexing());
            } catch (IOException | RuntimeException e) {
                d.close();
                throw e;
            }
        } catch (IOException e) {
            throw new StorageFault("cannot open search index " + dir + ": " + StorageFault.describe(e) + DOCTOR, e);
        }
    }

    private static final String DOCTOR = "; run caytre doctor to check it and rebuild it from the store";

    /**
     * Lucene's full check of every segment (checksums, postings, stored fields) of the index in {@code dir}: null when
     * it is sound, else what is wrong, in one line. Takes the index's write lock, so no other process may be writing.
     */
    public static String verify(Path dir) {
        try (Directory d = FSDirectory.open(dir)) {
            if (!DirectoryReader.indexExists(d)) return "no index";
            try (org.apache.lucene.index.CheckIndex check = new org.apache.lucene.index.CheckIndex(d)) {
                check.setInfoStream(null);
                org.apache.lucene.index.CheckIndex.Status status = check.checkIndex();
                if (status.clean) return null;
                if (status.missingSegments) return "corrupt (a segments file is missing or unreadable)";
                for (var seg : status.segmentInfos)
                    if (seg.error != null) return "corrupt (segment " + seg.name + ": " + StorageFault.describe(seg.error) + ")";
                return "corrupt (" + status.numBadSegments + " bad segments)";
            }
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            throw new IllegalStateException("search index " + dir + " is being written by another process (a caytre ingest, "
                    + "or caytre serve with a write token): stop it, then run this again", e);
        } catch (IOException | RuntimeException e) {
            return StorageFault.describe(e).startsWith("corrupt") ? StorageFault.describe(e) : "corrupt (" + StorageFault.describe(e) + ")";
        }
    }

    /** Replaces all passages of {@code docId} by those of {@code x}, atomically for searches. */
    public void replace(String docId, Extraction x) {
        replace(docId, Passages.of(docId, x));
    }

    /** Replaces all passages of {@code docId} by {@code passages}, with no content hash (a repair will rebuild them). */
    public void replace(String docId, List<Passage> passages) {
        replace(docId, null, passages);
    }

    /**
     * Replaces all passages of {@code docId} by {@code passages}, each carrying the content hash of the stored version
     * they come from, so a repair can tell a stale document from a current one ({@link #documentHashes()}).
     */
    public void replace(String docId, String contentHash, List<Passage> passages) {
        List<org.apache.lucene.document.Document> docs = new ArrayList<>();
        try {
            for (Passage p : passages) {
                org.apache.lucene.document.Document d = PassageFields.toLucene(p);
                if (contentHash != null) d.add(new StoredField(DOC_HASH, contentHash));
                docs.add(PassageFields.FACETS_CONFIG.build(d));
            }
            writable().updateDocuments(new Term(PassageFields.DOC, docId), docs);
        } catch (IOException | RuntimeException e) {
            throw failure("cannot index " + docId, e);
        }
    }

    public void delete(String docId) {
        try {
            writable().deleteDocuments(new Term(PassageFields.DOC, docId));
        } catch (IOException | RuntimeException e) {
            throw failure("cannot delete " + docId, e);
        }
    }

    /**
     * Adds indexes built elsewhere (one per batch task) with Lucene's {@code addIndexes}: their segments are copied, not
     * re-analysed; a document they hold replaces its passages here. Commits. Returns the documents added.
     */
    public int addIndexes(java.util.List<Path> parts) {
        java.util.List<Directory> dirs = new java.util.ArrayList<>();
        int added = 0;
        try {
            for (Path part : parts) {
                try (Directory probe = FSDirectory.open(part)) {
                    if (!DirectoryReader.indexExists(probe)) continue;   // a task that stored nothing new
                }
                Set<String> ids;
                try (PassageIndex p = openReadOnly(part)) {
                    ids = p.documentIds();
                }
                for (String id : ids) delete(id);
                added += ids.size();
                dirs.add(FSDirectory.open(part));
            }
            if (!dirs.isEmpty()) writable().addIndexes(dirs.toArray(Directory[]::new));
            commit();
            return added;
        } catch (IOException | RuntimeException e) {
            throw failure("cannot add the indexes " + parts, e);
        } finally {
            for (Directory d : dirs) {
                try {
                    d.close();
                } catch (IOException e) {
                    // read only
                }
            }
        }
    }

    /** Writes the largest in-memory segment to disk on the calling thread (not durable until {@link #commit()}), so
     *  several threads can share the flushing a commit would do on one. */
    public void flushBuffer() {
        try {
            writable().flushNextBuffer();
        } catch (IOException | RuntimeException e) {
            throw failure("cannot flush", e);
        }
    }

    /** Makes the changes so far durable. */
    public void commit() {
        try {
            writable().commit();
            searchers.maybeRefresh();
        } catch (IOException | RuntimeException e) {
            throw failure("cannot commit", e);
        }
    }

    /** The ids of the documents that have passages in the index. */
    public Set<String> documentIds() {
        return new TreeSet<>(documentHashes().keySet());
    }

    /**
     * Each indexed document's content hash (the stored version its passages were built from; "" when indexed without
     * one), to compare with the store after a crash.
     */
    public Map<String, String> documentHashes() {
        return withSearcher(s -> {
            Map<String, String> hashes = new java.util.TreeMap<>();
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                Terms terms = leaf.reader().terms(PassageFields.DOC);
                if (terms == null) continue;
                Bits live = leaf.reader().getLiveDocs();
                var stored = leaf.reader().storedFields();
                TermsEnum te = terms.iterator();
                PostingsEnum pe = null;
                for (BytesRef t; (t = te.next()) != null; ) {
                    pe = te.postings(pe, PostingsEnum.NONE);
                    for (int d; (d = pe.nextDoc()) != DocIdSetIterator.NO_MORE_DOCS; )
                        if (live == null || live.get(d)) {
                            String hash = stored.document(d, Set.of(DOC_HASH)).get(DOC_HASH);
                            hashes.put(t.utf8ToString(), hash == null ? "" : hash);
                            break;
                        }
                }
            }
            return hashes;
        });
    }

    /** Lets a read-only index see what another process committed since (a no-op when nothing changed). */
    public void refresh() {
        try {
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot refresh the search index", e);
        }
    }

    /** The indexed passages of one document, in text order (empty when it is not indexed). */
    public List<Passage> passages(String docId) {
        return withSearcher(s -> {
            List<Passage> out = new ArrayList<>();
            var stored = s.storedFields();
            for (ScoreDoc sd : s.search(new org.apache.lucene.search.TermQuery(new Term(PassageFields.DOC, docId)), Integer.MAX_VALUE).scoreDocs)
                out.add(PassageFields.fromLucene(stored.document(sd.doc)));
            out.sort(java.util.Comparator.comparingInt(Passage::start));
            return out;
        });
    }

    /**
     * Ranked passages with snippets, and facet counts over all matching passages. At most one search per core runs at a
     * time, the others wait their turn in order: with 8 clients on 2 cores, searches sharing the cores made a long one
     * 4 times as slow, waiting first adds only the shorter ones ahead of it (p99 follows the longest searches).
     */
    public SearchResult search(SearchRequest request) { return search(request, true); }

    /**
     * Only the passages that hold the query's words together, never the {@link SearchResult#relaxed} answer: what an
     * alert fires on, a batch counts and a brief cites (a passage holding one of the words is no match to count there;
     * a person searching is shown those, with the notice).
     */
    public SearchResult searchTogether(SearchRequest request) { return search(request, false); }

    private SearchResult search(SearchRequest request, boolean mayRelax) {
        searching.acquireUninterruptibly();
        try {
            return searchNow(request, mayRelax);
        } finally {
            searching.release();
        }
    }

    private SearchResult searchNow(SearchRequest request, boolean mayRelax) {
        QueryBuilder.Planned plan = cacheQueries ? plans.get(request) : queries.build(request);
        return withSearcher(s -> {
            if (s.getIndexReader().numDocs() == 0)
                return new SearchResult(0, List.of(), emptyFacets(), request.offset(), request.limit(), Map.of());
            int n = request.offset() + request.limit();
            Collected c = collect(s, plan.query(), n);
            boolean relaxed = mayRelax && c.counted().total() == 0 && plan.relaxed() != null;
            if (relaxed) c = collect(s, plan.relaxed(), n);     // no passage has the words together: any of them
            ScoreDoc[] top = c.top();
            FacetCache.Counted counted = c.counted();
            List<SearchResult.Hit> hits = cacheQueries ? facetCache.page(s.getIndexReader(), plan, relaxed, request.offset(), request.limit()) : null;
            if (hits == null) {
                hits = new ArrayList<>();
                var stored = s.storedFields();
                var marks = Snippets.marks(plan.terms());
                for (int i = Math.min(top.length, request.offset()); i < Math.min(top.length, n); i++) {
                    ScoreDoc sd = top[i];
                    Passage p = PassageFields.fromLucene(stored.document(sd.doc));
                    hits.add(new SearchResult.Hit(p.doc(), p.id(), p.section(), p.date(), p.text(),
                            snippets.snippet(p, marks, plan.entityIds()), sd.score, p.entities()));
                }
                if (cacheQueries) facetCache.putPage(s.getIndexReader(), plan, relaxed, request.offset(), request.limit(), hits);
            }
            return new SearchResult(counted.total(), hits, FacetCache.copy(counted.facets()), request.offset(), request.limit(),
                    new LinkedHashMap<>(counted.distinct()), relaxed);
        });
    }

    /** A query's total and facets, and its best {@code n} hits (or all of them). */
    private record Collected(FacetCache.Counted counted, ScoreDoc[] top) {}

    private Collected collect(IndexSearcher s, org.apache.lucene.search.Query query, int n) throws IOException {
        FacetCache.Counted counted = cacheQueries ? facetCache.get(s.getIndexReader(), query) : null;
        if (counted != null && counted.covers(n)) return new Collected(counted, counted.top());   // a repeated query or a page within the window
        if (counted != null) {
            ScoreDoc[] top = s.search(query, FacetCache.window(n)).scoreDocs;   // top hits only: the counts are known
            facetCache.put(s.getIndexReader(), query, counted.withTop(top));
            return new Collected(counted, top);
        }
        FacetCounts.Result r = facetCounts(s.getIndexReader()).search(s, query, FacetCache.window(n), FACET_VALUES);
        counted = new FacetCache.Counted(r.total(), r.facets(), r.distinct(), null).withTop(r.top());
        if (cacheQueries) facetCache.put(s.getIndexReader(), query, counted);
        return new Collected(counted, r.top());
    }

    /** Whether plans, counts and top hits of earlier queries may be reused (on by default); {@link SearchBench} measures
     *  both ways. */
    void cacheQueries(boolean on) { cacheQueries = on; }

    /** How many passages the index holds. */
    public int passageCount() { return withSearcher(s -> s.getIndexReader().numDocs()); }

    /** The facet counter of {@code reader}, made when the reader changed (segments it shares with the last one are
     *  not read again). */
    private FacetCounts facetCounts(IndexReader reader) throws IOException {
        FacetCounts f = facetCounts;
        if (f != null && f.reader() == reader) return f;
        synchronized (this) {
            f = FacetCounts.of(reader, facetCounts);
            facetCounts = f;
            return f;
        }
    }

    private static Map<String, Map<String, Integer>> emptyFacets() {
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        for (String dim : PassageFields.FACETS) out.put(dim, new LinkedHashMap<>());
        return out;
    }

    private interface SearcherWork<T> { T apply(IndexSearcher s) throws IOException; }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            if (writer != null) searchers.maybeRefresh();      // see this writer's changes (near-real-time)
            IndexSearcher s = searchers.acquire();
            try {
                return work.apply(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new StorageFault("search index " + dir + ": " + StorageFault.describe(e) + DOCTOR, e);
        }
    }

    /**
     * A write that failed, as one line naming the index folder and the real cause: after a disk-full or I/O error
     * Lucene closes its writer, and later calls only say "this IndexWriter is closed"; the first error is kept as its
     * "tragic exception". Nothing of the failed batch is committed, and the next command's repair re-indexes it.
     */
    private RuntimeException failure(String what, Exception e) {
        if (e instanceof IllegalStateException && writer == null) return (IllegalStateException) e;   // read-only use
        Throwable cause = writer != null && writer.getTragicException() != null ? writer.getTragicException() : e;
        return new StorageFault("search index " + dir + ": " + what + ": " + StorageFault.describe(cause), cause);
    }

    private IndexWriter writable() {
        if (writer == null) throw new IllegalStateException("the search index was opened read-only");
        return writer;
    }

    @Override
    public void close() {
        // each part closed even when an earlier one fails (a full disk), so no file or lock stays open
        RuntimeException first = null;
        for (java.io.Closeable part : new java.io.Closeable[] {searchers, writer, directory}) {
            try {
                if (part != null) part.close();
            } catch (IOException | RuntimeException e) {
                if (first == null) first = failure("cannot close", e instanceof IOException io ? io : new IOException(e));
            }
        }
        if (first != null) throw first;
    }
}
