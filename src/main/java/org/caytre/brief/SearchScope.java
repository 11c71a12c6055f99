package org.caytre.brief;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.caytre.search.PassageIndex;
import org.caytre.search.SearchRequest;
import org.caytre.search.SearchResult;

/**
 * The documents a search returns, for the brief of a result set: the query as typed, its filters (name → value as
 * given), the documents of the matching passages in the order of their best passage's rank, at most {@code cap} of
 * them, how many documents and passages matched in all, and the matching passages of those documents (those within
 * the index's paging depth). With {@code matchedOnly} the brief reads only those passages, not the whole documents.
 */
public record SearchScope(String query, Map<String, String> filters, List<String> docs, long matchedDocuments, long passages, int cap,
                          List<String> passageIds, boolean matchedOnly) {
    /** The documents a brief of a search uses unless told otherwise, and the most it takes. */
    public static final int DEFAULT_CAP = 100, MAX_CAP = 1000;
    private static final int PAGE = 100;

    public SearchScope {
        filters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(filters));
        docs = List.copyOf(docs);
        passageIds = List.copyOf(passageIds);
    }

    /**
     * Runs {@code request} page by page within the index's paging depth: the first {@code cap} documents found and
     * their matching passages. {@code filters}: what the person asked for, as they typed it, to be stated in the brief.
     */
    public static SearchScope of(PassageIndex index, SearchRequest request, Map<String, String> filters, int cap, boolean matchedOnly) {
        if (cap < 1 || cap > MAX_CAP) throw new IllegalArgumentException("--max-documents must be 1–" + MAX_CAP + ", not " + cap);
        Set<String> docs = new LinkedHashSet<>(), passageIds = new LinkedHashSet<>();
        SearchResult first = index.searchTogether(request.withOffset(0).withLimit(PAGE));
        SearchResult page = first;
        for (int offset = 0; ; ) {
            for (SearchResult.Hit h : page.hits()) {
                if (docs.size() == cap && !docs.contains(h.doc())) continue;   // past the cap: only the used documents' passages
                docs.add(h.doc());
                passageIds.add(h.passageId());
            }
            offset += PAGE;
            if ((docs.size() == cap && !matchedOnly) || offset >= first.total() || offset + PAGE > SearchRequest.MAX_DEPTH) break;
            page = index.searchTogether(request.withOffset(offset).withLimit(PAGE));
        }
        long matched = Math.max(first.distinct("documents"), docs.size());
        return new SearchScope(request.query().strip(), filters, new ArrayList<>(docs), matched, first.total(), cap, new ArrayList<>(passageIds), matchedOnly);
    }

    /** Whether the search matched more documents than the brief uses. */
    public boolean capped() { return matchedDocuments > docs.size(); }

    /** The file-name stem: {@code search-tau-san-bay} (ASCII, at most 40 characters after "search-"). */
    public String stem() {
        String words = query.isBlank() ? String.join(" ", filters.values()) : query;
        String ascii = Normalizer.normalize(words.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (ascii.length() > 40) ascii = ascii.substring(0, 40).replaceAll("-$", "");
        return ascii.isEmpty() ? "search" : "search-" + ascii;
    }
}
