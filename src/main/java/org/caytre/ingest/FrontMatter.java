package org.caytre.ingest;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * YAML front matter of a Markdown file (Jekyll, Hugo): a first line {@code ---}, {@code key: value} lines, a closing
 * {@code ---} (or {@code ...}). Only top-level scalar keys are read — all we need is {@code title} and {@code date};
 * nested values and lists are skipped. (commonmark's front-matter extension does not resolve from our mirror.)
 */
record FrontMatter(Map<String, String> fields, String body) {
    private static final int MAX_LINES = 200;

    /** The front matter and the Markdown after it; no fields and the whole text when there is none. */
    static FrontMatter split(String markdown) {
        String s = markdown.startsWith("\uFEFF") ? markdown.substring(1) : markdown;
        if (!(s.startsWith("---\n") || s.startsWith("---\r\n"))) return new FrontMatter(Map.of(), markdown);
        Map<String, String> fields = new LinkedHashMap<>();
        int pos = s.indexOf('\n') + 1;
        for (int n = 0; n < MAX_LINES && pos < s.length(); n++) {
            int eol = s.indexOf('\n', pos);
            if (eol < 0) eol = s.length();
            String line = s.substring(pos, eol).stripTrailing();
            pos = Math.min(s.length(), eol + 1);
            if (line.equals("---") || line.equals("...")) return new FrontMatter(Map.copyOf(fields), s.substring(pos));
            int colon = line.indexOf(':');
            if (colon <= 0 || Character.isWhitespace(line.charAt(0)) || line.startsWith("#")) continue;
            String key = line.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT);
            String value = unquote(line.substring(colon + 1).strip());
            if (!value.isEmpty()) fields.putIfAbsent(key, value);
        }
        return new FrontMatter(Map.of(), markdown);   // no closing line: a thematic break, not front matter
    }

    /** Title and date (source {@code front-matter}) the front matter gives. */
    RawText.Given given() {
        String date = null;
        for (String key : new String[] {"date", "publishdate", "published", "pubdate", "date_published"}) {
            date = PublicationDate.lenient(fields.get(key));
            if (date != null) break;
        }
        String title = fields.get("title");
        return new RawText.Given(title, date, date == null ? null : "front-matter");
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'') && v.charAt(v.length() - 1) == v.charAt(0))
            return v.substring(1, v.length() - 1).replace("\\\"", "\"").strip();
        return v;
    }
}
