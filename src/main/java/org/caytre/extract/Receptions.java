package org.caytre.extract;

import java.util.ArrayList;
import java.util.List;
import org.caytre.model.Event;
import org.caytre.model.PersonMention;

/**
 * Where a reception took place: a foreign leader who receives a Vietnamese ("Tổng Bí thư Tập Cận Bình tiếp đồng chí
 * Lương Cường") receives in their own country. The meeting carries that country as {@code place}; a visit the text
 * names no host for takes it ({@link MentionSet}).
 */
final class Receptions {
    private Receptions() {}

    /** The meetings with {@code place} set when the trigger at {@code ts..te} is a foreign receiver's "tiếp"; else as given. */
    static List<Event> placed(List<Event> meetings, ClauseContext c, String text, int ts, int te) {
        if (meetings.isEmpty() || !text.startsWith("tiếp", ts) || te - ts != 4) return meetings;
        PersonMention receiver = null, received = null;
        for (PersonMention p : c.people()) {
            if (p.span().end() <= ts && ts - p.span().end() <= 2) receiver = p;
            if (received == null && p.span().start() >= te && p.span().start() - te <= 12) received = p;
        }
        if (receiver == null || receiver.countryId() == null || receiver.countryId().equals("VNM")
                || received == null || !"VNM".equals(received.countryId())) return meetings;
        List<Event> out = new ArrayList<>(meetings.size());
        for (Event e : meetings) out.add(e.with("place", receiver.countryId()));
        return out;
    }
}
