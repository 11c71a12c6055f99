package org.caytre.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.caytre.search.analysis.CompoundSplitFilter;
import org.caytre.search.analysis.FoldedFormFilter;
import org.caytre.search.analysis.VietnameseAnalyzer;

/**
 * Turns a {@link SearchRequest} into a Lucene query over the passage fields.
 *
 * <ul>
 *   <li>Diacritics: a query typed without any asks, for each term, for the exact term and its folded form (text
 *       written exactly so matches both and ranks first); a query with diacritics asks for exact terms only.
 *   <li>Free words: each syllable, each pair of neighbouring syllables (a word-level match, and a name written as one
 *       word: "Mekong" ~ "Mê Kông"), each joined hyphenated form, all optional, scored by BM25.
 *   <li>Names: words naming an entity ({@link EntityNames}) become "this phrase, or any passage linked to the
 *       entity's id", whichever scores more, so every other name of it is found too.
 *   <li>"Phrases" are required, -words excluded, filters (country, event type, dates) restrict without scoring.
 * </ul>
 */
final class QueryBuilder {
    /** An entity id match weighs as much as the words of a distinctive name (an id term alone scores ~0.45 idf). */
    static final float ENTITY_BOOST = 2.5f;

    /**
     * The query and what the snippet should mark: index terms and entity ids. {@code relaxed}, when not null, is the
     * same query with its words optional (any one of them enough, or none beside a phrase): asked when no passage has
     * the words of {@code query} together, so a misspelt or foreign word still finds the passages of the others.
     */
    record Planned(Query query, Query relaxed, Set<String> terms, Set<String> entityIds) {}

    /**
     * How many of a query's words (syllables and names, not pairs) a passage must contain: all of up to four (a query
     * of one or two Vietnamese words), all but a quarter of longer ones (a sentence typed as a question has words a
     * passage may say otherwise). A passage holding one common syllable of four ("công" of "bảo hộ công dân") is no
     * answer an analyst wants counted, and counting it was most of a search's time.
     */
    static int required(int words) { return words <= 4 ? words : words - words / 4; }

    private record Syllable(String term, int start, int end, int position, boolean joined) {}

    private final Analyzer syllables = VietnameseAnalyzer.syllables();
    private final EntityNames names;
    /** Function words a passage need not hold (search/optional-words.txt), exact and folded, as the query reads them. */
    private final Set<String> optional = new java.util.HashSet<>();

    QueryBuilder(EntityNames names) {
        this.names = names;
        for (String w : org.caytre.internal.DataFiles.lines("/search/optional-words.txt"))
            for (Syllable s : analyze(w)) {
                optional.add(s.term());
                optional.add(FoldedFormFilter.folded(s.term()));
            }
    }

    Planned build(SearchRequest r) {
        UserQuery q = UserQuery.parse(r.query());
        Plan plan = new Plan(!hasDiacritics(r.query()));
        for (String run : q.free()) plan.free(run);
        for (String phrase : q.phrases()) {
            Query p = plan.phrase(primary(analyze(phrase)), true);
            if (p != null) plan.add(p, Occur.MUST);
        }
        for (String excluded : q.excluded()) {
            Query p = plan.phrase(primary(analyze(excluded)), false);
            if (p != null) plan.b.add(p, Occur.MUST_NOT);
        }
        if (!plan.positive) plan.b.add(new MatchAllDocsQuery(), Occur.MUST);
        Query strict = filtered(plan.query(required(plan.counted().size())), r);
        Query relaxed = plan.counted().isEmpty() ? null : filtered(plan.query(0), r);
        return new Planned(strict, relaxed, java.util.Collections.unmodifiableSet(plan.terms), java.util.Collections.unmodifiableSet(plan.ids));
    }

    /** The words in a query of their own: beside a FILTER clause, optional (SHOULD) words would stop being required. */
    private Query filtered(Query words, SearchRequest r) {
        BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(words, Occur.MUST);
        filters(r, filtered);
        return filtered.build();
    }

    /**
     * The plans of recent requests: planning (analysing the words, finding names in the gazetteer, resolving the country
     * filter) is a fixed cost of every search, and the desk repeats requests (a next page, the same query from another
     * user). A plan depends on the request's words and filters and on the gazetteer, never on the index, so it never goes
     * stale. Thread-safe; least recently used entries go first.
     */
    static final class Cache {
        private final QueryBuilder builder;
        private final Map<List<Object>, Planned> entries;

        Cache(QueryBuilder builder, int capacity) {
            this.builder = builder;
            this.entries = new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override protected boolean removeEldestEntry(Map.Entry<List<Object>, Planned> eldest) { return size() > capacity; }
            };
        }

        Planned get(SearchRequest r) {
            // everything build() reads; not offset and limit, which only choose the page
            List<Object> key = java.util.Arrays.asList(r.query(), r.country(), r.eventType(), r.from(), r.to(), r.docs(), r.excluded(), r.area());
            synchronized (this) {
                Planned p = entries.get(key);
                if (p != null) return p;
            }
            Planned p = builder.build(r);            // outside the lock: an unknown country throws, planning takes time
            synchronized (this) {
                entries.put(key, p);
            }
            return p;
        }
    }

    private void filters(SearchRequest r, BooleanQuery.Builder b) {
        if (!isBlank(r.country())) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String id : names.resolve(r.country())) any.add(new TermQuery(new Term(PassageFields.ENTITY, id)), Occur.SHOULD);
            b.add(any.build(), Occur.FILTER);
        }
        if (!r.docs().isEmpty())
            b.add(new org.apache.lucene.search.TermInSetQuery(PassageFields.DOC, r.docs().stream().map(org.apache.lucene.util.BytesRef::new).toList()),
                    Occur.FILTER);
        if (!r.excluded().isEmpty())
            b.add(new org.apache.lucene.search.TermInSetQuery(PassageFields.DOC, r.excluded().stream().map(org.apache.lucene.util.BytesRef::new).toList()),
                    Occur.MUST_NOT);
        if (!isBlank(r.area())) b.add(new TermQuery(new Term(PassageFields.AREA, r.area().strip())), Occur.FILTER);
        if (!isBlank(r.eventType()))
            b.add(new TermQuery(new Term(PassageFields.TYPE, r.eventType().strip().toUpperCase(Locale.ROOT))), Occur.FILTER);
        if (!isBlank(r.from()))
            b.add(IntPoint.newRangeQuery(PassageFields.DATE_TO, IsoDates.required(r.from())[0], Integer.MAX_VALUE), Occur.FILTER);
        if (!isBlank(r.to()))
            b.add(IntPoint.newRangeQuery(PassageFields.DATE_FROM, Integer.MIN_VALUE, IsoDates.required(r.to())[1]), Occur.FILTER);
    }

    /** The clauses of one query as they are being built. */
    private final class Plan {
        final BooleanQuery.Builder b = new BooleanQuery.Builder();
        /** Names and syllables: {@link #required} of them must match. Pairs and joined forms only add to the score. */
        final List<Query> words = new ArrayList<>();
        /** Function words: they add to the score, and are required only when the query has no other words. */
        final List<Query> functionWords = new ArrayList<>();
        /** Neighbouring syllables of the query as one term, each adding to the score. Typed without diacritics, at
         *  least one of them must be in a passage that holds the words: a folded syllable stands for several words
         *  ("ngoai giao cay tre" holds "ngoài", "giáo", "cây", "trẻ"), and only words next to each other say they are
         *  the ones meant; typed with diacritics the words are exact, and scattered ones may be the answer. */
        final List<Query> pairs = new ArrayList<>();
        final Set<String> terms = new LinkedHashSet<>(), ids = new LinkedHashSet<>();
        final boolean folded;
        boolean positive;

        Plan(boolean folded) { this.folded = folded; }

        void add(Query q, Occur o) {
            b.add(q, o);
            positive = true;
        }

        void word(Query q) {
            words.add(q);
            positive = true;
        }

        void functionWord(Query q) {
            functionWords.add(q);
            positive = true;
        }

        /** The words a passage must hold {@link #required} of: the query's words, or its function words when it has
         *  nothing else. */
        List<Query> counted() { return words.isEmpty() ? functionWords : words; }

        /** Phrases, exclusions, pairs and the words, at least {@code required} of them (0: all optional). */
        Query query(int required) {
            BooleanQuery.Builder out = new BooleanQuery.Builder();
            for (var clause : b.build().clauses()) out.add(clause);
            List<Query> counted = counted();
            if (counted != functionWords) for (Query w : functionWords) out.add(w, Occur.SHOULD);
            if (required == 0 || !folded || pairs.isEmpty()) for (Query p : pairs) out.add(p, Occur.SHOULD);
            else {
                BooleanQuery.Builder anyPair = new BooleanQuery.Builder();
                for (Query p : pairs) anyPair.add(p, Occur.SHOULD);
                out.add(anyPair.build(), Occur.MUST);
            }
            if (required == 0) for (Query w : counted) out.add(w, Occur.SHOULD);
            else if (counted.size() == 1) out.add(counted.get(0), Occur.MUST);
            else if (!counted.isEmpty()) {
                BooleanQuery.Builder any = new BooleanQuery.Builder().setMinimumNumberShouldMatch(required);
                for (Query w : counted) any.add(w, Occur.SHOULD);
                out.add(any.build(), Occur.MUST);
            }
            return out.build();
        }

        /** Free text: names as entity-or-phrase, the other syllables, their pairs and joined forms as optional terms. */
        void free(String run) {
            List<EntityNames.Named> named = names.find(run);
            List<Syllable> all = analyze(run);
            List<Syllable> loose = new ArrayList<>();
            for (Syllable s : all) if (nameAt(named, s) == null) loose.add(s);
            for (EntityNames.Named n : named) {
                List<Syllable> words = primary(all.stream().filter(s -> nameAt(List.of(n), s) != null).toList());
                Query byWords = phrase(words, true);
                Query byId = new BoostQuery(new TermQuery(new Term(PassageFields.ENTITY, n.id())), ENTITY_BOOST);
                ids.add(n.id());
                word(byWords == null ? byId : new DisjunctionMaxQuery(List.of(byId, byWords), 0f));
            }
            // a hyphenated word ("vắc-xin") is one word: its joined form, or all of its syllables
            List<Syllable> joinedForms = loose.stream().filter(Syllable::joined).toList();
            Map<Syllable, List<Query>> parts = new java.util.LinkedHashMap<>();
            Syllable previous = null;
            for (Syllable s : loose) {
                if (s.joined()) continue;
                Query t = term(s.term(), true);
                Syllable compound = joinedForms.stream().filter(j -> s.start() >= j.start() && s.end() <= j.end()).findFirst().orElse(null);
                if (compound != null) parts.computeIfAbsent(compound, k -> new ArrayList<>()).add(t);
                else if (optional.contains(folded ? FoldedFormFilter.folded(s.term()) : s.term())) functionWord(t);
                else word(t);
                if (previous != null && s.position() == previous.position() + 1)
                    pairs.add(term(previous.term() + s.term(), true));
                previous = s;
            }
            parts.forEach((compound, syllables) -> {
                BooleanQuery.Builder each = new BooleanQuery.Builder();
                for (Query t : syllables) each.add(t, Occur.MUST);
                word(new BooleanQuery.Builder().add(term(compound.term(), true), Occur.SHOULD).add(each.build(), Occur.SHOULD).build());
            });
        }

        /** A term in the text field: exact, or exact or folded when the query has no diacritics. */
        Query term(String exact, boolean highlight) {
            Query q = new TermQuery(new Term(PassageFields.TEXT, exact));
            if (highlight) terms.add(exact);
            if (!folded) return q;
            String f = FoldedFormFilter.folded(exact);
            if (highlight) terms.add(f);
            // the folded term holds every passage of the exact one (the index folds every term it writes): it alone
            // decides the match, the exact one only adds to the score, and a search leads with one list, not two
            return new BooleanQuery.Builder().add(new TermQuery(new Term(PassageFields.TEXT, f)), Occur.MUST)
                    .add(q, Occur.SHOULD).build();
        }

        /** The syllables in sequence (exact, or exact-or-folded at each position); null when there are none. */
        Query phrase(List<Syllable> words, boolean highlight) {
            if (words.isEmpty()) return null;
            if (words.size() == 1) return term(words.get(0).term(), highlight);
            List<String> pairs = new ArrayList<>();
            for (int i = 1; i < words.size(); i++) pairs.add(words.get(i - 1).term() + words.get(i).term());
            if (highlight)
                for (String pair : pairs) {
                    terms.add(pair);
                    if (folded) terms.add(FoldedFormFilter.folded(pair));
                }
            int first = words.get(0).position();
            if (first + words.size() - 1 == words.get(words.size() - 1).position()) {
                // Syllables without a gap as the sequence of their pairs: the index holds the pair of every two
                // neighbouring syllables at the second one's position, so "a b c" is "ab" then "bc" at the next position,
                // and "a b" the one term "ab". The same passages as the phrase of the syllables, found from terms far
                // rarer than common syllables ("quốc", "bản"), which was most of the time of a search for a name.
                if (pairs.size() == 1) return term(pairs.get(0), false);
                return sequence(pairs, java.util.stream.IntStream.range(0, pairs.size()).boxed().toList());
            }
            return sequence(words.stream().map(Syllable::term).toList(), words.stream().map(w -> w.position() - first).toList());
        }

        /** The terms at their offsets: exact, or exact or folded at each when the query has no diacritics. */
        private Query sequence(List<String> exact, List<Integer> offsets) {
            if (!folded) {
                PhraseQuery.Builder p = new PhraseQuery.Builder();
                for (int i = 0; i < exact.size(); i++) p.add(new Term(PassageFields.TEXT, exact.get(i)), offsets.get(i));
                return p.build();
            }
            MultiPhraseQuery.Builder p = new MultiPhraseQuery.Builder();
            for (int i = 0; i < exact.size(); i++)
                p.add(new Term[] {new Term(PassageFields.TEXT, exact.get(i)), new Term(PassageFields.TEXT, FoldedFormFilter.folded(exact.get(i)))},
                        offsets.get(i));
            return p.build();
        }
    }

    private static EntityNames.Named nameAt(List<EntityNames.Named> named, Syllable s) {
        for (EntityNames.Named n : named) if (s.start() >= n.start() && s.end() <= n.end()) return n;
        return null;
    }

    private static List<Syllable> primary(List<Syllable> all) { return all.stream().filter(s -> !s.joined()).toList(); }

    private List<Syllable> analyze(String text) {
        List<Syllable> out = new ArrayList<>();
        try (TokenStream ts = syllables.tokenStream(PassageFields.TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += posInc.getPositionIncrement();
                out.add(new Syllable(term.toString(), offset.startOffset(), offset.endOffset(), position,
                        CompoundSplitFilter.JOINED.equals(type.type())));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static boolean hasDiacritics(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) > 0x7F && Character.isLetter(s.charAt(i))) return true;
        return false;
    }

    private static boolean isBlank(String s) { return s == null || s.isBlank(); }
}
