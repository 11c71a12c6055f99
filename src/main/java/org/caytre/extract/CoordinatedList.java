package org.caytre.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.caytre.model.EntityMention;
import org.caytre.model.EntityType;

/**
 * A run of coordinated countries ("Nga, Anh, Pháp, Trung Quốc và Mỹ", "Bolivia, Ethiopia (nhiệm kỳ đến năm 2018) và
 * Bờ Biển Ngà"): one reusable list-expansion step for every event type whose holders or counterparts are listed.
 */
final class CoordinatedList {
    /** What may stand between two items: a comma or "và", and a parenthesised remark. */
    private static final Pattern GLUE = ClausePhrases.get("list-glue");
    /** What may stand between a list and the phrase it belongs to ("… và Mỹ là những uỷ viên", "gồm: A, B"). */
    private static final Pattern LEAD_OUT = ClausePhrases.get("list-lead-out");
    private static final Pattern LEAD_IN = ClausePhrases.get("list-lead-in");

    private CoordinatedList() {}

    /** The countries of the run that ends right before {@code at} (up to "là những"), in text order; empty if none. */
    static List<EntityMention> endingAt(String text, List<EntityMention> entities, int at) {
        List<EntityMention> countries = countries(entities);
        List<EntityMention> out = new ArrayList<>();
        int cursor = at;
        for (int i = countries.size() - 1; i >= 0; i--) {
            EntityMention e = countries.get(i);
            if (e.span().end() > cursor) continue;
            Pattern gap = out.isEmpty() ? LEAD_OUT : GLUE;
            if (!gap.matcher(text.substring(e.span().end(), cursor)).matches()) break;
            out.add(0, e);
            cursor = e.span().start();
        }
        return out;
    }

    /** The countries of the run introduced after {@code from} by "gồm", "như" or a colon, in text order. */
    static List<EntityMention> introducedAfter(String text, List<EntityMention> entities, int from, int to) {
        List<EntityMention> out = new ArrayList<>();
        int cursor = -1;
        for (EntityMention e : countries(entities)) {
            if (e.span().start() < from || e.span().start() >= to) continue;
            if (cursor < 0) {
                if (!LEAD_IN.matcher(text.substring(from, e.span().start())).find()) return out;
            } else if (!GLUE.matcher(text.substring(cursor, e.span().start())).matches()) break;
            out.add(e);
            cursor = e.span().end();
        }
        return out;
    }

    private static List<EntityMention> countries(List<EntityMention> entities) {
        return entities.stream().filter(e -> e.type() == EntityType.COUNTRY).toList();
    }
}
