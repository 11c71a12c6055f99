package org.caytre.kb.ledger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.caytre.internal.DataFiles;
import org.caytre.text.Fold;

/**
 * The cue words of {@code /kb/count-cues.tsv}, matched on folded text (case and diacritics ignored): what a
 * stated count counts (a level, diplomatic relations, a group's members) and the words that end its description.
 */
final class CountCues {
    static final String RESOURCE = "/kb/count-cues.tsv";
    static final String DIPLOMATIC_RELATIONS = "DIPLOMATIC_RELATIONS";
    static final String GROUP = "GROUP";
    static final String BOUNDARY = "BOUNDARY";
    private static final CountCues STANDARD = load();

    private final List<Cue> cues;

    private CountCues(List<Cue> cues) { this.cues = cues; }

    static CountCues standard() { return STANDARD; }

    /** One cue found in a folded text: {@code kind} is a level name, DIPLOMATIC_RELATIONS, GROUP or BOUNDARY. */
    record Match(int start, int end, String kind) {}

    /** Every cue in {@code folded}, in text order; of overlapping cues only the longest. */
    List<Match> find(String folded) {
        List<Match> all = new ArrayList<>();
        for (Cue c : cues)
            for (int i = folded.indexOf(c.key); i >= 0; i = folded.indexOf(c.key, i + 1))
                if (!c.word || wordAt(folded, i, i + c.key.length())) all.add(new Match(i, i + c.key.length(), c.kind));
        all.sort(Comparator.comparingInt((Match m) -> m.start - m.end).thenComparingInt(Match::start));  // longest first
        List<Match> kept = new ArrayList<>();
        for (Match m : all)
            if (kept.stream().noneMatch(k -> k.start < m.end && m.start < k.end)) kept.add(m);
        kept.sort(Comparator.comparingInt(Match::start));
        return kept;
    }

    private static boolean wordAt(String s, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(s.charAt(start - 1)))
                && (end == s.length() || !Character.isLetterOrDigit(s.charAt(end)));
    }

    private static CountCues load() {
        List<Cue> cues = new ArrayList<>();
        for (String[] row : DataFiles.table(RESOURCE)) {
            if (row.length != 2) throw new IllegalStateException(RESOURCE + ": expected phrase<TAB>kind: " + String.join("|", row));
            String kind = row[1].strip();
            if (!kind.equals(DIPLOMATIC_RELATIONS) && !kind.equals(GROUP) && !kind.equals(BOUNDARY)) Level.parse(kind);
            String key = Fold.key(row[0]).strip();
            cues.add(new Cue(key, kind, Character.isLetterOrDigit(key.charAt(0))));
        }
        return new CountCues(List.copyOf(cues));
    }

    /** A folded phrase; word cues must stand as whole words, punctuation cues anywhere. */
    private record Cue(String key, String kind, boolean word) {}
}
