package org.caytre.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caytre.extract.ClauseContext.Side;

/**
 * Where the parties of talks end and their topic begins: "điện đàm với Ngoại trưởng Xinh-ga-po về phát biểu … liên
 * quan tới Campuchia" is a call with Singapore only, and the dates after "về" date the topic, not the call. Phrases
 * are in {@code extract/clause-patterns.tsv} ({@code topic}, {@code vietnam-follows}).
 */
final class Topics {
    private static final Pattern TOPIC = ClausePhrases.get("topic"), VIETNAM_FOLLOWS = ClausePhrases.get("vietnam-follows");

    private Topics() {}

    /** The offset where the topic begins after the first side named after the trigger, or the clause end. */
    static int stop(String text, ClauseContext c, List<Side> sides, int te) {
        int first = -1;
        for (Side s : sides) if (s.at() >= te) { first = s.at(); break; }
        if (first < 0) return c.clause().end();
        Matcher m = TOPIC.matcher(text).region(first, c.clause().end());
        return m.find() ? m.start() : c.clause().end();
    }

    /** With Vietnam the object right after the trigger, the foreign sides are the subjects before it. */
    static List<Side> subjectWhenVietnamFollows(String text, ClauseContext c, List<Side> sides, int ts, int te) {
        if (!VIETNAM_FOLLOWS.matcher(text).region(te, c.clause().end()).lookingAt()) return sides;
        List<Side> before = sides.stream().filter(s -> s.at() < ts).toList();
        return before.isEmpty() ? sides : before;
    }
}
