package org.caytre.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caytre.model.EntityMention;
import org.caytre.model.EntityType;
import org.caytre.model.PersonMention;
import org.caytre.model.Span;
import org.caytre.text.Fold;
import org.caytre.text.Chars;

/**
 * People named after their titles: "Tổng Bí thư, Chủ tịch nước Nguyễn Phú Trọng", "Thủ tướng Nhật Bản Suga
 * Yoshihide", "Tổng thống Pu-tin". The side a person stands for comes from a country named between title and name,
 * from "ta", from {@code gazetteer/people.tsv}, or — for a Vietnamese office and a Vietnamese family name — is VNM.
 */
public final class PersonRecognizer {
    private record Title(String text, boolean vietnamese) {}

    private final List<Title> titles;
    /** The titles by their first two letters lower-cased ({@link #key}), longest first: sorted keys, a bucket per key. */
    private final int[] titleKeys;
    private final Title[][] titlesByKey;
    private final Map<String, String[]> people = new HashMap<>();   // folded name → {canonical, country}
    private final Set<String> surnames;
    /** Known names as words ("Kim", "Jong", "un"), by their first word lower-cased, longest first: found without a title. */
    private final Map<String, List<String[]>> bareNames = new HashMap<>();
    private final Map<String, String[]> bareKnown = new HashMap<>();
    private final String bareInitials;          // the first letters of those names: most capitalised words need no lookup
    /** Hash codes of the first words of those names, sorted: a word whose lower case hashes to none is no such word. */
    private final int[] bareHashes;
    /** Whether a title starts with each character (below {@link #TABLED}) in some case: most words are then passed at once. */
    private final boolean[] titleInitial = new boolean[TABLED];
    private static final int TABLED = 0x250;

    public PersonRecognizer() {
        titles = Gazetteer.table("/gazetteer/titles.tsv").stream().map(r -> new Title(r[0], "vn".equals(r[1])))
                .sorted(Comparator.comparingInt((Title t) -> t.text().length()).reversed()).toList();
        Map<Integer, List<Title>> byKey = new java.util.TreeMap<>();
        for (Title t : titles) byKey.computeIfAbsent(key(t.text(), 0), k -> new ArrayList<>()).add(t);
        titleKeys = byKey.keySet().stream().mapToInt(Integer::intValue).toArray();
        titlesByKey = byKey.values().stream().map(l -> l.toArray(Title[]::new)).toArray(Title[][]::new);
        for (String[] r : Gazetteer.table("/gazetteer/people.tsv")) {
            people.put(Fold.key(r[0]), new String[] {r[0], r[1]});
            addBareName(r[0], r);
            if (r.length > 2) for (String alt : r[2].split(";")) {
                people.put(Fold.key(alt.strip()), new String[] {r[0], r[1]});
                addBareName(alt.strip(), r);
            }
        }
        bareNames.values().forEach(l -> l.sort(Comparator.comparingInt((String[] w) -> w.length).reversed()));
        StringBuilder initials = new StringBuilder();
        for (String w : bareNames.keySet()) if (initials.indexOf(w.substring(0, 1)) < 0) initials.append(w.charAt(0));
        bareInitials = initials.toString();
        bareHashes = bareNames.keySet().stream().mapToInt(String::hashCode).sorted().distinct().toArray();
        for (int c = 0; c < TABLED; c++)
            for (int k : titleKeys) if (k >>> 16 == Chars.toLowerCase((char) c)) titleInitial[c] = true;
        surnames = Gazetteer.SURNAMES;
    }

    public List<PersonMention> find(CharSequence text, int start, int end, List<EntityMention> entities) {
        List<PersonMention> out = new ArrayList<>();
        int i = start;
        while (i < end) {
            Title t = titleAt(text, i, end);
            if (t == null) { i = nextWord(text, i, end); continue; }
            int titleStart = i, p = i + t.text().length();
            boolean vietnameseOffice = t.vietnamese();
            StringBuilder title = new StringBuilder(t.text());
            // a chain of titles: "Tổng Bí thư, Chủ tịch nước"
            while (true) {
                int q = skip(text, p, end, ", ");
                Title more = q < end ? titleAt(text, q, end) : null;
                if (more == null || q == p) break;
                title.append(", ").append(more.text());
                vietnameseOffice |= more.vietnamese();
                p = q + more.text().length();
            }
            String country = null;
            int q = skip(text, p, end, " ");
            EntityMention side = entityAt(entities, q);
            if (side != null && side.type() == EntityType.COUNTRY) {
                country = side.id();
                q = skip(text, side.span().end(), end, " ");
            } else if (startsWord(text, q, end, "ta")) {
                country = "VNM";
                q = skip(text, q + 2, end, " ");
            }
            int nameEnd = nameEnd(text, q, end, entities);
            // "Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên": the office's body stands between the title and the name
            int named = bodyThenName(text, q, nameEnd, end, entities);
            if (named > q) {
                for (EntityMention e : entities)            // the body's country is the office's
                    if (country == null && e.type() == EntityType.COUNTRY && e.span().start() >= q && e.span().end() <= named) country = e.id();
                title.append(' ').append(text, q, named - 1);
                q = named;
                nameEnd = nameEnd(text, q, end, entities);
            }
            if (nameEnd > q) {
                String name = text.subSequence(q, nameEnd).toString();
                String[] known = people.get(Fold.key(name));
                if (known != null && country == null) country = known[1];
                // a Vietnamese office with a name written as foreign names are ("Chủ tịch Quốc hội Amadou Soumahoro") is another's
                boolean foreignName = name.chars().allMatch(ch -> ch < 0x80) && !surnames.contains(name.split(" ")[0]);
                if (country == null && vietnameseOffice && !foreignName) country = "VNM";
                if (country == null && surnames.contains(name.split(" ")[0]) && name.split(" ").length >= 2) country = "VNM";
                if (looksLikeName(name, known != null))
                    out.add(new PersonMention(new Span(titleStart, nameEnd), known != null ? known[0] : name, title.toString(), country));
                i = nameEnd;
            } else {
                i = p;
            }
        }
        return out;
    }

    /** Whether the gazetteer knows {@code name} as a Vietnamese ({@code gazetteer/people.tsv}), not by guess. */
    boolean knownVietnamese(String name) {
        String[] known = people.get(Fold.key(name));
        return known != null && "VNM".equals(known[1]);
    }

    private void addBareName(String name, String[] row) {
        String[] words = words(name);
        // one short word ("Abe", "May") is too often something else: a lone name needs five letters or a hyphen
        if (words.length == 0 || words.length == 1 && name.length() < 5 && name.indexOf('-') < 0) return;
        bareNames.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
        bareKnown.put(String.join(" ", words), new String[] {row[0], row[1]});
    }

    private static String[] words(String name) {
        return java.util.Arrays.stream(name.toLowerCase(java.util.Locale.ROOT).split("[\\s\\-.]+")).filter(w -> !w.isEmpty()).toArray(String[]::new);
    }

    /**
     * Known people named without a title ("Kim Jong-un gặp Putin", "Kim Jong - un"), outside the mentions already found
     * and outside recognised entities: capitalised, whole words, hyphens and spaces alike.
     */
    public List<PersonMention> findKnown(CharSequence text, int start, int end, List<PersonMention> found, List<EntityMention> entities) {
        List<PersonMention> out = new ArrayList<>();
        int i = start, f = 0, e = 0;
        while (i < end) {
            while (f < found.size() && found.get(f).span().end() <= i) f++;
            while (e < entities.size() && entities.get(e).span().end() <= i) e++;
            boolean covered = f < found.size() && found.get(f).span().start() <= i || e < entities.size() && entities.get(e).span().start() <= i;
            char first = text.charAt(i);
            if (!covered && Chars.isUpperCase(first) && bareInitials.indexOf(Chars.toLowerCase(first)) >= 0
                    && (i == 0 || !Chars.isLetter(text.charAt(i - 1)))) {
                int wordEnd = i;
                while (wordEnd < end && Chars.isLetter(text.charAt(wordEnd))) wordEnd++;
                List<String[]> candidates = mayStartBareName(text, i, wordEnd)
                        ? bareNames.get(text.subSequence(i, wordEnd).toString().toLowerCase(java.util.Locale.ROOT)) : null;
                int matchEnd = -1;
                String[] match = null;
                if (candidates != null) for (String[] words : candidates) {
                    int m = matchWords(text, i, end, words);
                    if (m > 0) { matchEnd = m; match = words; break; }
                }
                if (match != null) {
                    String[] known = bareKnown.get(String.join(" ", match));
                    out.add(new PersonMention(new Span(i, matchEnd), known[0], "", known[1]));
                    i = matchEnd;
                    continue;
                }
            }
            i = nextWord(text, i, end);
        }
        return out;
    }

    /**
     * False when the lower case of {@code text[from, to)} is certainly no first word of a known name: its hash code (as
     * String's, over the characters lower-cased one by one) is none of theirs. No word is copied for that. İ and Σ, whose
     * String lower case differs from the character's, are left to the lookup.
     */
    private boolean mayStartBareName(CharSequence text, int from, int to) {
        int h = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '\u0130' || c == '\u03A3') return true;
            h = 31 * h + Chars.toLowerCase(c);
        }
        return java.util.Arrays.binarySearch(bareHashes, h) >= 0;
    }

    /** End of {@code words} written from {@code i} (separated by spaces or hyphens, case aside), or -1. */
    private static int matchWords(CharSequence text, int i, int end, String[] words) {
        int p = i;
        for (int k = 0; k < words.length; k++) {
            if (k > 0) {
                int q = p;
                while (q < end && q - p <= 3 && (text.charAt(q) == ' ' || text.charAt(q) == '-' || text.charAt(q) == '.')) q++;
                if (q == p) return -1;
                p = q;
            }
            String w = words[k];
            if (p + w.length() > end) return -1;
            for (int c = 0; c < w.length(); c++) if (Chars.toLowerCase(text.charAt(p + c)) != w.charAt(c)) return -1;
            p += w.length();
        }
        return p < end && Chars.isLetter(text.charAt(p)) ? -1 : p;
    }

    private Title titleAt(CharSequence text, int i, int end) {
        char first = i < end ? text.charAt(i) : 0;
        if (first < TABLED && !titleInitial[first]) return null;
        if (i > 0 && Chars.isLetter(text.charAt(i - 1))) return null;
        if (i + 1 >= end) return null;
        int bucket = java.util.Arrays.binarySearch(titleKeys, key(text, i));
        if (bucket < 0) return null;
        for (Title t : titlesByKey[bucket]) {
            String w = t.text();
            int e = i + w.length();
            if (e > end || !regionEquals(text, i, w)) continue;
            if (e == end || !Chars.isLetter(text.charAt(e))) return t;
        }
        return null;
    }

    private static int key(CharSequence s, int i) {
        return Chars.toLowerCase(s.charAt(i)) << 16 | Chars.toLowerCase(s.charAt(i + 1));
    }

    /** News writes titles in lower case too ("Tổng bí thư", "thứ trưởng"): letters compare without case. */
    private static boolean regionEquals(CharSequence t, int i, String w) {
        for (int k = 0; k < w.length(); k++)
            if (t.charAt(i + k) != w.charAt(k) && Chars.toLowerCase(t.charAt(i + k)) != Chars.toLowerCase(w.charAt(k))) return false;
        return true;
    }

    /** End of a run of capitalised words (1–5), not crossing a recognised organisation or country. */
    private static int nameEnd(CharSequence text, int i, int end, List<EntityMention> entities) {
        int p = i, words = 0;
        while (p < end && words < 5 && Chars.isUpperCase(text.charAt(p))) {
            EntityMention e = entityAt(entities, p);
            if (e != null) break;
            int w = p;
            while (w < end && (Chars.isLetter(text.charAt(w)) || text.charAt(w) == '-' || text.charAt(w) == '.' && w + 1 < end && text.charAt(w + 1) == ' ' && w - p == 1)) w++;
            if (w == p) break;
            words++;
            p = w;
            if (p + 1 < end && text.charAt(p) == ' ' && Chars.isUpperCase(text.charAt(p + 1))) p++;
            else break;
        }
        return words == 0 ? i : p;
    }

    /** First words of a body's name ({@code gazetteer/body-words.txt}): after a title they begin the office, not a name. */
    private static final java.util.Set<String> BODY_WORDS = java.util.Set.copyOf(
            Gazetteer.table("/gazetteer/body-words.txt").stream().map(r -> r[0]).toList());

    /**
     * Where the name starts when the words after a title begin with a body ("Bộ Công Thương", "Ủy ban …"): at the first
     * Vietnamese family name after it; {@code q} (no body) otherwise.
     */
    private int bodyThenName(CharSequence text, int q, int runEnd, int end, List<EntityMention> entities) {
        int w = q;
        while (w < end && Chars.isLetter(text.charAt(w))) w++;
        if (w == q || !BODY_WORDS.contains(text.subSequence(q, w).toString())) return q;
        int p = w, lower = 0;
        for (int words = 0; p < end && words < 8; words++) {
            while (p < end && text.charAt(p) == ' ') p++;
            int s = p;
            while (p < end && Chars.isLetter(text.charAt(p))) p++;
            if (p == s) return q;
            // "Đảng Cộng sản Trung Quốc Tập Cận Bình": a body's name holds lower-case words; its country ends it
            EntityMention country = entityAt(entities, s);
            if (country != null && country.type() == EntityType.COUNTRY) {
                int n = skip(text, country.span().end(), end, " ");
                return n < end && Chars.isUpperCase(text.charAt(n)) && nameEnd(text, n, end, entities) > n ? n : q;
            }
            // at most two lower-case words in a row ("Ủy ban nhân dân"): more is the sentence going on ("… cho biết …")
            if (!Chars.isUpperCase(text.charAt(s))) { if (words == 0 || ++lower > 2) return q; continue; }
            lower = 0;
            if (surnames.contains(text.subSequence(s, p).toString()) && nameEnd(text, s, end, entities) > p) return s;
        }
        return q;
    }

    private boolean looksLikeName(String name, boolean known) {
        if (known) return true;
        String[] words = name.split(" ");
        // "Thứ trưởng Bộ Công an", "Chủ tịch HĐQT MTM": a body or an acronym after the title, no person's name
        if (BODY_WORDS.contains(words[0]) && !surnames.contains(words[0])) return false;
        for (String w : words) if (w.length() >= 2 && w.chars().allMatch(Character::isUpperCase)) return false;
        if (words.length >= 2) return true;
        return name.contains("-") || name.chars().allMatch(c -> c < 0x80) && name.length() >= 3;
    }

    private static EntityMention entityAt(List<EntityMention> entities, int offset) {
        for (EntityMention e : entities) if (e.span().start() == offset) return e;
        return null;
    }

    private static boolean startsWord(CharSequence t, int i, int end, String w) {
        int e = i + w.length();
        return e <= end && t.subSequence(i, e).toString().equals(w) && (e == end || !Chars.isLetter(t.charAt(e)));
    }

    private static int skip(CharSequence t, int i, int end, String chars) {
        while (i < end && chars.indexOf(t.charAt(i)) >= 0) i++;
        return i;
    }

    private static int nextWord(CharSequence t, int i, int end) {
        while (i < end && Chars.isLetter(t.charAt(i))) i++;
        while (i < end && !Chars.isLetter(t.charAt(i))) i++;
        return i;
    }

    private static final java.util.regex.Pattern ADDRESSED = java.util.regex.Pattern.compile(
            "(?<![\\p{L}])(?:ông|bà|Ngài|ngài) (\\p{Lu}[\\p{L}]*(?:-\\p{L}+)?)(?![\\p{L}])");
    private static final org.caytre.internal.LeadingChars.Search ADDRESSED_SEARCH = org.caytre.internal.LeadingChars.search(ADDRESSED);

    /**
     * People named again by one word after a form of address ("ông Kritenbrink", "bà Harris"): the person of the text
     * whose full name ends or begins with that word, when only one does; with that person's name and country.
     */
    public List<PersonMention> shortForms(CharSequence text, List<PersonMention> found) {
        Map<String, PersonMention> byWord = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (PersonMention p : found) {
            String[] words = p.name().split(" ");
            if (words.length < 2) continue;
            for (String w : new String[] {words[0], words[words.length - 1]}) {
                PersonMention before = byWord.putIfAbsent(w, p);
                if (before != null && !before.name().equals(p.name())) ambiguous.add(w);
            }
        }
        if (byWord.isEmpty()) return List.of();
        List<PersonMention> out = new ArrayList<>();
        // tried only where "ông", "bà" or "ngài" can start (LeadingChars): the look-behind first would be tried everywhere
        org.caytre.internal.LeadingChars.Finder finder = ADDRESSED_SEARCH.finder(text);
        java.util.regex.Matcher m = finder.matcher();
        int f = 0;
        while (finder.find()) {
            PersonMention full = byWord.get(m.group(1));
            if (full == null || ambiguous.contains(m.group(1))) continue;
            while (f < found.size() && found.get(f).span().end() <= m.start(1)) f++;
            if (f < found.size() && found.get(f).span().start() < m.end(1)) continue;      // inside a name already found
            out.add(new PersonMention(new Span(m.start(1), m.end(1)), full.name(), "", full.countryId()));
        }
        return out;
    }
}
