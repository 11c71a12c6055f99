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
    private static final Pattern TOPIC = ClausePhrases.get("topic"), VIETNAM_FOLLOWS = ClausePhrases.get("vietnam-follows"),
            SPEECH = ClausePhrases.get("speech");

    private Topics() {}

    /** The offset where the topic begins after the first side named after the trigger, or the clause end. */
    static int stop(String text, ClauseContext c, List<Side> sides, int te) {
        return stop(TOPIC, text, c, sides, te);
    }

    /** The offset where what a visitor said begins after the first side named after the trigger, or the clause end. */
    static int speechStop(String text, ClauseContext c, List<Side> sides, int te) {
        return stop(SPEECH, text, c, sides, te);
    }

    private static int stop(Pattern words, String text, ClauseContext c, List<Side> sides, int te) {
        int first = -1;
        for (Side s : sides) if (s.at() >= te) { first = s.at(); break; }
        if (first < 0) return c.clause().end();
        // "Tổng thống Putin, Tổng thống Trump điện đàm về Triều Tiên": sides named before the trigger, the topic right after it
        boolean before = sides.stream().anyMatch(s -> s.at() < te);
        Matcher m = words.matcher(text).region(before ? te : first, c.clause().end());
        return m.find() ? m.start() : c.clause().end();
    }

    /**
     * Whether a side named at {@code at} after a message's trigger ending at {@code te} is what the message is about ("công
     * hàm về việc Costa Rica công nhận …") rather than its addressee ("gửi thư về vụ việc cho ICAO"): a topic word stands
     * between them, after the last word that addresses ("tới", "đến", "cho").
     */
    static boolean inTopic(String text, int te, int at) {
        int topic = -1, address = -1;
        Matcher m = TOPIC.matcher(text).region(te, at);
        while (m.find()) topic = m.start();
        Matcher a = ADDRESS.matcher(text).region(te, at);
        while (a.find()) address = a.start();
        return topic >= 0 && topic > address;
    }

    private static final Pattern ADDRESS = ClausePhrases.get("address");

    /** Whether a topic word ("về", "liên quan" …) stands between {@code from} and {@code to}. */
    static boolean topicBetween(String text, int from, int to) {
        return from < to && TOPIC.matcher(text).region(from, to).find();
    }

    /** With Vietnam the object right after the trigger, the foreign sides are the subjects before it. */
    static List<Side> subjectWhenVietnamFollows(String text, ClauseContext c, List<Side> sides, int ts, int te) {
        if (!VIETNAM_FOLLOWS.matcher(text).region(te, c.clause().end()).lookingAt()) return sides;
        List<Side> before = sides.stream().filter(s -> s.at() < ts).toList();
        return before.isEmpty() ? sides : before;
    }
}
