package org.caytre.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
}
