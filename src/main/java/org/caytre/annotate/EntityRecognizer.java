package org.caytre.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caytre.internal.AhoCorasick;
import org.caytre.internal.LeadingChars;
import org.caytre.model.EntityMention;
import org.caytre.model.EntityType;
import org.caytre.text.VietnameseScore;
import org.caytre.model.Span;
import org.caytre.text.Fold;
import org.caytre.text.Chars;

/**
 * Finds countries, organisations and agreements (by the gazetteer), Vietnam as the speaker ("nước ta", "Ta và …"),
 * Party documents by number and Party congresses (by shape), and links each to its canonical id.
 *
 * <p>Matching runs an Aho–Corasick automaton over the folded text (diacritics, case and hyphens ignored), then
 * verifies each candidate against the original: word boundaries, the longest match, exact case for acronyms and
 * short ambiguous names, and that a short name is not part of a person's name ("Vũ Anh Tuấn").
 *
 * <pre>{@code List<EntityMention> m = EntityRecognizer.standard().find(text, 0, text.length()); }</pre>
 */
public final class EntityRecognizer {
    private static volatile EntityRecognizer standard;

    private final AhoCorasick automaton;
    private final List<List<Alias>> aliasesByKey;
    private final List<Pattern> speaker;
    private final List<String[]> shapes;
    private final List<Pattern> shapePatterns;
    private final List<String[]> pairs;

    private EntityRecognizer(List<Alias> aliases) {
        Map<String, List<Alias>> byKey = new LinkedHashMap<>();
        for (Alias a : aliases) {
            String key = Fold.key(a.text());
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
            if (a.text().indexOf('-') > 0) byKey.computeIfAbsent(key.replace(" ", ""), k -> new ArrayList<>()).add(a);
        }
        List<String> keys = new ArrayList<>(byKey.keySet());
        automaton = new AhoCorasick(keys);
        aliasesByKey = keys.stream().map(byKey::get).toList();
        // with a look-ahead for the characters a match can start with: the engine leaves most positions at once
        speaker = Gazetteer.table("/gazetteer/speaker.txt").stream().map(r -> LeadingChars.prefiltered(Pattern.compile(r[0]))).toList();
        shapes = Gazetteer.table("/gazetteer/patterns.tsv");
        shapePatterns = shapes.stream().map(r -> LeadingChars.prefiltered(Pattern.compile(r[2]))).toList();
        pairs = Gazetteer.table("/gazetteer/pair-forms.tsv");
    }

    /** The recogniser built from the packaged gazetteer; built once, shared (immutable, thread-safe). */
    public static EntityRecognizer standard() {
        if (standard == null) {
            synchronized (EntityRecognizer.class) {
                if (standard == null) standard = new EntityRecognizer(Gazetteer.load());
            }
        }
        return standard;
    }

    public List<EntityMention> find(CharSequence text, int start, int end) {
        List<EntityMention> out = new ArrayList<>();
        Fold.Folded folded = Fold.fold(text, start, end);
        String key = folded.key();
        // a hit inside a word ("anh" in "thanh") is dropped as found: it could never be taken, and most hits are such
        AhoCorasick.Hits found = automaton.scanWordStarts(key, 0, key.length(), new AhoCorasick.Hits());
        List<AhoCorasick.Hit> hits = new ArrayList<>();
        for (int h = 0; h < found.size(); h++)
            if (boundary(key, found.start(h), found.end(h))) hits.add(new AhoCorasick.Hit(found.pattern(h), found.start(h), found.end(h)));
        hits.sort(BY_START_LONGEST_FIRST);
        int taken = -1;
        for (AhoCorasick.Hit h : hits) {
            if (h.start() < taken) continue;
            int os = folded.sourceOffset(h.start()), oe = folded.sourceOffset(h.end() - 1) + 1;
            Alias a = verified(aliasesByKey.get(h.pattern()), text, os, oe);
            if (a == null) continue;
            taken = h.end();
            if (!a.blocks()) out.add(new EntityMention(new Span(os, oe), text.subSequence(os, oe).toString(), a.id(), a.type()));
        }
        addPairs(text, start, end, out);
        addSpeaker(text, start, end, out);
        addShapes(text, start, end, out);
        out.sort(Comparator.comparingInt(m -> m.span().start()));
        return out;
    }

    private static final Comparator<AhoCorasick.Hit> BY_START_LONGEST_FIRST =
            Comparator.comparingInt(AhoCorasick.Hit::start).thenComparingInt(h -> h.start() - h.end());

    private static boolean boundary(String key, int start, int end) {
        if (start > 0 && Chars.isLetterOrDigit(key.charAt(start - 1))) return false;
        if (end < key.length()) {
            char after = key.charAt(end);
            if (Chars.isLetter(after)) return false;
            if (Chars.isDigit(after) && Chars.isDigit(key.charAt(end - 1))) return false;
        }
        return true;
    }

    private static Alias verified(List<Alias> candidates, CharSequence text, int os, int oe) {
        String original = spaced(text.subSequence(os, oe).toString());
        for (Alias a : candidates) {
            String form = spaced(a.text());
            boolean ok;
            if (a.caseSensitive()) ok = original.equals(form) || original.replace(" ", "").equals(form.replace(" ", ""));
            // text typed without diacritics: "Viet Nam va An Do"; in text with diacritics, only with the name's capitals
            // ("Bộ Công an do Thượng tướng …" holds no "Ấn Độ")
            else if (isAscii(original) && !a.blocks()) ok = sameCapitals(original, form) || typedWithoutDiacritics(text, os, oe);
            else ok = original.equalsIgnoreCase(form) || original.replace(" ", "").equalsIgnoreCase(form.replace(" ", ""))
                    || (sameCapitals(original, form) && tonesPlaced(original).equals(tonesPlaced(form)));   // hoà = hòa, but "Cụ bà" ≠ "Cu-ba"
            if (ok && a.nameGuard()) ok = !insideName(text, os, oe) && !inByline(text, os, oe);
            if (ok && a.type() == EntityType.COUNTRY) ok = !afterSurname(text, os) && !inLanguageList(text, os);
            if (ok && isAcronym(a.text())) ok = !inCapitalsRun(text, os, oe);
            if (ok && (a.nameGuard() || isAcronym(a.text()))) ok = !inCredit(text, os);
            if (ok) return a;
        }
        return null;
    }

    /**
     * "ông Dương Trung Quốc", "nhà thơ Lê Anh": a country name right after a Vietnamese family name written with its capital
     * is that person's given name. At a sentence's start the family name may be a common word ("Đoàn Trung Quốc …": the
     * Chinese delegation), so there it does not count.
     */
    private static boolean afterSurname(CharSequence t, int os) {
        int p = os - 1;
        if (p < 1 || t.charAt(p) != ' ' || !Character.isLetter(t.charAt(p - 1))) return false;
        int ws = p - 1;
        while (ws > 0 && Character.isLetter(t.charAt(ws - 1))) ws--;
        if (!Character.isUpperCase(t.charAt(ws)) || ws == 0 || isSentenceBoundary(t, ws)) return false;
        return Gazetteer.SURNAMES.contains(t.subSequence(ws, p).toString());
    }

    /** A short name with a capitalised syllable right before it (not at a sentence start) or a Vietnamese one after. */
    private static boolean insideName(CharSequence t, int os, int oe) {
        int p = os - 1;
        if (p > 0 && t.charAt(p) == ' ' && Chars.isLetter(t.charAt(p - 1))) {
            int ws = p - 1;
            while (ws > 0 && Chars.isLetter(t.charAt(ws - 1))) ws--;
            boolean sentenceStart = ws == 0 || isSentenceBoundary(t, ws);
            // "ĐT Pháp", "CLB Anh": an abbreviation in capitals is no syllable of a person's name
            boolean abbreviation = p - ws >= 2 && t.subSequence(ws, p).chars().allMatch(Character::isUpperCase);
            if (Chars.isUpperCase(t.charAt(ws)) && !sentenceStart && !abbreviation) return true;
        }
        if (oe + 1 < t.length() && t.charAt(oe) == ' ' && Chars.isUpperCase(t.charAt(oe + 1))) {
            int we = oe + 1;
            while (we < t.length() && (Chars.isLetter(t.charAt(we)) || t.charAt(we) == '-')) we++;
            String next = t.subSequence(oe + 1, we).toString();
            // "Đỗ Mỹ Linh", "Mỹ Tâm": a Vietnamese syllable continues a name; "Pháp André Gide": a foreign name follows a nationality
            return !next.contains("-") && !isAscii(next) && VietnameseScore.isSyllable(next);
        }
        return false;
    }

    /** "Việt Anh - Như Tâm": a line of a few capitalised syllables only is a byline, its names are people's. */
    private static boolean inByline(CharSequence t, int os, int oe) {
        int a = os, b = oe;
        while (a > 0 && t.charAt(a - 1) != '\n') a--;
        while (b < t.length() && t.charAt(b) != '\n') b++;
        if (b - a > 40) return false;
        String[] words = t.subSequence(a, b).toString().strip().split("[\\s-–]+");
        if (words.length < 2 || words.length > 6) return false;
        for (String w : words) if (w.isEmpty() || !Chars.isUpperCase(w.charAt(0)) || !w.chars().allMatch(Character::isLetter)) return false;
        return true;
    }

    /** "Ảnh: HUY NAM", "(Ảnh: Việt Anh)": a photo credit names the photographer. */
    private static boolean inCredit(CharSequence t, int os) {
        int from = Math.max(0, os - 30);
        String before = t.subSequence(from, os).toString();
        int at = Math.max(before.lastIndexOf("Ảnh:"), before.lastIndexOf("ẢNH:"));
        if (at < 0) return false;
        for (int i = at + 4; i < before.length(); i++) {
            char c = before.charAt(i);
            if (c != ' ' && c != '.' && !Chars.isUpperCase(c) && !(Chars.isLetter(c) && i > 0 && Chars.isLetter(before.charAt(i - 1)))) return false;
        }
        return true;
    }

    private static boolean isSentenceBoundary(CharSequence t, int wordStart) {
        int i = wordStart - 1;
        while (i >= 0 && t.charAt(i) == ' ') i--;
        return i < 0 || ".!?:;(\"“\n-–".indexOf(t.charAt(i)) >= 0;
    }

    private static boolean isAcronym(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Chars.isLowerCase(c)) return false;
            letter |= Chars.isLetter(c);
        }
        return letter && s.length() <= 8;
    }

    /** "VIỆT NAM" is not the acronym NAM: an acronym next to a Vietnamese word in capitals is part of a title. */
    private static boolean inCapitalsRun(CharSequence t, int os, int oe) {
        return capsWordAt(t, os - 2, -1) || capsWordAt(t, oe + 1, 1);
    }

    private static boolean capsWordAt(CharSequence t, int i, int dir) {
        if (i < 0 || i >= t.length() || t.charAt(i - (dir > 0 ? 1 : -1)) != ' ') return false;
        int a = i, b = i;
        while (a > 0 && Chars.isLetter(t.charAt(a - 1))) a--;
        while (b < t.length() && Chars.isLetter(t.charAt(b))) b++;
        if (b - a < 2) return false;
        String w = t.subSequence(a, b).toString();
        return w.equals(w.toUpperCase()) && !isAscii(w);
    }

    /** Each syllable in lower case with its tone mark where the traditional style puts it: the same tones, placed alike. */
    private static String tonesPlaced(String s) {
        String[] syllables = s.toLowerCase(java.util.Locale.ROOT).split(" ");
        for (int i = 0; i < syllables.length; i++) syllables[i] = org.caytre.text.ToneMarks.place(syllables[i]);
        return String.join(" ", syllables);
    }

    /** Each word starts with a capital in both or in neither ("hướng căng" is not "Hương Cảng"). */
    private static boolean sameCapitals(String a, String b) {
        String[] x = a.split(" "), y = b.split(" ");
        if (x.length != y.length) return false;
        for (int i = 0; i < x.length; i++)
            if (!x[i].isEmpty() && !y[i].isEmpty() && Chars.isUpperCase(x[i].charAt(0)) != Chars.isUpperCase(y[i].charAt(0)))
                return false;
        return true;
    }

    /** Hyphens as spaces, runs of white space as one space, trimmed. */
    private static String spaced(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '-' || c == '–' || Character.isWhitespace(c)) {
                if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') b.append(' ');
            } else b.append(c);
        }
        int n = b.length();
        return n > 0 && b.charAt(n - 1) == ' ' ? b.substring(0, n - 1) : b.toString();
    }

    /** How far around a match the text is read to tell whether it was typed without diacritics. */
    private static final int TYPED_WINDOW = 80;

    /** Whether the letters around [os, oe) are all ASCII: text typed without diacritics (a query, a telex, a chat). */
    private static boolean typedWithoutDiacritics(CharSequence text, int os, int oe) {
        for (int i = Math.max(0, os - TYPED_WINDOW), end = Math.min(text.length(), oe + TYPED_WINDOW); i < end; i++) {
            char ch = text.charAt(i);
            if (ch > 0x7F && Chars.isLetter(ch)) return false;
        }
        return true;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) > 0x7F) return false;
        return true;
    }

    private void addSpeaker(CharSequence text, int start, int end, List<EntityMention> out) {
        if (!mentionsTa(text, start, end)) return;
        for (Pattern p : speaker) {
            Matcher m = p.matcher(text).region(start, end);
            m.useTransparentBounds(true).useAnchoringBounds(false);
            while (m.find()) {
                int g = m.groupCount() >= 1 && m.group(1) != null ? 1 : 0;
                addIfFree(out, new EntityMention(new Span(m.start(g), m.end(g)), m.group(g), "VNM", EntityType.COUNTRY));
            }
        }
    }

    /** "Trung - Mỹ", "Việt - Trung": a short form counts only when a dash joins it to another capitalised name. */
    private void addPairs(CharSequence text, int start, int end, List<EntityMention> out) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c != '-' && c != '–') continue;
            int l = i, r = i + 1;
            while (l > start && text.charAt(l - 1) == ' ') l--;
            while (r < end && text.charAt(r) == ' ') r++;
            int ls = l;
            while (ls > start && Chars.isLetter(text.charAt(ls - 1))) ls--;
            int re = r;
            while (re < end && Chars.isLetter(text.charAt(re))) re++;
            if (ls == l || re == r || !Chars.isUpperCase(text.charAt(ls)) || !Chars.isUpperCase(text.charAt(r))) continue;
            if (afterLanguageWord(text, start, ls)) continue;                 // "từ điển Anh - Việt": languages
            // "cao tốc Trung Lương - Mỹ Thuận": a syllable of a longer name joined by the dash is no short form
            if (!capitalisedBefore(text, start, ls)) pairForm(text, ls, l, out);
            if (!capitalisedAfter(text, re, end)) pairForm(text, r, re, out);
        }
    }

    private static final List<String> LANGUAGE_WORDS = Gazetteer.table("/gazetteer/language-words.txt").stream().map(r -> r[0] + " ").toList();

    /** "tiếng Anh", "3 thứ tiếng Việt, Nga, Anh": a name after a word of language, or listed after one, is a language. */
    private static boolean inLanguageList(CharSequence t, int os) {
        int at = os;
        for (int k = 0; k < 8; k++) {
            if (afterLanguageWord(t, 0, at)) return true;
            int p = at;
            if (endsWith(t, p, ", ")) p -= 2;                                      // the list glue before this name
            else if (endsWith(t, p, " và ")) p -= 4;
            else return false;
            int ws = p;
            while (ws > 0 && Character.isLetter(t.charAt(ws - 1))) ws--;
            if (ws == p || !Character.isUpperCase(t.charAt(ws))) return false;
            at = ws;
        }
        return false;
    }

    private static boolean endsWith(CharSequence t, int at, String w) {
        return at >= w.length() && t.subSequence(at - w.length(), at).toString().equals(w);
    }

    private static boolean afterLanguageWord(CharSequence t, int start, int at) {
        for (String w : LANGUAGE_WORDS) {
            int s = at - w.length();
            if (s >= start && (s == start || !Character.isLetter(t.charAt(s - 1)))
                    && t.subSequence(s, at).toString().equalsIgnoreCase(w)) return true;
        }
        return false;
    }

    private static boolean capitalisedBefore(CharSequence t, int start, int at) {
        return at - 2 >= start && t.charAt(at - 1) == ' ' && Chars.isLetter(t.charAt(at - 2)) && wordStartUpper(t, start, at - 1);
    }

    private static boolean wordStartUpper(CharSequence t, int start, int end) {
        int w = end;
        while (w > start && Chars.isLetter(t.charAt(w - 1))) w--;
        return w < end && Chars.isUpperCase(t.charAt(w));
    }

    private static boolean capitalisedAfter(CharSequence t, int at, int end) {
        return at + 1 < end && t.charAt(at) == ' ' && Chars.isUpperCase(t.charAt(at + 1));
    }

    private void pairForm(CharSequence text, int s, int e, List<EntityMention> out) {
        String word = text.subSequence(s, e).toString();
        for (String[] p : pairs)
            if (p[1].equals(word)) addIfFree(out, new EntityMention(new Span(s, e), word, p[0], EntityType.COUNTRY));
    }

    private static boolean mentionsTa(CharSequence t, int start, int end) {
        for (int i = start; i + 1 < end; i++)
            if ((t.charAt(i) == 't' || t.charAt(i) == 'T') && t.charAt(i + 1) == 'a'
                    && (i == start || !Chars.isLetter(t.charAt(i - 1))) && (i + 2 == end || !Chars.isLetter(t.charAt(i + 2))))
                return true;
        return false;
    }

    /** Whether {@code w} is written inside {@code t[start, end)}; in place, no copy of the paragraph. */
    private static boolean contains(CharSequence t, int start, int end, String w) {
        if (t instanceof String s) return s.indexOf(w, start, end) >= 0;
        for (int i = start; i + w.length() <= end; i++) {
            int k = 0;
            while (k < w.length() && t.charAt(i + k) == w.charAt(k)) k++;
            if (k == w.length()) return true;
        }
        return false;
    }

    private void addShapes(CharSequence text, int start, int end, List<EntityMention> out) {
        for (int i = 0; i < shapes.size(); i++) {
            if (shapes.get(i).length > 3 && !contains(text, start, end, shapes.get(i)[3])) continue;
            Matcher m = shapePatterns.get(i).matcher(text).region(start, end);
            m.useTransparentBounds(true);
            while (m.find()) {
                String id = shapes.get(i)[1].replace("$1", m.group(1).replaceAll("\\s+", ""));
                addIfFree(out, new EntityMention(new Span(m.start(), m.end()), m.group(), id, EntityType.valueOf(shapes.get(i)[0])));
            }
        }
    }

    private static void addIfFree(List<EntityMention> out, EntityMention m) {
        for (EntityMention o : out) if (o.span().overlaps(m.span())) return;
        out.add(m);
    }

    /** Number of distinct written forms known, for reports. */
    public int size() { return aliasesByKey.stream().mapToInt(List::size).sum(); }

}
