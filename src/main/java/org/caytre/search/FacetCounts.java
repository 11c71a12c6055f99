package org.caytre.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * A query's best hits, total and facet counts in one pass over its matching passages: each passage's facet ordinals are
 * counted as it is collected, from a copy of the facet doc values held in memory per segment (a few ints per passage),
 * instead of Lucene's two passes (a bit set of every match, then reading the doc values of each). On the 30k index
 * counting facets that way was 43 % of a never-seen query's time (docs/profile-ingest.md). The answer is what
 * {@code SortedSetDocValuesFacetCounts.getTopChildren} gives: values by count, ties in label order
 * ({@code FacetCountsTest} compares them). One instance per index reader; segments unchanged since the last reader
 * keep their copy (mapped to the reader's ordinals once per reader). The copies take about 16 bytes a passage and are bounded ({@link #inMemoryLimit()}): segments past
 * the bound are counted from their doc values in the same pass, so an archive of millions of passages fits the heap.
 */
final class FacetCounts {
    /** The segment ordinals of each passage of one segment: those of doc d are {@code ords[starts[d] .. starts[d + 1])}. */
    private record SegmentOrds(int[] starts, int[] ords) {}

    /** What one pass yields: the best hits in rank order, how many passages matched, and the facets. */
    record Result(ScoreDoc[] top, long total, Map<String, Map<String, Integer>> facets, Map<String, Integer> distinct) {}

    private final IndexReader reader;
    private final SortedSetDocValuesReaderState state;
    private final SegmentOrds[] segments;                 // by leaf ord
    private final int[][] toGlobal;                       // by leaf ord: segment ordinal → this reader's ordinal
    private final int[][] globalOrds;                     // by leaf ord: the segment's ords as this reader's (null: not in memory)
    private final Map<Object, SegmentOrds> byCore;        // by segment core, for the next reader to reuse

    private FacetCounts(IndexReader reader, FacetCounts previous, long passagesInMemory) throws IOException {
        this.reader = reader;
        this.state = new DefaultSortedSetDocValuesReaderState(reader, FacetsConfig.DEFAULT_INDEX_FIELD_NAME, PassageFields.FACETS_CONFIG);
        OrdinalMap ordinalMap = state.getDocValues() instanceof MultiDocValues.MultiSortedSetDocValues m ? m.mapping : null;
        List<LeafReaderContext> leaves = reader.leaves();
        this.segments = new SegmentOrds[leaves.size()];
        this.toGlobal = new int[leaves.size()][];
        this.globalOrds = new int[leaves.size()][];
        this.byCore = new HashMap<>();
        long room = passagesInMemory;
        for (LeafReaderContext leaf : leaves) {
            var helper = leaf.reader().getCoreCacheHelper();
            Object core = helper == null ? null : helper.getKey();
            SegmentOrds s = null;
            if (leaf.reader().maxDoc() <= room) {
                s = core != null && previous != null ? previous.byCore.get(core) : null;
                if (s == null) s = load(leaf);
                room -= leaf.reader().maxDoc();
                if (core != null) byCore.put(core, s);
            }
            segments[leaf.ord] = s;                        // null: counted from the doc values
            int[] map = new int[(int) DocValues.getSortedSet(leaf.reader(), FacetsConfig.DEFAULT_INDEX_FIELD_NAME).getValueCount()];
            var global = ordinalMap == null ? null : ordinalMap.getGlobalOrds(leaf.ord);
            for (int ord = 0; ord < map.length; ord++) map[ord] = global == null ? ord : (int) global.get(ord);
            toGlobal[leaf.ord] = map;
            if (s != null) {                               // mapped once per reader, not once per passage and search
                int[] mapped = new int[s.ords().length];
                for (int i = 0; i < mapped.length; i++) mapped[i] = map[s.ords()[i]];
                globalOrds[leaf.ord] = mapped;
            }
        }
    }

    /** The counts for {@code reader}, reusing what {@code previous} (null: none) loaded for the segments they share. */
    static FacetCounts of(IndexReader reader, FacetCounts previous) throws IOException {
        return of(reader, previous, inMemoryLimit());
    }

    /** With at most {@code passagesInMemory} passages' ordinals copied into memory (the rest read from doc values). */
    static FacetCounts of(IndexReader reader, FacetCounts previous, long passagesInMemory) throws IOException {
        return previous != null && previous.reader == reader ? previous : new FacetCounts(reader, previous, passagesInMemory);
    }

    /** How many passages' ordinals may be held in memory: about a tenth of the heap (16 bytes a passage: an offset and
     *  1.4 ordinals on the 30k index, and the ordinals again mapped to the reader's), 6 million passages in a 1 GB heap. */
    static long inMemoryLimit() { return Runtime.getRuntime().maxMemory() / 160; }

    IndexReader reader() { return reader; }

    private static SegmentOrds load(LeafReaderContext leaf) throws IOException {
        SortedSetDocValues dv = DocValues.getSortedSet(leaf.reader(), FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
        int maxDoc = leaf.reader().maxDoc();
        int[] starts = new int[maxDoc + 1];
        int[] ords = new int[Math.max(16, maxDoc * 2)];
        int n = 0, last = 0;
        for (int doc; (doc = dv.nextDoc()) != DocIdSetIterator.NO_MORE_DOCS; ) {
            while (last < doc) starts[++last] = n;            // passages without values
            int count = dv.docValueCount();
            if (n + count > ords.length) ords = Arrays.copyOf(ords, Math.max(n + count, ords.length * 2));
            for (int i = 0; i < count; i++) ords[n++] = (int) dv.nextOrd();
            starts[++last] = n;
        }
        while (last < maxDoc) starts[++last] = n;
        return new SegmentOrds(starts, Arrays.copyOf(ords, n));
    }

    /** Runs {@code query}: its best {@code n} hits (as {@code TopScoreDocCollectorManager} ranks them), total and facets. */
    Result search(IndexSearcher searcher, Query query, int n, int facetValues) throws IOException {
        if (searcher.getIndexReader() != reader) throw new IllegalArgumentException("a searcher of another reader");
        TopScoreDocCollectorManager topManager = new TopScoreDocCollectorManager(n, Integer.MAX_VALUE);
        List<Counting> collectors = new ArrayList<>();
        TopDocs top = searcher.search(query, new CollectorManager<Counting, TopDocs>() {
            @Override public Counting newCollector() throws IOException {
                Counting c = new Counting(topManager.newCollector());
                synchronized (collectors) { collectors.add(c); }
                return c;
            }

            @Override public TopDocs reduce(Collection<Counting> done) throws IOException {
                return topManager.reduce(done.stream().map(c -> c.top).toList());
            }
        });
        int[] global = collectors.size() == 1 ? collectors.get(0).counts : new int[state.getSize()];   // one slice without an executor
        long total = 0;
        for (Counting c : collectors) {
            total += c.total;
            if (c.counts != global) for (int ord = 0; ord < global.length; ord++) global[ord] += c.counts[ord];
        }
        Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
        Map<String, Integer> distinct = new LinkedHashMap<>();
        for (String dim : PassageFields.FACETS) facets.put(dim, top(dim, global, facetValues, distinct));
        return new Result(top.scoreDocs, total, facets, distinct);
    }

    /** The {@code k} values of {@code dim} with the largest counts, ties in ordinal (label) order; {@code distinct}
     *  receives how many values have a count. */
    private Map<String, Integer> top(String dim, int[] counts, int k, Map<String, Integer> distinct) throws IOException {
        Map<String, Integer> out = new LinkedHashMap<>();
        SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
        if (range == null) {
            distinct.put(dim, 0);
            return out;
        }
        int seen = 0;
        // the best k so far as (count, ordinal), kept sorted: k is 20, a dimension has up to ~30,000 values
        int[] bestOrd = new int[k], bestCount = new int[k];
        int size = 0;
        for (int ord = range.start(); ord <= range.end(); ord++) {
            int c = counts[ord];
            if (c == 0) continue;
            seen++;
            if (size == k && c <= bestCount[k - 1]) continue;   // a later ordinal loses a tie
            int at = size == k ? k - 1 : size++;
            while (at > 0 && bestCount[at - 1] < c) {
                bestCount[at] = bestCount[at - 1];
                bestOrd[at] = bestOrd[at - 1];
                at--;
            }
            bestCount[at] = c;
            bestOrd[at] = ord;
        }
        distinct.put(dim, seen);
        if (size == 0) return out;
        SortedSetDocValues dv = state.getDocValues();
        for (int i = 0; i < size; i++) {
            String[] path = FacetsConfig.stringToPath(dv.lookupOrd(bestOrd[i]).utf8ToString());
            out.put(path[path.length - 1], bestCount[i]);
        }
        return out;
    }

    /** Collects the top hits of its slice and counts each collected passage's facet values by the reader's ordinals. */
    private final class Counting implements Collector {
        final TopScoreDocCollector top;
        final int[] counts = new int[state.getSize()];
        long total;

        Counting(TopScoreDocCollector top) { this.top = top; }

        @Override public ScoreMode scoreMode() { return top.scoreMode(); }

        @Override public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            LeafCollector hits = top.getLeafCollector(context);
            SegmentOrds s = segments[context.ord];
            int[] map = toGlobal[context.ord], c = counts;
            if (s == null) {
                SortedSetDocValues dv = DocValues.getSortedSet(context.reader(), FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
                return new Counted(hits) {
                    @Override void count(int doc) throws IOException {
                        if (dv.advanceExact(doc)) for (int i = 0, n = dv.docValueCount(); i < n; i++) c[map[(int) dv.nextOrd()]]++;
                    }
                };
            }
            int[] starts = s.starts(), ords = globalOrds[context.ord];
            return new Counted(hits) {
                @Override void count(int doc) {
                    for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) c[ords[i]]++;
                }
            };
        }

        /** Passes each passage to the top hits and counts its facet values. */
        private abstract class Counted implements LeafCollector {
            private final LeafCollector hits;

            Counted(LeafCollector hits) { this.hits = hits; }

            abstract void count(int doc) throws IOException;

            @Override public void setScorer(Scorable scorer) throws IOException { hits.setScorer(scorer); }

            @Override public void collect(int doc) throws IOException {
                hits.collect(doc);
                total++;
                count(doc);
            }

            @Override public void finish() throws IOException { hits.finish(); }
        }
    }
}
