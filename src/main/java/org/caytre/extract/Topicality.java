package org.caytre.extract;

import java.util.ArrayList;
import java.util.List;
import org.caytre.internal.AhoCorasick;
import org.caytre.internal.DataFiles;
import org.caytre.model.Document;
import org.caytre.model.Paragraph;
import org.caytre.model.Span;
import org.caytre.text.Chars;

/**
 * Whether a passage speaks of foreign relations at all: the sports, entertainment, lottery and weather pages of a
 * newspaper tell of matches ("Anh gặp Slovenia"), helpers ("người hỗ trợ đồng đội") and visits to one's mother, none of
 * them diplomatic. Cues are in {@code extract/topic-cues.tsv}; a paragraph with two cues of ordinary news and none of
 * foreign relations gives no events, and neither does a paragraph without a foreign-relations cue in a document whose
 * ordinary-news cues outnumber them four to one.
 */
final class Topicality {
    /** All cues in one automaton (one pass over the text); {@code FOREIGN_CUE[i]}: whether cue i is of foreign relations. */
    private static final AhoCorasick CUES;
    private static final boolean[] FOREIGN_CUE;
    static {
        List<String[]> rows = DataFiles.table("/extract/topic-cues.tsv");
        CUES = new AhoCorasick(rows.stream().map(r -> r[1]).toList());
        FOREIGN_CUE = new boolean[rows.size()];
        for (int i = 0; i < rows.size(); i++) FOREIGN_CUE[i] = rows.get(i)[0].equals("foreign");
    }

    private final List<Span> offTopic;

    private Topicality(List<Span> offTopic) { this.offTopic = offTopic; }

    /** The paragraphs of {@code d} that speak of something else than foreign relations. */
    static Topicality of(Document d) {
        String lower = org.caytre.text.LowerCase.of(d.text());  // same length: offsets stay the text's
        List<Paragraph> paragraphs = d.paragraphs();
        int[] foreign = new int[paragraphs.size()], other = new int[paragraphs.size()];
        int foreignAll = 0, otherAll = 0, p = 0;
        // hits inside a word are dropped as found (most are such), then the rest put in text order
        AhoCorasick.Hits found = CUES.scan(lower, 0, lower.length(), new AhoCorasick.Hits());
        List<AhoCorasick.Hit> hits = new ArrayList<>();
        for (int h = 0; h < found.size(); h++)
            if (wholeWord(lower, found.start(h), found.end(h))) hits.add(new AhoCorasick.Hit(found.pattern(h), found.start(h), found.end(h)));
        for (AhoCorasick.Hit h : sorted(hits)) {
            while (p < paragraphs.size() && paragraphs.get(p).span().end() <= h.start()) p++;
            if (p == paragraphs.size()) break;
            if (paragraphs.get(p).span().start() > h.start()) continue;
            if (FOREIGN_CUE[h.pattern()]) { foreign[p]++; foreignAll++; } else { other[p]++; otherAll++; }
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

    private static List<AhoCorasick.Hit> sorted(List<AhoCorasick.Hit> hits) {
        List<AhoCorasick.Hit> out = new ArrayList<>(hits);
        out.sort(java.util.Comparator.comparingInt(AhoCorasick.Hit::start));
        return out;
    }

    private static boolean wholeWord(String s, int start, int end) {
        return (start == 0 || !Chars.isLetter(s.charAt(start - 1))) && (end >= s.length() || !Chars.isLetter(s.charAt(end)));
    }
}
