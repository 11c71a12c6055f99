package org.caytre.structure;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caytre.text.Chars;

/**
 * Walks the lines of a document once, in reading order, and tells body text from footnotes.
 *
 * <p>Footnote numbers count up 1, 2, 3…, and a marker always comes before its body. The scanner therefore looks for
 * exactly the next marker number in body lines ({@link MarkerFinder}), and accepts a line {@code "N text"} as the
 * start of footnote N only once marker N has been seen. This is what tells {@code COVID-1923} (marker 23) from
 * {@code G20}, and a footnote body from a wrapped line that starts with a number.
 *
 * <p>Cases handled (all seen in PDF-extracted reviews):
 * <ul>
 *   <li>case 1: a body starting with its number ("15 Trong năm 2020, …") or with superscript digits ("¹ …");</li>
 *   <li>case 2: the number on a line of its own, the body on the next line (markers too stand alone there);</li>
 *   <li>case 3: a body that lost its number, indented by two or more spaces, taken by the oldest marker waiting;</li>
 *   <li>case 4: a body cut by a page break, continued just before the next page's first footnote;</li>
 *   <li>a footnote block ends at a page break: a form feed, an unusually long blank gap, or a line indented by one
 *       space (how this PDF converter starts a page).</li>
 * </ul>
 */
final class FootnoteScanner {
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})\\s+(?=\\S)");
    private static final Pattern LONE_NUMBER = Pattern.compile("^\\(?(\\d{1,4})\\)?$");

    /** Scan result: a role per line, the footnote number of FOOTNOTE lines, where each line's kept text starts. */
    record Result(LineRole[] roles, int[] footnoteOf, int[] keepFrom, List<MarkerFinder.Found> markers) {}

    private final String source;
    private final List<SourceLine> lines;
    private final BitSet dropped;
    private final int usualSpacing;

    private final LineRole[] roles;
    private final int[] footnoteOf;
    private final int[] keepFrom;
    private final List<MarkerFinder.Found> markers = new ArrayList<>();
    // markers seen, and those of them still waiting for a body: sets, so each step is O(log n), not a walk of all markers
    private final java.util.Set<Integer> markersSeen = new java.util.HashSet<>();
    private final java.util.TreeSet<Integer> waiting = new java.util.TreeSet<>();
    private final java.util.Map<Integer, Integer> lastLineOf = new java.util.HashMap<>();

    private int nextMarker = 1;
    private int current;              // footnote being continued, 0 if none
    private int closedByPage;         // footnote whose block a page break closed, 0 if none
    private boolean bodyNumberLine;   // previous line was a footnote number standing alone
    private boolean blockNote;        // current footnote came from a block format: it ends with its paragraph
    private boolean pageEdge;         // a running header or page number was just dropped: a page turns here

    FootnoteScanner(String source, List<SourceLine> lines, BitSet dropped) {
        this.source = source;
        this.lines = lines;
        this.dropped = dropped;
        this.usualSpacing = LineReader.usualSpacing(lines);
        this.roles = new LineRole[lines.size()];
        this.footnoteOf = new int[lines.size()];
        this.keepFrom = new int[lines.size()];
    }

    Result scan() {
        for (SourceLine line : lines) {
            int i = line.index();
            keepFrom[i] = line.contentStart();
            if (dropped.get(i)) { roles[i] = LineRole.DROPPED; pageEdge = true; continue; }
            boolean afterNumber = bodyNumberLine;
            bodyNumberLine = false;
            boolean turned = pageEdge;
            pageEdge = false;
            if (!afterNumber && current != 0 && (turned || pageStarts(line))) { closedByPage = current; current = 0; }
            if (blockNote && line.blanksBefore() > 0) { current = 0; blockNote = false; }
            if (afterNumber) { footnote(i, current, line.contentStart()); continue; }
            if (superscriptStart(line)) continue;
            if (loneNumber(line)) continue;
            if (numberedStart(line)) continue;
            if (unnumberedStart(line)) continue;
            if (current != 0) { footnote(i, current, line.contentStart()); continue; }
            roles[i] = LineRole.BODY;
            findMarkers(line);
        }
        return new Result(roles, footnoteOf, keepFrom, List.copyOf(markers));
    }

    private boolean pageStarts(SourceLine line) {
        return line.pageBreakBefore() || line.blanksBefore() >= usualSpacing + 2 || line.indent() == 1;
    }

    // case 1, explicit form: "¹² text"
    private boolean superscriptStart(SourceLine line) {
        int s = line.contentStart();
        int e = Superscripts.runEnd(source, s, line.end());
        if (e == s) return false;
        int n = Superscripts.value(source, s, e);
        while (e < line.end() && Character.isWhitespace(source.charAt(e))) e++;
        startFootnote(line.index(), n, e);
        blockNote = true;
        return true;
    }

    // case 2: a number alone on its line is a footnote number, a marker, or a page number
    private boolean loneNumber(SourceLine line) {
        String tr = line.trimmed();
        if (tr.length() > 6 || !(Chars.isDigit(tr.charAt(0)) || tr.charAt(0) == '(')) return false;
        Matcher lone = LONE_NUMBER.matcher(tr);
        if (!lone.matches()) return false;
        String t = lone.group(1);
        int n = Integer.parseInt(t);
        int i = line.index();
        if (waiting.contains(n) && n == firstWaiting()) {
            roles[i] = LineRole.DROPPED;
            waiting.remove(n);
            current = n;
            closedByPage = 0;
            bodyNumberLine = true;
            return true;
        }
        if (n == nextMarker && t.charAt(0) != '0') {
            roles[i] = LineRole.MARKER;
            addMarker(new MarkerFinder.Found(n, line.contentStart(), line.end()));
            current = 0;
            return true;
        }
        if (n < 1000) { roles[i] = LineRole.DROPPED; pageEdge = true; return true; }   // a page number
        return false;                                                   // "2020" ending a wrapped heading
    }

    // case 1: "15 Trong năm 2020, …" once marker 15 has been seen
    private boolean numberedStart(SourceLine line) {
        if (markersSeen.isEmpty() || !Chars.isDigit(source.charAt(line.contentStart()))) return false;
        Matcher m = NUMBERED.matcher(source).region(line.contentStart(), line.end());
        if (!m.lookingAt() || source.charAt(m.start(1)) == '0') return false;
        int n = Integer.parseInt(m.group(1));
        if (!waiting.contains(n)) return false;
        int i = line.index();
        boolean separated = line.blanksBefore() > 0 || i == 0 || roles[i - 1] != LineRole.BODY
                || line.pageBreakBefore() || line.indent() == 1;
        if (!separated && !continuesBrokenFootnote(i)) return false;
        reclaimContinuation(i);
        startFootnote(i, n, m.end());
        return true;
    }

    // case 3: an indented body whose number was lost, for the oldest marker still waiting
    private boolean unnumberedStart(SourceLine line) {
        if (line.indent() < 2 || !Character.isUpperCase(source.codePointAt(line.contentStart()))) return false;
        int n = firstWaiting();
        if (n == 0) return false;
        startFootnote(line.index(), n, line.contentStart());
        return true;
    }

    private int firstWaiting() {
        return waiting.isEmpty() ? 0 : waiting.first();
    }

    private void startFootnote(int i, int n, int textStart) {
        blockNote = false;
        markersSeen.add(n);
        // markers before n that never got a body stay unresolved; stop waiting for them
        waiting.headSet(n, true).clear();
        footnote(i, n, textStart);
        current = n;
        closedByPage = 0;
    }

    private void footnote(int i, int n, int textStart) {
        roles[i] = LineRole.FOOTNOTE;
        footnoteOf[i] = n;
        keepFrom[i] = textStart;
        lastLineOf.put(n, i);
    }

    // case 4: the lines just above a new footnote that finish the one a page break cut
    private boolean continuesBrokenFootnote(int i) {
        return closedByPage != 0 && firstReclaimable(i) < i;
    }

    private void reclaimContinuation(int i) {
        if (closedByPage == 0) return;
        int from = firstReclaimable(i);
        for (int k = from; k < i; k++) {
            footnote(k, closedByPage, lines.get(k).contentStart());
            unrecordMarkersIn(lines.get(k));
        }
        closedByPage = 0;
    }

    private int firstReclaimable(int i) {
        Integer last = lastLineOf.get(closedByPage);
        if (last == null || endsSentence(lines.get(last))) return i;
        int k = i;
        while (k > 0 && i - k < 3 && roles[k - 1] == LineRole.BODY) {
            k--;
            if (lines.get(k).blanksBefore() > 0) return k;
        }
        return i;
    }

    private void unrecordMarkersIn(SourceLine line) {
        // markers are recorded in reading order: only the last few can lie on this line
        for (int k = markers.size() - 1; k >= 0 && markers.get(k).start() >= line.start(); k--) {
            MarkerFinder.Found f = markers.get(k);
            if (f.start() >= line.end()) continue;
            markers.remove(k);
            markersSeen.remove(f.number());
            waiting.remove(f.number());
            nextMarker = Math.min(nextMarker, f.number());
        }
    }

    private boolean endsSentence(SourceLine line) {
        String t = line.trimmed();
        char c = t.charAt(t.length() - 1);
        return c == '.' || c == '!' || c == '?' || c == '…' || c == ')' || c == '”' || c == '"';
    }

    private void findMarkers(SourceLine line) {
        int pos = line.contentStart();
        for (int k = pos; k < line.end(); k++) {     // explicit superscript markers
            if (!Superscripts.isDigit(source.charAt(k))) continue;
            int e = Superscripts.runEnd(source, k, line.end());
            addMarker(new MarkerFinder.Found(Superscripts.value(source, k, e), k, e));
            k = e;
        }
        while (true) {
            MarkerFinder.Found f = MarkerFinder.find(source, pos, line.end(), nextMarker);
            if (f == null) return;
            addMarker(f);
            pos = f.end();
        }
    }

    private void addMarker(MarkerFinder.Found f) {
        markers.add(f);
        if (markersSeen.add(f.number())) waiting.add(f.number());
        nextMarker = Math.max(nextMarker, f.number() + 1);
    }
}
