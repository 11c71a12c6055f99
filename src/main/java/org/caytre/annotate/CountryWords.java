package org.caytre.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.caytre.model.EntityType;

/**
 * The words and names of Vietnamese that hold a one-syllable country name ("Pháp luật", "Ý kiến", "Mỹ Linh", "Lào Cai",
 * "Quang Anh"), derived from the syllable pairs of a corpus rather than typed by hand. A country name written with a
 * capital is read as the country except inside one of these (they are loaded as blockers, {@code gazetteer/country-words.tsv}).
 *
 * <p>Two kinds of pair are kept, counted mid-sentence only (a capital there is the writer's, not the sentence's):
 * <ul>
 * <li>a <b>word</b>: the pair is written in lower case at least {@code min} times, at least {@code share} of its uses
 * with both syllables alike or the other capitalised and at least as often as with the country alone capitalised, its
 * syllables go together far more often than chance (pointwise mutual information at least {@code pmi}), and the
 * country's syllable does not mostly end a longer word ("biện pháp trừng phạt") — a word of the language whose capital
 * at the start of a sentence or in a title makes no country ("Pháp luật …", "Anh hùng Lao động");</li>
 * <li>a <b>name</b>: both syllables capitalised at least {@code share} of the time the pair occurs with the country
 * capitalised, at least {@code min} times, the other syllable a Vietnamese syllable (seen in lower case at least
 * {@code vietnamese} times, five times that in ASCII letters alone: no foreign name is) and not itself a country's one-syllable name or short form ("Mỹ Trung",
 * "Việt Nam Lào" stay two countries) — a person's or place's name ("Đỗ Mỹ Linh", "Lào Cai").</li>
 * </ul>
 */
public final class CountryWords {
    /** One derived pair, as written in the lexicon, with the counts that admitted it. */
    public record Pair(String text, String kind, int count, int total, double pmi) {}

    /** Thresholds of the derivation. */
    public record Thresholds(int min, double share, double pmi, int vietnamese) {
        public Thresholds {
            if (min < 1) throw new IllegalArgumentException("--min must be at least 1, not " + min);
            if (!(share > 0 && share <= 1)) throw new IllegalArgumentException("--share must be above 0 and at most 1, not " + share);
            if (vietnamese < 0) throw new IllegalArgumentException("--vietnamese must not be negative, not " + vietnamese);
        }
    }

    private final Set<String> syllables = new HashSet<>();     // capitalised one-syllable country names
    private final Set<String> countryEdges = new HashSet<>();  // syllables that stand for a country next to another
    private final Set<String> aliases = new HashSet<>();       // every country name, as written
    private final Map<String, Integer> lower = new HashMap<>();          // syllable in lower case -> count
    private final Map<String, Integer> any = new HashMap<>();            // syllable folded to lower case -> count
    private final Map<String, int[]> pairs = new HashMap<>();            // "a b" lower-cased -> {both lower, country cap + other lower, both cap, other cap + country lower}
    /** Lower-case uses of a pair whose country syllable ends another word before it ("biện pháp trừng phạt"): by that syllable. */
    private final Map<String, Map<String, Integer>> before = new HashMap<>();
    /** Uses of a pair with the country capitalised and the other word not ("Mỹ quan …") that a lower-case syllable continues. */
    private final Map<String, Integer> capitalContinued = new HashMap<>();
    /** Uses of a pair with the country capitalised and the other word not, right after a capitalised word ("Bảo tàng Mỹ thuật"). */
    private final Map<String, Integer> inCapitalisedName = new HashMap<>();
    private long tokens;

    public CountryWords() {
        for (Alias a : Gazetteer.load(false)) {
            if (a.type() != EntityType.COUNTRY) continue;
            aliases.add(a.text());
            String[] words = a.text().split("[\\s\\-]+");
            // a Vietnamese one-syllable name ("Mỹ", "Anh", "Pháp"), not a foreign word that is one ("Cuba", "Syria")
            if (words.length == 1 && Character.isUpperCase(words[0].charAt(0))
                    && (words[0].length() <= 3 || !words[0].chars().allMatch(ch -> ch < 0x80)) && words[0].length() <= 5) syllables.add(words[0]);
        }
        // "Mỹ Trung", "Việt Nam Lào": a one-syllable name, a short form used in pairs, or the syllable that ends a
        // two-syllable name begun by such a short form ("Việt Nam", "Trung Quốc"), next to the country, is another country
        countryEdges.addAll(syllables);
        for (String[] row : Gazetteer.table("/gazetteer/pair-forms.tsv")) countryEdges.add(row[1]);
        Set<String> shortForms = Set.copyOf(countryEdges);   // one step from them, whatever the order of the aliases
        for (String alias : aliases) {
            String[] words = alias.split(" ");
            if (words.length == 2 && shortForms.contains(words[0])) countryEdges.add(words[1]);
        }
    }

    /** Counts the syllables and pairs of one text. */
    public void add(String text) {
        List<int[]> run = new ArrayList<>();          // the current run of syllables separated by single spaces: {start, end}
        boolean sentenceStart = true;
        int i = 0, n = text.length();
        while (i <= n) {
            if (i < n && Character.isLetter(text.charAt(i))) {
                int s = i;
                while (i < n && Character.isLetter(text.charAt(i))) i++;
                String w = text.substring(s, i);
                String low = w.toLowerCase(Locale.ROOT);
                tokens++;
                any.merge(low, 1, Integer::sum);
                if (!sentenceStart && w.equals(low)) lower.merge(low, 1, Integer::sum);
                if (run.size() >= 2 && w.equals(low)) capitalCountryPair(text, run.get(run.size() - 2), run.get(run.size() - 1));
                if (!run.isEmpty()) pair(text, run.size() >= 2 ? run.get(run.size() - 2) : null, run.get(run.size() - 1), new int[] {s, i},
                        run.size() == 1 && sentenceStartOf(run));
                run.add(new int[] {s, i, sentenceStart ? 1 : 0});
                sentenceStart = false;
                continue;
            }
            // a single space keeps the run; anything else ends it ("Mỹ - Trung", "Anh, Pháp")
            if (i < n && text.charAt(i) == ' ' && i + 1 < n && Character.isLetter(text.charAt(i + 1))) { i++; continue; }
            if (i < n && ".!?:\n\"“”(".indexOf(text.charAt(i)) >= 0) sentenceStart = true;
            run.clear();
            i++;
        }
    }

    private static boolean sentenceStartOf(List<int[]> run) { return run.get(0)[2] == 1; }

    private void pair(String text, int[] prev, int[] a, int[] b, boolean firstOpensSentence) {
        if (firstOpensSentence) return;                         // a capital there is the sentence's
        String x = text.substring(a[0], a[1]), y = text.substring(b[0], b[1]);
        boolean xCountry = syllables.contains(capitalised(x)), yCountry = syllables.contains(capitalised(y));
        if (!xCountry && !yCountry) return;
        String key = x.toLowerCase(Locale.ROOT) + " " + y.toLowerCase(Locale.ROOT);
        int[] c = pairs.computeIfAbsent(key, k -> new int[4]);
        boolean xCap = Character.isUpperCase(x.charAt(0)), yCap = Character.isUpperCase(y.charAt(0));
        if (!xCap && !yCap) {
            c[0]++;
            if (xCountry && prev != null)
                before.computeIfAbsent(key, k -> new HashMap<>()).merge(text.substring(prev[0], prev[1]).toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        else if (xCap && yCap) c[2]++;
        else if (xCountry ? xCap : yCap) {                   // the country capitalised, the other word not: "Pháp luật"? "nước Mỹ"
            c[1]++;
            // "Bảo tàng Mỹ thuật", "Cục Mỹ thuật": the word inside a name whose words are capitalised
            if (xCountry && prev != null && Character.isUpperCase(text.charAt(prev[0]))) inCapitalisedName.merge(key, 1, Integer::sum);
        }
        else c[3]++;
    }

    /** Counts a pair "Mỹ quan" (the country capitalised, the other word not) that a lower-case syllable continues. */
    private void capitalCountryPair(String text, int[] a, int[] b) {
        if (a[2] == 1) return;
        String x = text.substring(a[0], a[1]), y = text.substring(b[0], b[1]);
        if (syllables.contains(x) && Character.isLowerCase(y.charAt(0)))
            capitalContinued.merge(x.toLowerCase(Locale.ROOT) + " " + y, 1, Integer::sum);
    }

    /** The pairs the counts admit, most frequent first. */
    public List<Pair> derive(Thresholds t) {
        List<Pair> out = new ArrayList<>();
        for (Map.Entry<String, int[]> e : pairs.entrySet()) {
            String[] w = e.getKey().split(" ");
            int[] c = e.getValue();
            int total = c[0] + c[1] + c[2] + c[3];
            boolean firstIsCountry = syllables.contains(capitalised(w[0]));
            String other = firstIsCountry ? w[1] : w[0];
            if (syllables.contains(capitalised(w[0])) && syllables.contains(capitalised(w[1]))) continue;      // "Anh Pháp"
            double pmi = Math.log((double) total * tokens / ((double) any.getOrDefault(w[0], 1) * any.getOrDefault(w[1], 1)));
            if (firstIsCountry && word(e.getKey(), w, c, pmi, t)) out.add(new Pair(capitalised(w[0]) + " " + w[1], "word", c[0], total, pmi));
            // a name: "Mỹ Linh", "Lào Cai", "Quang Anh" — both capitalised whenever the country is
            if (c[2] >= t.min() && c[2] >= t.share() * (c[2] + c[1]) && other.length() >= 2          // not "nước Mỹ", "Mỹ phẩm"
                    && vietnamese(other, t) && !countryEdges.contains(capitalised(other))
                    && !aliases.contains(capitalised(w[0]) + " " + capitalised(w[1])))
                out.add(new Pair(capitalised(w[0]) + " " + capitalised(w[1]), "name", c[2], total, pmi));
        }
        out.sort(Comparator.comparingInt(Pair::count).reversed().thenComparing(Pair::text));
        return out;
    }

    /**
     * A word of the language beginning with the country's syllable ("pháp luật", "ý kiến", "mỹ phẩm"): written in lower case
     * often enough and in most of its uses, its two syllables bound together, and no other reading more likely.
     */
    private boolean word(String key, String[] w, int[] c, double pmi, Thresholds t) {
        // (a capital on the first syllable alone is the word in a title as often as the country: "Anh hùng Lao động";
        // inside a name of capitalised words it is the word: "Cục Mỹ thuật")
        boolean lowerMostly = c[0] >= t.min() && c[0] >= t.share() * (c[0] + c[2] + c[3])
                && c[0] >= c[1] - inCapitalisedName.getOrDefault(key, 0);
        // read on the lower-case uses of the country syllable too: the country's own frequency ("Mỹ" tens of thousands of
        // times) would drown "mỹ phẩm", "mỹ thuật"
        double bound = Math.max(pmi, lowerPmi(w[0], w[1], c[0]));
        // "Mỹ quan tâm", "Mỹ quan ngại": capitalised and continued in lower case, the country goes on into a verb (against
        // "mỹ quan đô thị" a fifth as often): blocking the word would drop the country
        boolean verbAfterCountry = capitalContinued.getOrDefault(key, 0) * 5 >= c[0];
        return lowerMostly && bound >= t.pmi() && !partOfLonger(key, c[0]) && !verbAfterCountry;
    }

    /** Association of two syllables over the lower-case uses of the first (the country's syllable). */
    private double lowerPmi(String country, String other, int together) {
        return Math.log((double) together * tokens / ((double) Math.max(1, lower.getOrDefault(country, 0)) * any.getOrDefault(other, 1)));
    }

    /** "pháp trừng" is the end of "biện pháp" and the start of "trừng phạt", no word: one syllable before it most of the time. */
    private boolean partOfLonger(String key, int lowerUses) {
        Map<String, Integer> prev = before.getOrDefault(key, Map.of());
        return prev.values().stream().mapToInt(Integer::intValue).max().orElse(0) >= 0.6 * lowerUses;
    }

    /**
     * A Vietnamese syllable: seen in lower case {@code vietnamese} times, or five times that when written in ASCII letters
     * alone ("jean" in "quần jean" is no Vietnamese given name: "Tổng thống Pháp Jean …").
     */
    private boolean vietnamese(String syllable, Thresholds t) {
        boolean ascii = syllable.chars().allMatch(ch -> ch < 0x80);
        return lower.getOrDefault(syllable, 0) >= (ascii ? 5 * t.vietnamese() : t.vietnamese());
    }

    public long tokens() { return tokens; }

    private static String capitalised(String w) {
        return w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1).toLowerCase(Locale.ROOT);
    }
}
