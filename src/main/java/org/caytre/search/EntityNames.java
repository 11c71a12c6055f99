package org.caytre.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caytre.annotate.EntityRecognizer;
import org.caytre.internal.DataFiles;
import org.caytre.model.EntityMention;
import org.caytre.text.Fold;

/**
 * Which entities a piece of query text names, by any of their names: countries, organisations and agreements through
 * the annotation layer's {@link EntityRecognizer} (the gazetteer and CLDR names), people through
 * {@code gazetteer/people.tsv} (canonical name and other spellings, the file the person recogniser reads). Names in
 * a query have no title before them, so people are looked up by name alone, with or without hyphens.
 */
final class EntityNames {
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern ID = Pattern.compile("[A-Z]{3}|(ORG|AGR|PER):.+");
    private static final int LONGEST_NAME = 4;   // words
    private static volatile EntityNames standard;

    /** An id named at {@code [start, end)} of the query text. */
    record Named(String id, int start, int end) {}

    private final EntityRecognizer recognizer;
    private final Map<String, String> people = new HashMap<>();   // folded name, also without spaces → PER: id

    private EntityNames(EntityRecognizer recognizer) {
        this.recognizer = recognizer;
        for (String[] r : DataFiles.table("/gazetteer/people.tsv")) {
            String id = "PER:" + r[0];
            addPerson(r[0], id);
            if (r.length > 2) for (String alt : r[2].split(";")) if (!alt.isBlank()) addPerson(alt.strip(), id);
        }
    }

    static EntityNames standard() {
        if (standard == null) {
            synchronized (EntityNames.class) {
                if (standard == null) standard = new EntityNames(EntityRecognizer.standard());
            }
        }
        return standard;
    }

    private void addPerson(String name, String id) {
        String key = Fold.key(name);
        people.putIfAbsent(key, id);
        people.putIfAbsent(key.replace(" ", ""), id);
    }

    /** The names found in {@code text}, in order, not overlapping. */
    List<Named> find(String text) {
        List<Named> out = new ArrayList<>();
        for (EntityMention m : recognizer.find(text, 0, text.length()))
            if (m.id() != null) out.add(new Named(m.id(), m.span().start(), m.span().end()));
        List<int[]> words = new ArrayList<>();
        for (Matcher m = WORD.matcher(text); m.find(); ) words.add(new int[] {m.start(), m.end()});
        for (int i = 0; i < words.size(); i++) {
            for (int n = Math.min(LONGEST_NAME, words.size() - i); n >= 1; n--) {
                int s = words.get(i)[0], e = words.get(i + n - 1)[1];
                String id = people.get(Fold.key(stripPunctuation(text.substring(s, e))));
                if (id == null || overlaps(out, s, e)) continue;
                out.add(new Named(id, s, e));
                i += n - 1;
                break;
            }
        }
        out.sort(Comparator.comparingInt(Named::start));
        return out;
    }

    /** The ids a --country value stands for: itself when written as an id ("AUS", "ORG:UN"), else the names in it. */
    List<String> resolve(String value) {
        String v = value.strip();
        if (ID.matcher(v).matches()) return List.of(v);
        List<String> ids = find(v).stream().map(Named::id).distinct().toList();
        if (ids.isEmpty()) throw new IllegalArgumentException("unknown country or entity: " + value);
        return ids;
    }

    private static boolean overlaps(List<Named> found, int s, int e) {
        for (Named n : found) if (n.start() < e && s < n.end()) return true;
        return false;
    }

    private static String stripPunctuation(String s) {
        int a = 0, b = s.length();
        while (a < b && !Character.isLetterOrDigit(s.charAt(a))) a++;
        while (b > a && !Character.isLetterOrDigit(s.charAt(b - 1))) b--;
        return s.substring(a, b);
    }
}
