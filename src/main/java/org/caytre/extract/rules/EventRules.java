package org.caytre.extract.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Loads and validates event rules from a JSONL resource: one rule per line, errors name the file and the line. */
public final class EventRules {
    private static final Set<String> KEYS = Set.of("name", "type", "trigger", "cues", "require", "not_followed_by", "split", "orgs", "carry", "host",
            "maps", "attrs", "example", "expect");
    private static final Set<String> SPLITS = Set.of("each", "agreements", "bodies", "aid", "note", "citizens");
    private static final ObjectMapper JSON = new ObjectMapper();

    private EventRules() {}

    public static List<EventRule> load(String resource) {
        try (InputStream in = EventRules.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalArgumentException("[R000] no rule file " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<EventRule> rules = new ArrayList<>();
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                if (line.isBlank() || line.startsWith("#") || line.startsWith("//")) continue;
                rules.add(parse(resource, n, line));
            }
            return List.copyOf(rules);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    /** Parses one rule line as line 1 of a file called "test" (for validation tests). */
    public static EventRule parseForTest(String json) { return parse("test", 1, json); }

    static EventRule parse(String file, int line, String json) {
        String where = file + " line " + line;
        JsonNode n;
        try {
            n = JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("[R002] " + where + ": not JSON: " + e.getMessage());
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) throw new IllegalArgumentException("[R001] " + where + ": unknown key " + key);
        }
        for (String required : List.of("name", "type", "trigger", "split", "example"))
            if (!n.hasNonNull(required)) throw new IllegalArgumentException("[R003] " + where + ": missing " + required);
        String split = n.get("split").asText();
        if (!SPLITS.contains(split)) throw new IllegalArgumentException("[R004] " + where + ": unknown split " + split);
        Map<String, List<Map.Entry<Pattern, String>>> maps = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.path("maps").fields(); it.hasNext(); ) {
            var e = it.next();
            List<Map.Entry<Pattern, String>> entries = new ArrayList<>();
            for (JsonNode pair : e.getValue()) entries.add(Map.entry(regex(where, pair.get(0).asText()), pair.get(1).asText()));
            maps.put(e.getKey(), List.copyOf(entries));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> attrs = n.has("attrs") ? JSON.convertValue(n.get("attrs"), Map.class) : Map.of();
        @SuppressWarnings("unchecked")
        Map<String, Object> expect = n.has("expect") ? JSON.convertValue(n.get("expect"), Map.class) : Map.of();
        List<String> cues = new ArrayList<>();
        n.path("cues").forEach(c -> cues.add(c.asText().toLowerCase(java.util.Locale.ROOT)));
        return new EventRule(n.get("name").asText(), n.get("type").asText(), regex(where, n.get("trigger").asText()), List.copyOf(cues),
                n.hasNonNull("require") ? regex(where, n.get("require").asText()) : null,
                n.hasNonNull("not_followed_by") ? regex(where, n.get("not_followed_by").asText()) : null, split,
                n.path("orgs").asBoolean(false), n.path("carry").asBoolean(false), n.path("host").asText(null),
                maps, attrs, n.get("example").asText(), expect);
    }

    private static Pattern regex(String where, String s) {
        try {
            return org.caytre.internal.LeadingChars.prefiltered(Pattern.compile(s));   // same matches, fewer positions tried
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("[R005] " + where + ": bad pattern " + s + ": " + e.getDescription());
        }
    }
}
