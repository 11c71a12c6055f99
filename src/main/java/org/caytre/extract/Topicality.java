package org.caytre.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caytre.internal.DataFiles;
import org.caytre.model.Document;
import org.caytre.model.Paragraph;
import org.caytre.model.Span;

/**
 * Whether a passage speaks of foreign relations at all: the sports, entertainment, lottery and weather pages of a
 * newspaper tell of matches ("Anh gặp Slovenia"), helpers ("người hỗ trợ đồng đội") and visits to one's mother, none of
 * them diplomatic. Cues are in {@code extract/topic-cues.tsv}; a paragraph with two cues of ordinary news and none of
 * foreign relations gives no events, and neither does a paragraph without a foreign-relations cue in a document whose
 * ordinary-news cues outnumber them four to one.
 */
final class Topicality {
    private static final Pattern FOREIGN, OTHER;
    static {
        StringBuilder foreign = new StringBuilder(), other = new StringBuilder();
        for (String[] row : DataFiles.table("/extract/topic-cues.tsv")) {
            StringBuilder b = row[0].equals("foreign") ? foreign : other;
            b.append(b.length() == 0 ? "" : "|").append(Pattern.quote(row[1]));
        }
        FOREIGN = Pattern.compile("(?<![\\p{L}])(?:" + foreign + ")(?![\\p{L}])");
        OTHER = Pattern.compile("(?<![\\p{L}])(?:" + other + ")(?![\\p{L}])");
    }

    private final List<Span> offTopic;

    private Topicality(List<Span> offTopic) { this.offTopic = offTopic; }

    /** The paragraphs of {@code d} that speak of something else than foreign relations. */
    static Topicality of(Document d) {
        String lower = d.text().toLowerCase(Locale.ROOT);
        List<Paragraph> paragraphs = d.paragraphs();
        int[] foreign = new int[paragraphs.size()], other = new int[paragraphs.size()];
        int foreignAll = 0, otherAll = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            Span s = paragraphs.get(i).span();
            foreign[i] = count(FOREIGN, lower, s);
            other[i] = count(OTHER, lower, s);
            foreignAll += foreign[i];
            otherAll += other[i];
        }
        boolean ordinaryDocument = otherAll >= 4 && otherAll >= 4 * foreignAll;
        List<Span> off = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++)
            if (foreign[i] == 0 && (other[i] >= 2 || ordinaryDocument)) off.add(paragraphs.get(i).span());
        return new Topicality(List.copyOf(off));
    }

    /** Whether the sentence starting at {@code at} stands in a paragraph about something else. */
    boolean offTopic(int at) {
        for (Span s : offTopic) if (s.start() <= at && at < s.end()) return true;
        return false;
    }

    private static int count(Pattern p, String lower, Span s) {
        Matcher m = p.matcher(lower).region(s.start(), s.end());
        int n = 0;
        while (m.find()) n++;
        return n;
    }
}
