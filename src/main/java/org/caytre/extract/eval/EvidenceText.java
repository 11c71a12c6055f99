package org.caytre.extract.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The text normalisation of shared/gold/SCORING.md, used wherever evidence is located: NFC; ƣ → ư, Ƣ → Ư;
 * {@code <sup>N</sup>} → a space; {@code **} and {@code *} removed; white space runs → one space; trimmed.
 */
public final class EvidenceText {
    private static final Pattern SUP = Pattern.compile("<sup>\\s*\\d+\\s*</sup>");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private EvidenceText() {}

    public static String normalize(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFC).replace('\u01A3', 'ư').replace('\u01A2', 'Ư');
        t = SUP.matcher(t).replaceAll(" ").replace("*", "");
        return SPACE.matcher(t).replaceAll(" ").strip();
    }

    /** Start offsets of every occurrence of {@code needle} (normalised) in {@code haystack} (normalised). */
    static List<Integer> occurrences(String haystack, String needle) {
        List<Integer> out = new ArrayList<>();
        if (needle.isEmpty()) return out;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) out.add(i);
        return out;
    }
}
