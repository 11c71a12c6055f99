package org.caytre.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.caytre.internal.DataFiles;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores a prediction against a gold answer by the rules of shared/gold/SCORING.md: entity sets; events and
 * statistics matched one-to-one, greedily in gold order; and the share of predicted evidence found in the document.
 *
 * <pre>{@code Score s = new Scorer().score(gold, prediction, documentText, false); }</pre>
 */
public final class Scorer {
    private static final Set<String> LISTED = listed();
    private static final Map<String, List<String>> KEY_ATTRS = Map.of(
            "PARTNERSHIP", List.of("level"), "AGREEMENT", List.of("agreement", "stage"),
            "VISIT", List.of("host"), "MULTILATERAL_ROLE", List.of("body"));

    /**
     * @param documentText the document as stored (normalised here)
     * @param heldOut only country ids and SCHEMA-listed ids are compared among entities
     */
    public Score score(JsonNode gold, JsonNode prediction, String documentText, boolean heldOut) {
        String doc = EvidenceText.normalize(documentText);
        Counts entities = entities(gold.path("entities"), prediction.path("entities"), heldOut);
        Map<String, Counts> byType = new TreeMap<>();
        Counts events = events(gold.path("events"), prediction.path("events"), doc, byType);
        Counts stats = statistics(gold.path("statistics"), prediction.path("statistics"), doc);
        int found = 0, total = 0;
        for (String field : new String[] {"events", "statistics"}) {
            for (JsonNode p : prediction.path(field)) {
                total++;
                if (doc.contains(EvidenceText.normalize(p.path("evidence").asText("")))
                        && !p.path("evidence").asText("").isBlank()) found++;
            }
        }
        return new Score(gold.path("doc").asText(prediction.path("doc").asText("")), entities, events, stats, byType, found, total);
    }

    private static Counts entities(JsonNode gold, JsonNode pred, boolean heldOut) {
        Set<String> g = new HashSet<>(), p = new HashSet<>();
        gold.forEach(n -> { if (compared(n.asText(), heldOut)) g.add(n.asText()); });
        pred.forEach(n -> { if (compared(n.asText(), heldOut)) p.add(n.asText()); });
        Set<String> tp = new HashSet<>(g);
        tp.retainAll(p);
        return new Counts(tp.size(), p.size(), g.size());
    }

    private static boolean compared(String id, boolean heldOut) {
        return !heldOut || id.matches("[A-Z]{3}") || LISTED.contains(id);
    }

    private static Counts events(JsonNode gold, JsonNode pred, String doc, Map<String, Counts> byType) {
        boolean[] used = new boolean[pred.size()];
        int tp = 0;
        for (JsonNode g : gold) {
            String type = g.path("type").asText();
            boolean hit = false;
            for (int i = 0; i < pred.size(); i++) {
                if (used[i] || !eventMatches(g, pred.get(i))) continue;
                used[i] = true;
                hit = true;
                break;
            }
            if (hit) tp++;
            byType.merge(type, new Counts(hit ? 1 : 0, 0, 1), Counts::plus);
        }
        for (JsonNode p : pred) byType.merge(p.path("type").asText(), new Counts(0, 1, 0), Counts::plus);
        return new Counts(tp, pred.size(), gold.size());
    }

    /**
     * The events that did not match, as lines for a reader: gold events missed ({@code missed}) and predictions matching
     * no gold event ({@code extra}), each with its type, sides, date, key attributes and evidence.
     */
    public static List<String> eventMisses(JsonNode gold, JsonNode prediction) {
        JsonNode pred = prediction.path("events");
        boolean[] used = new boolean[pred.size()];
        List<String> out = new java.util.ArrayList<>();
        for (JsonNode g : gold.path("events")) {
            boolean hit = false;
            for (int i = 0; i < pred.size() && !hit; i++)
                if (!used[i] && eventMatches(g, pred.get(i))) { used[i] = true; hit = true; }
            if (!hit) out.add("missed " + describe(g));
        }
        for (int i = 0; i < pred.size(); i++) if (!used[i]) out.add("extra  " + describe(pred.get(i)) + " [" + pred.get(i).path("rule").asText() + "]");
        return out;
    }

    private static String describe(JsonNode e) {
        StringBuilder b = new StringBuilder(e.path("type").asText()).append(' ').append(new java.util.TreeSet<>(participants(e)))
                .append(' ').append(e.path("date").asText("-"));
        for (String key : List.of("host", "body", "agreement", "stage", "level", "to", "status"))
            if (e.path("attrs").hasNonNull(key)) b.append(' ').append(key).append('=').append(e.path("attrs").path(key).asText());
        String ev = e.path("evidence").asText("");
        return b.append(" | ").append(ev.length() > 140 ? ev.substring(0, 140) + "…" : ev).toString();
    }

    static boolean eventMatches(JsonNode g, JsonNode p) {
        if (!g.path("type").asText().equals(p.path("type").asText())) return false;
        if (!participants(g).equals(participants(p))) return false;
        if (!dateMatches(g.path("date"), p.path("date"))) return false;
        for (String key : KEY_ATTRS.getOrDefault(g.path("type").asText(), List.of())) {
            JsonNode gv = g.path("attrs").path(key);
            if (gv.isMissingNode() || gv.isNull()) continue;
            if ((key.equals("agreement") || key.equals("body")) && !LISTED.contains(gv.asText())) continue;
            if (!gv.asText().toLowerCase(Locale.ROOT).equals(p.path("attrs").path(key).asText("").toLowerCase(Locale.ROOT)))
                return false;
        }
        return true;
    }

    private static Set<String> participants(JsonNode e) {
        Set<String> s = new HashSet<>();
        e.path("participants").forEach(n -> { if (!n.asText().startsWith("PER:")) s.add(n.asText()); });
        return s;
    }

    /** Gold null accepts anything; otherwise the prediction's start must be at least as precise and begin with it. */
    static boolean dateMatches(JsonNode gold, JsonNode pred) {
        if (gold.isMissingNode() || gold.isNull()) return true;
        if (pred.isMissingNode() || pred.isNull()) return false;
        String g = start(gold.asText()), p = start(pred.asText());
        return p.startsWith(g);
    }

    private static String start(String date) {
        int slash = date.indexOf('/');
        return slash > 0 ? date.substring(0, slash) : date;
    }

    private static Counts statistics(JsonNode gold, JsonNode pred, String doc) {
        boolean[] used = new boolean[pred.size()];
        int tp = 0;
        for (JsonNode g : gold) {
            for (int i = 0; i < pred.size(); i++) {
                JsonNode p = pred.get(i);
                if (used[i] || !sameValue(g.path("value").asDouble(), p.path("value").asDouble())) continue;
                if (!overlaps(doc, g.path("evidence").asText(""), p.path("evidence").asText(""))) continue;
                used[i] = true;
                tp++;
                break;
            }
        }
        return new Counts(tp, pred.size(), gold.size());
    }

    static boolean sameValue(double a, double b) {
        if (a == b) return true;
        return Math.abs(a - b) <= 1e-6 * Math.max(Math.abs(a), Math.abs(b));
    }

    private static boolean overlaps(String doc, String goldEvidence, String predEvidence) {
        String g = EvidenceText.normalize(goldEvidence), p = EvidenceText.normalize(predEvidence);
        for (int gs : EvidenceText.occurrences(doc, g))
            for (int ps : EvidenceText.occurrences(doc, p))
                if (ps < gs + g.length() && gs < ps + p.length()) return true;
        return false;
    }

    private static Set<String> listed() { return Set.copyOf(DataFiles.lines("/extract/listed-ids.txt")); }

    /** Micro-average of per-document scores. */
    public static Score total(List<Score> scores) {
        Score t = Score.empty("TOTAL");
        for (Score s : scores) t = t.plus(s, "TOTAL");
        return t;
    }

}
