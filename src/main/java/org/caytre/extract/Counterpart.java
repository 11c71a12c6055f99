package org.caytre.extract;

import java.util.HashMap;
import java.util.Map;
import org.caytre.annotate.DateAnchor;
import org.caytre.model.Annotations;
import org.caytre.model.Document;
import org.caytre.model.EntityMention;
import org.caytre.model.EntityType;
import org.caytre.model.PersonMention;

/**
 * The foreign country a news item is about, for clauses that name no side of their own ("Hai nước đã ký …", "Sau
 * đó, ông hội kiến Tổng Bí thư …"): the country its headline names, else the one it names most. A long review
 * speaks of many countries, so it has none.
 */
final class Counterpart {
    /** Organisations that act as one party with Vietnam (a headline "quan hệ Việt Nam - EU"). */
    private static final java.util.regex.Pattern UNIONS = ClausePhrases.get("unions");

    private static final int NEWS_LENGTH = 20_000;

    private Counterpart() {}

    static String of(Document d, Annotations a) {
        // a news item: published on a date, or — undated, as JSONL dumps often are — short and reviewing no year
        boolean news = DateAnchor.of(d.metadata(), d.text().length()).nearPublication()
                || (d.metadata().referenceYear() == null && d.text().length() < NEWS_LENGTH);
        if (!news || d.paragraphs().isEmpty()) return null;
        int headlineEnd = d.paragraphs().get(0).span().end();
        Map<String, Integer> headline = new HashMap<>(), all = new HashMap<>();
        for (EntityMention e : a.entities()) {
            boolean headlineOrg = e.type() == EntityType.ORGANIZATION && e.span().end() <= headlineEnd && UNIONS.matcher(e.id()).matches();
            if ((e.type() != EntityType.COUNTRY && !headlineOrg) || e.id().equals("VNM")) continue;
            all.merge(e.id(), 1, Integer::sum);
            if (e.span().end() <= headlineEnd) headline.merge(e.id(), 1, Integer::sum);
        }
        for (PersonMention p : a.people()) {
            if (p.countryId() == null || p.countryId().equals("VNM") || p.countryId().contains(":")) continue;
            all.merge(p.countryId(), 1, Integer::sum);
            if (p.span().end() <= headlineEnd) headline.merge(p.countryId(), 1, Integer::sum);
        }
        if (headline.size() == 1) return headline.keySet().iterator().next();
        Map<String, Integer> pool = headline.isEmpty() ? all : headline;
        return pool.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(null);
    }
}
