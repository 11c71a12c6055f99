package org.caytre.kb.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON shapes of the ledger's answers (contracts: fields are added, never renamed), as maps for any writer,
 * and a one-line writer.
 *
 * <pre>{@code LedgerJson.write(LedgerJson.partners(date, ledger.asOf(date))) }</pre>
 */
public final class LedgerJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private LedgerJson() {}

    /** {@code {"as_of", "partners": [{"country", "level", "since", "provenance", "evidence", "doc", "sources"}]}}. */
    public static Map<String, Object> partners(LocalDate asOf, List<Partner> partners) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("as_of", asOf.toString());
        m.put("partners", partners.stream().map(Partner::toJson).toList());
        return m;
    }

    /** {@code {"country", "history": [{"country", "level", "since", "until", "provenance", "evidence", "doc", "sources"}]}}. */
    public static Map<String, Object> history(String country, List<Step> steps) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("country", country);
        m.put("history", steps.stream().map(Step::toJson).toList());
        return m;
    }

    /** {@code {"checks": [verdict…]}}, each as {@link Verdict#toJson()}. */
    public static Map<String, Object> checks(List<Verdict> verdicts) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("checks", verdicts.stream().map(Verdict::toJson).toList());
        return m;
    }

    /**
     * {@code {"checks": [verdict…], "conflicting_claims": [claim…]}}: the verdicts, and the level claims the ledger does
     * not follow, each as {@link ClaimView#toJson()} with its source.
     */
    public static Map<String, Object> checks(List<Verdict> verdicts, List<ClaimView> conflicts) {
        Map<String, Object> m = checks(verdicts);
        m.put("conflicting_claims", conflicts.stream().map(ClaimView::toJson).toList());
        return m;
    }

    /** One line of JSON. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not writable as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
