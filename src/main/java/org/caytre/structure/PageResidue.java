package org.caytre.structure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.Matcher;
import org.caytre.internal.DataFiles;
import org.caytre.internal.LeadingChars;

/**
 * Finds the paragraphs of a copied web page that are not the article: photo captions, bylines and time stamps,
 * video-player text, links to related articles and a headline the site cut short (cues in
 * {@code structure/page-residue.tsv}), and paragraphs that repeat an earlier one (a headline or lead printed twice,
 * or once more with the site's name after it). A lead standing alone and again opening the body is not residue: it is
 * a mention of its own (a restated figure is annotated at each mention). The kinds go on the paragraphs; extraction skips them.
 */
final class PageResidue {
    /** {@code starts}: the characters a match can start with ({@link LeadingChars}): a paragraph opening with none is
     *  passed over without a regex; {@code search}: the cue tried in a paragraph's tail only where a match can start. */
    private record Cue(String kind, String where, int maxChars, Pattern pattern, String needs, boolean anchored, LeadingChars.Starts starts,
                       LeadingChars.Search search) {
        Cue(String kind, String where, int maxChars, Pattern pattern, String needs) {
            this(kind, where, maxChars, pattern, needs, pattern.pattern().startsWith("^"), LeadingChars.starts(pattern), LeadingChars.search(pattern));
        }
    }

    static final String RELATED = "related", REPEAT = "repeat";
    /** A related-articles header is followed by a few short headlines; this many at most are taken with it. */
    private static final int RELATED_ITEMS = 8, RELATED_ITEM_CHARS = 160, HEADER_CHARS = 40, MIN_REPEAT_CHARS = 20;
    /** How far from its end a cue that closes a paragraph may begin (a credit of 80 characters and its separator). */
    private static final int TAIL = 120;
    /** "… giữa hai nước. - VnExpress.": a lead with the site's name, printed again without it. */
    private static final int SUFFIX_TAIL = 40;
    private static final Pattern SITE_SUFFIX = Pattern.compile("\\s+[-–|]\\s+[\\p{L}.]{2,30}\\.?$");
    private static final List<Cue> CUES = DataFiles.table("/structure/page-residue.tsv").stream()
            .map(c -> new Cue(c[0], c[1], Integer.parseInt(c[2]), Pattern.compile(c[3]), c.length > 4 ? c[4] : "")).toList();

    private PageResidue() {}

    /** The residue kind of each paragraph, null for the article's own text. */
    static String[] kinds(List<String> paragraphs) {
        String[] kinds = new String[paragraphs.size()];
        Matcher[] matchers = new Matcher[CUES.size()];        // one per cue and document, reset for each paragraph
        for (int i = 0; i < kinds.length; i++) kinds[i] = cued(paragraphs.get(i), i, kinds.length, matchers);
        relatedItems(paragraphs, kinds);
        repeats(paragraphs, kinds);
        return kinds;
    }

    private static String cued(String p, int index, int count, Matcher[] matchers) {
        for (int k = 0; k < CUES.size(); k++) {
            Cue c = CUES.get(k);
            if (c.maxChars() > 0 && p.length() > c.maxChars()) continue;
            if (c.where().equals("first") && index != 0 || c.where().equals("last") && index != count - 1) continue;
            if (matches(c, p, matchers, k)) return c.kind();
        }
        return null;
    }

    /**
     * A cue anchored at the start is tried there only; any other ends the paragraph ("… Ảnh: TTXVN", "… 20:02 GMT+7")
     * and is looked for in its last characters only: most paragraphs are long running text, and this runs on all.
     */
    private static boolean matches(Cue cue, String p, Matcher[] matchers, int k) {
        if (cue.anchored()) {
            if (p.isEmpty() || !cue.starts().anyIn(p, 0, 1)) return false;
            return matcher(cue, p, matchers, k).lookingAt();
        }
        int from = Math.max(0, p.length() - TAIL);
        if (!cue.needs().isEmpty() && p.indexOf(cue.needs(), from) < 0) return false;
        return cue.search().findAround(p, from, p.length());
    }

    private static Matcher matcher(Cue cue, String p, Matcher[] matchers, int k) {
        Matcher m = matchers[k];
        if (m == null) return matchers[k] = cue.pattern().matcher(p);
        return m.reset(p).useTransparentBounds(false).useAnchoringBounds(true);
    }

    /** The short headlines listed under "Tin liên quan" / "Xem thêm:" standing alone. */
    private static void relatedItems(List<String> paragraphs, String[] kinds) {
        for (int i = 0; i < kinds.length; i++) {
            if (!RELATED.equals(kinds[i]) || paragraphs.get(i).length() > HEADER_CHARS) continue;
            for (int k = i + 1; k < kinds.length && k <= i + RELATED_ITEMS; k++) {
                String item = paragraphs.get(k);
                if (kinds[k] != null || item.length() > RELATED_ITEM_CHARS || endsSentence(item)) break;
                kinds[k] = RELATED;
            }
        }
    }

    /**
     * A paragraph printed again, or once more with the site's name after it ("… hai nước. - VnExpress."): every copy
     * after the first that is the article's own text is a repeat.
     */
    private static void repeats(List<String> paragraphs, String[] kinds) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < kinds.length; i++)
            if (kinds[i] == null && paragraphs.get(i).length() >= MIN_REPEAT_CHARS) first.putIfAbsent(paragraphs.get(i), i);
        for (int i = 0; i < kinds.length; i++) {
            String p = paragraphs.get(i);
            if (kinds[i] != null || p.length() < MIN_REPEAT_CHARS) continue;
            if (first.get(p) != i) { kinds[i] = REPEAT; continue; }
            int tail = Math.max(0, p.length() - SUFFIX_TAIL);
            if (!hasDash(p, tail)) continue;                           // the suffix's separator: most paragraphs have none
            var suffix = SITE_SUFFIX.matcher(p).region(tail, p.length());
            Integer plain = suffix.find() ? first.get(p.substring(0, suffix.start())) : null;
            if (plain != null && plain != i) kinds[i] = REPEAT;
        }
    }

    /** Whether {@code p} holds one of {@link #SITE_SUFFIX}'s separators from {@code from} on. */
    private static boolean hasDash(String p, int from) {
        for (int i = from; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '-' || c == '–' || c == '|') return true;
        }
        return false;
    }

    private static boolean endsSentence(String p) {
        char last = p.charAt(p.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == ':';
    }
}
