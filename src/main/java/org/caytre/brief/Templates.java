package org.caytre.brief;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caytre.internal.DataFiles;

/**
 * The brief's wording in one language, from {@code brief/templates.tsv}: headings and labels, one sentence template per
 * kind of fact, per section the one "nothing found" sentence, and the sentences about the brief's own scope (the only
 * sentences a brief writes without a footnote).
 */
public final class Templates {
    public static final String RESOURCE = "/brief/templates.tsv";
    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");
    private static final String FILLED = "(?:(?![.!?] )[^\\[\\]])*?";

    private final String lang;
    private final Map<String, String> texts = new HashMap<>();
    private final Set<String> nothing = new HashSet<>();

    /** The templates of {@code lang} (vi or en); an IllegalArgumentException for another language or a malformed row. */
    public Templates(String lang) {
        if (!lang.equals("vi") && !lang.equals("en")) throw new IllegalArgumentException("unknown language '" + lang + "' (vi or en)");
        this.lang = lang;
        for (String[] row : DataFiles.table(RESOURCE)) {
            if (row.length != 4) throw new IllegalStateException(RESOURCE + ": expected 4 tab-separated columns, got " + String.join(" | ", row));
            if (!row[1].equals(lang)) continue;
            texts.put(row[0], row[3]);
            if (row[2].equals("nothing") || row[2].equals("scope")) nothing.add(row[3]);
        }
    }

    public String lang() { return lang; }

    /** The template {@code key} with its slots filled from {@code values} (a slot with no value is left empty). */
    public String text(String key, Map<String, String> values) {
        String template = texts.get(key);
        if (template == null) throw new IllegalStateException(RESOURCE + ": no template " + key + " for " + lang);
        Matcher m = SLOT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
        return m.appendTail(out).toString();
    }

    public String text(String key) { return text(key, Map.of()); }

    public boolean has(String key) { return texts.containsKey(key); }

    /** The label {@code key}, or {@code fallback} when the file has none (an attribute value it does not name). */
    public String labelOr(String key, String fallback) { return has(key) ? text(key) : fallback; }

    /**
     * Whether {@code sentence} is one "nothing found" or scope template as filled: a slot's text may be anything but a
     * footnote marker or the end of a sentence, so a second sentence after it does not pass.
     */
    public boolean isNothingSentence(String sentence) {
        for (String t : nothing) {
            Pattern p = Pattern.compile(SLOT.splitAsStream(t).map(Pattern::quote).reduce((a, b) -> a + FILLED + b).orElse("")
                    + (t.endsWith("}") ? FILLED : ""));
            if (p.matcher(sentence).matches()) return true;
        }
        return false;
    }
}
