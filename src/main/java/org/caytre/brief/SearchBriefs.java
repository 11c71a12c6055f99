package org.caytre.brief;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How the brief of a search says what it covers: the query with its filters, and the documents it used of those found. */
final class SearchBriefs {
    private SearchBriefs() {}

    /** {@code «tàu sân bay» (quốc gia: Hoa Kỳ; từ ngày: 2020)}: the words in guillemets, then the filters as given. */
    static String query(Templates t, SearchScope scope) {
        List<String> filters = new ArrayList<>();
        scope.filters().forEach((name, value) -> filters.add(t.labelOr("search." + name, name) + ": " + value));
        String q = scope.query().matches("\"[^\"]+\"") ? scope.query().substring(1, scope.query().length() - 1) : scope.query();   // one phrase: «bảo hộ»
        String words = q.isBlank() ? t.text("search.no_words") : "«" + q + "»";
        return filters.isEmpty() ? words : words + " (" + String.join("; ", filters) + ")";
    }

    /** The first sentence of a search's brief: what matched, how many documents it used (and the cap), what it states. */
    static String scopeSentence(Templates t, Map<String, String> values, SearchScope scope, int events, int figures) {
        Map<String, String> v = new HashMap<>(values);
        v.put("passages", String.valueOf(scope.passages()));
        v.put("matched", String.valueOf(scope.matchedDocuments()));
        v.put("used", String.valueOf(scope.docs().size()));
        v.put("cap", scope.capped() ? t.text("search.capped", Map.of("cap", String.valueOf(scope.cap()))) : "");
        v.put("events", String.valueOf(events));
        v.put("figures", String.valueOf(figures));
        v.put("read", String.valueOf(scope.passageIds().size()));
        return t.text(scope.matchedOnly() ? "scope.search.matched" : "scope.search", v);
    }
}
