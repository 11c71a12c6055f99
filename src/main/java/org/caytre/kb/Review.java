package org.caytre.kb;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One analyst action, as the audit trail keeps it: who ({@code reviewer}), when ({@code at}, an ISO instant), what
 * ({@code action} on {@code targetKind}/{@code targetId}, with {@code otherId} for a merge or split), the target
 * {@code before} and {@code after} (JSON text), and why ({@code reason}).
 */
public record Review(long seq, String at, String reviewer, String action, String targetKind, String targetId, String otherId,
                     String before, String after, String reason) {
    public static final String CONFIRM = "confirm", REJECT = "reject", EDIT = "edit", MERGE = "merge", SPLIT = "split",
            RELINK = "relink", ACCEPT_CLAIM = "accept_claim", REJECT_CLAIM = "reject_claim";
    public static final String EVENT = "event", CLAIM = "claim", ENTITY_MENTION = "entity_mention";

    /** {@code {"seq", "at", "reviewer", "action", "target_kind", "target_id", "other_id", "before", "after", "reason"}}. */
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", seq);
        m.put("at", at);
        m.put("reviewer", reviewer);
        m.put("action", action);
        m.put("target_kind", targetKind);
        m.put("target_id", targetId);
        m.put("other_id", otherId);
        m.put("before", before == null ? null : Json.read(before, new com.fasterxml.jackson.core.type.TypeReference<Object>() {}));
        m.put("after", after == null ? null : Json.read(after, new com.fasterxml.jackson.core.type.TypeReference<Object>() {}));
        m.put("reason", reason);
        return m;
    }
}
