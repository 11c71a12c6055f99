package org.caytre.kb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.caytre.kb.KnowledgeBase.Mention;
import org.caytre.text.Fold;

/**
 * How well a merged event is supported: {@code documents} reporting it, distinct independent {@code outlets} among them
 * (named in {@code sources}), whether an {@code official} document is among them, the extraction {@code rules} and the
 * {@code modality} (the event's status attribute: occurred, announced, requested …), and a {@code confidence} in [0, 1].
 *
 * <p>Outlet of a document ({@link org.caytre.kb.ledger.SourceOrigin}, {@code kb/sources.tsv}): its JSONL {@code source},
 * else its URL's outlet, else the issuer of an official document; a document of unknown outlet counts as an outlet
 * of its own unless another unknown one reports the event in the same words (a reprinted wire story).
 *
 * <p>Confidence: each independent outlet weighs {@value #OFFICIAL_WEIGHT} when one of its reports is an official
 * document and {@value #NEWS_WEIGHT} otherwise; the outlets together give {@code 1 − Π(1 − weight)} (one news report
 * 0.5, two outlets 0.75, three 0.875, an official document 0.9), multiplied by the modality's factor (occurred and
 * requested 1, announced 0.8, anything else 0.5), rounded to two decimals. An analyst's confirmation sets it to 1, a
 * rejection to 0. The extraction rule is reported, not weighed: no per-rule precision has been measured yet.
 * {@code corroborated}: at least two independent outlets, or an official document. The default view of the timeline,
 * network and country page keeps events that are corroborated or at least {@value #CONFIDENT} confident.
 */
public record Corroboration(int documents, int outlets, List<String> sources, boolean official, List<String> rules,
                            String modality, double confidence, boolean corroborated) {
    public static final double OFFICIAL_WEIGHT = 0.9, NEWS_WEIGHT = 0.5, CONFIDENT = 0.7;

    public boolean confident() { return corroborated || confidence >= CONFIDENT; }

    static Corroboration of(List<Mention> mentions, Map<String, Object> attrs, String reviewStatus) {
        Map<String, Double> weights = new LinkedHashMap<>();
        TreeSet<String> docs = new TreeSet<>(), names = new TreeSet<>(), rules = new TreeSet<>();
        boolean official = false;
        for (Mention m : mentions) {
            docs.add(m.doc());
            if (m.rule() != null) rules.add(m.rule());
            boolean isOfficial = "official".equals(m.kind());
            official |= isOfficial;
            String key = m.outlet() != null ? "outlet:" + m.outlet() : "text:" + Fold.key(m.evidence()).strip();
            if (m.outlet() != null) names.add(m.outlet());
            weights.merge(key, isOfficial ? OFFICIAL_WEIGHT : NEWS_WEIGHT, Math::max);
        }
        double none = 1;
        for (double w : weights.values()) none *= 1 - w;
        Object status = attrs.get("status");
        String modality = status == null ? "occurred" : status.toString();
        double factor = switch (modality) {
            case "occurred", "requested" -> 1.0;
            case "announced" -> 0.8;
            default -> 0.5;
        };
        double confidence = Math.round((1 - none) * factor * 100) / 100.0;
        if (EventReviews.CONFIRMED.equals(reviewStatus)) confidence = 1.0;
        if (EventReviews.REJECTED.equals(reviewStatus)) confidence = 0.0;
        boolean corroborated = weights.size() >= 2 || official;
        return new Corroboration(docs.size(), weights.size(), new ArrayList<>(names), official, new ArrayList<>(rules), modality,
                confidence, corroborated);
    }
}
