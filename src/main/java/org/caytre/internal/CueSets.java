package org.caytre.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sets of lower-case cue strings, and which of them have a cue in a text (anywhere, as {@link String#contains}
 * on the text lower-cased with {@link Locale#ROOT} would say): one pass of one automaton for all the sets instead of
 * one search per cue. A set without cues is always present.
 */
public final class CueSets {
    private final AhoCorasick automaton;
    private final int[][] setsOfCue;
    private final boolean[] always;

    public CueSets(List<List<String>> sets) {
        Map<String, List<Integer>> owners = new LinkedHashMap<>();
        always = new boolean[sets.size()];
        for (int i = 0; i < sets.size(); i++) {
            always[i] = sets.get(i).isEmpty();
            for (String cue : sets.get(i)) owners.computeIfAbsent(cue, k -> new ArrayList<>()).add(i);
        }
        automaton = AhoCorasick.ignoringCase(new ArrayList<>(owners.keySet()));
        setsOfCue = owners.values().stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    /** Whether each set has a cue in {@code text[from, to)}. */
    public boolean[] present(String text, int from, int to) {
        boolean[] out = always.clone();
        // the two characters whose String lower case is not their char lower case (İ → "i̇", a final Σ → ς)
        if (has(text, from, to, '\u0130') || has(text, from, to, '\u03A3')) {
            String lower = text.substring(from, to).toLowerCase(Locale.ROOT);
            mark(automaton.scan(lower, 0, lower.length(), new AhoCorasick.Hits()), out);
        } else {
            mark(automaton.scan(text, from, to, new AhoCorasick.Hits()), out);
        }
        return out;
    }

    private void mark(AhoCorasick.Hits hits, boolean[] out) {
        for (int h = 0; h < hits.size(); h++) for (int set : setsOfCue[hits.pattern(h)]) out[set] = true;
    }

    private static boolean has(String text, int from, int to, char c) {
        return text.indexOf(c, from, to) >= 0;                 // bounded: not the rest of the text for every sentence
    }
}
