package org.caytre.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.caytre.internal.DataFiles;

/**
 * The words of dates, from the data files {@code annotate/month-names.tsv}, {@code deictic-dates.tsv} and
 * {@code date-cues.tsv}, with the regular-expression alternations built from them (longest first, so "mười hai"
 * wins over "mười").
 */
final class DateWords {
    /** A month name: its number, whether it is a lunar month, whether it counts only capitalised. */
    record Month(int number, boolean lunar, boolean capitalOnly) {}

    /** A relative date word: unit (DAY, WEEK, MONTH, YEAR), offset, whether a part of the day must precede it. */
    record Deictic(String unit, int offset, boolean afterDaypart) {}

    private static final Map<String, Month> MONTHS = new HashMap<>();
    private static final Map<String, Deictic> DEICTIC = new HashMap<>();
    private static final Map<String, List<String>> CUES = new HashMap<>();
    static {
        for (String[] r : DataFiles.table("/annotate/month-names.tsv"))
            MONTHS.put(r[0], new Month(Integer.parseInt(r[1]), r[2].equals("lunar"), r[3].equals("capital")));
        for (String[] r : DataFiles.table("/annotate/deictic-dates.tsv"))
            DEICTIC.put(r[0], new Deictic(r[1], Integer.parseInt(r[2]), r[3].equals("daypart")));
        for (String[] r : DataFiles.table("/annotate/date-cues.tsv")) CUES.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r[1]);
        List<String> counts = CUES.get("count");
        for (String[] r : DataFiles.table("/annotate/number-words.tsv")) counts.add(r[0]);   // "ba năm trước"
    }

    private DateWords() {}

    /** The month a name gives, or null ("Năm" only capitalised). */
    static Month month(String written) {
        Month m = MONTHS.get(written.toLowerCase(Locale.ROOT));
        if (m == null || (m.capitalOnly() && !Character.isUpperCase(written.charAt(0)))) return null;
        return m;
    }

    static Deictic deictic(String phrase) { return DEICTIC.get(phrase.toLowerCase(Locale.ROOT)); }

    static List<String> cues(String kind) { return CUES.getOrDefault(kind, List.of()); }

    static boolean isCue(String kind, String word) {
        for (String c : cues(kind)) if (c.equalsIgnoreCase(word)) return true;
        return false;
    }

    /** "mười hai|mười một|…" for a regular expression. */
    static String monthNames() { return alternation(MONTHS.keySet()); }

    static String deicticPhrases(boolean afterDaypart) {
        return alternation(DEICTIC.entrySet().stream().filter(e -> e.getValue().afterDaypart() == afterDaypart).map(Map.Entry::getKey).toList());
    }

    /** The year phrases that follow a day or month: "năm ngoái", "năm tới" (not "sang năm"). */
    static String deicticYears() {
        return alternation(DEICTIC.entrySet().stream().filter(e -> e.getValue().unit().equals("YEAR") && e.getKey().startsWith("năm "))
                .map(Map.Entry::getKey).toList());
    }

    /** The last word of every relative phrase, for a first quick search. */
    static String deicticLastWords() { return alternation(lastWords()); }

    /** A look-ahead for the first letters of those last words. */
    static String deicticLastLetters() {
        return "(?=[" + lastWords().stream().map(w -> w.substring(0, 1)).distinct().collect(Collectors.joining()) + "])";
    }

    private static List<String> lastWords() {
        return DEICTIC.keySet().stream().map(k -> k.substring(k.lastIndexOf(' ') + 1)).distinct().toList();
    }

    /**
     * A look-ahead for the first letters (both cases) of the words of these kinds and of {@code more}, so that a
     * matcher skips every other position at once. Words of these kinds start with a letter.
     */
    static String startingWith(List<String> kinds, String... more) {
        StringBuilder letters = new StringBuilder();
        List<String> words = new ArrayList<>(List.of(more));
        for (String k : kinds) words.addAll(cues(k));
        for (String w : words)
            for (String c : List.of(w.substring(0, 1).toLowerCase(Locale.ROOT), w.substring(0, 1).toUpperCase(Locale.ROOT)))
                if (letters.indexOf(c) < 0) letters.append(c);
        return "(?=[\\d" + letters + "])";
    }

    static String alternation(String kind) { return alternation(cues(kind)); }

    private static String alternation(java.util.Collection<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }
}
