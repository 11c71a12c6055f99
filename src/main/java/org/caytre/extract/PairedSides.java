package org.caytre.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caytre.model.EntityMention;
import org.caytre.model.EntityType;
import org.caytre.model.PersonMention;

/**
 * Talks named by their two sides joined by a dash ("hội nghị thượng đỉnh Mỹ - Triều", "cuộc gặp thượng đỉnh Hàn - Triều",
 * "hội nghị thượng đỉnh Trump - Kim") are between those two alone: not the venue ("… sẽ diễn ra tại Việt Nam"), not who
 * speaks of them ("Hàn Quốc gọi hội nghị thượng đỉnh Mỹ - Triều là …"), not the country of the story.
 */
final class PairedSides {
    private static final Pattern LEAD = ClausePhrases.get("pair-lead"), DASH = ClausePhrases.get("pair-dash");

    private record Actor(int start, int end, String id) {}

    private PairedSides() {}

    /** The two sides named right after the trigger ending at {@code te}, or null when the trigger names no pair. */
    static List<String> after(String text, ClauseContext c, int te) {
        List<Actor> actors = new ArrayList<>();
        for (EntityMention e : c.entities())
            if (e.type() == EntityType.COUNTRY && e.span().start() >= te) actors.add(new Actor(e.span().start(), e.span().end(), e.id()));
        for (PersonMention p : c.people())
            if (p.countryId() != null && p.span().start() >= te) actors.add(new Actor(p.span().start(), p.span().end(), p.countryId()));
        if (actors.size() < 2) return null;
        actors.sort(Comparator.comparingInt(Actor::start));
        Actor first = actors.get(0), second = actors.get(1);
        if (first.id().equals(second.id()) || !LEAD.matcher(text).region(te, first.start()).matches()
                || second.start() < first.end() || !DASH.matcher(text).region(first.end(), second.start()).matches()) return null;
        return "VNM".equals(second.id()) ? List.of(second.id(), first.id()) : List.of(first.id(), second.id());
    }

    /**
     * The sides not named as the pair of other talks in the clause: in "chuyến thăm … Việt Nam của nhà lãnh đạo Triều Tiên …
     * tới khi tham gia thượng đỉnh Mỹ - Triều", the USA is a side of the summit, not of the visit. All sides when every one
     * is in such a pair.
     */
    static List<ClauseContext.Side> outsideTalks(String text, ClauseContext c, List<ClauseContext.Side> sides) {
        List<ClauseContext.Side> out = new ArrayList<>();
        for (ClauseContext.Side s : sides) if (!inTalksPair(text, c, s.at())) out.add(s);
        return out.isEmpty() ? sides : out;
    }

    private static boolean inTalksPair(String text, ClauseContext c, int at) {
        if (at <= c.clause().start() || at > c.clause().end()) return false;          // a side carried from an earlier clause
        Matcher talks = TALKS.matcher(text).region(c.clause().start(), at);
        while (talks.find()) {
            List<String> pair = after(text, c, talks.end());
            if (pair == null) continue;
            int dash = text.indexOf('-', talks.end());
            int pairEnd = dash < 0 ? -1 : Math.min(c.clause().end(), dash + 40);
            if (at >= talks.end() && at <= pairEnd) return true;
        }
        return false;
    }

    private static final Pattern TALKS = ClausePhrases.get("pair-talks");
}
