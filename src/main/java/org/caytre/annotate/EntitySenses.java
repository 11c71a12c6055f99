package org.caytre.annotate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.caytre.model.EntityMention;
import org.caytre.text.Chars;

/**
 * Which short names are countries, document by document. A name that is also a pronoun ("Anh": he, brother;
 * {@code gazetteer/pronoun-names.txt}) opening a sentence ("Anh là người hỗ trợ đồng đội …", "Anh cho biết …") is more
 * often the pronoun than the United Kingdom; it is taken as the country only in a document that names that country
 * beyond doubt elsewhere: by another of its names ("Vương quốc Anh"), or inside a sentence ("Thủ tướng Anh", "tới Anh").
 */
final class EntitySenses {
    private EntitySenses() {}

    private static final Set<String> PRONOUNS = new HashSet<>(), CONTEXT = new HashSet<>(), AFTER = new HashSet<>(), CURRENCY = new HashSet<>(),
            ADDRESS = new HashSet<>();
    static {
        for (String line : org.caytre.internal.DataFiles.lines("/gazetteer/pronoun-names.txt"))
            if (line.startsWith("context:")) CONTEXT.add(line.substring(8));
            else if (line.startsWith("after:")) AFTER.add(line.substring(6));
            else if (line.startsWith("currency:")) CURRENCY.add(line.substring(9));
            else if (line.startsWith("address:")) ADDRESS.add(line.substring(8));
            else PRONOUNS.add(line);
    }

    static List<EntityMention> resolve(CharSequence text, List<EntityMention> mentions) {
        return resolve(text, mentions, PRONOUNS::contains);
    }

    static List<EntityMention> resolve(CharSequence text, List<EntityMention> mentions, Predicate<String> guarded) {
        Set<String> sure = new HashSet<>();
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention m = mentions.get(i);
            boolean word = guarded.test(m.text()) && (AFTER.contains(nextWord(text, m.span().end()))
                    || CURRENCY.contains(previousWords(text, m.span().start(), 1)) || CURRENCY.contains(previousWords(text, m.span().start(), 2)));
            if (!word && !doubtful(text, mentions, i, guarded)) sure.add(m.id());
        }
        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention m = mentions.get(i);
            if (guarded.test(m.text()) && (AFTER.contains(nextWord(text, m.span().end())) || CURRENCY.contains(previousWords(text, m.span().start(), 1))
                    || CURRENCY.contains(previousWords(text, m.span().start(), 2)))) continue;     // "Anh trai", "bảng Anh"
            if (addressed(text, m)) continue;                                                   // "ông Đức nhấn mạnh"
            if (sure.contains(m.id()) || !doubtful(text, mentions, i, guarded)) out.add(m);
        }
        return out.size() == mentions.size() ? mentions : out;
    }

    /**
     * A one-syllable name right after a form of address is a person's given name: "ông Đức nhấn mạnh", "bà Nga cho biết",
     * "anh Mỹ" — a Vietnamese calls people by the last syllable of their name.
     */
    private static boolean addressed(CharSequence text, EntityMention m) {
        return m.text().indexOf(' ') < 0 && ADDRESS.contains(previousWords(text, m.span().start(), 1));
    }

    /**
     * A name that is also a pronoun, with no word before it that makes it a country ("Thủ tướng Anh", "tới Anh") and no
     * other country listed with it ("Anh, Pháp và Đức", "Mỹ - Anh"): pronoun, song title or country, the sentence alone
     * cannot tell.
     */
    private static boolean doubtful(CharSequence text, List<EntityMention> mentions, int i, Predicate<String> guarded) {
        EntityMention m = mentions.get(i);
        if (!guarded.test(m.text())) return false;
        if (CONTEXT.contains(previousWords(text, m.span().start(), 1)) || CONTEXT.contains(previousWords(text, m.span().start(), 2))) return false;
        if (i + 1 < mentions.size() && listed(text, m, mentions.get(i + 1))) return false;
        return !(i > 0 && listed(text, mentions.get(i - 1), m));
    }

    private static boolean listed(CharSequence text, EntityMention a, EntityMention b) {
        int gap = b.span().start() - a.span().end();
        return gap >= 0 && gap <= 6 && LIST_GLUE.matcher(text.subSequence(a.span().end(), b.span().start())).matches();
    }

    /** The word after {@code at}, in lower case. */
    private static String nextWord(CharSequence text, int at) {
        int start = at;
        while (start < text.length() && text.charAt(start) == ' ') start++;
        int end = start;
        while (end < text.length() && Chars.isLetter(text.charAt(end))) end++;
        return text.subSequence(start, end).toString().toLowerCase(java.util.Locale.ROOT);
    }

    /** The {@code n} words before {@code at} in lower case, joined by a space ("" at a sentence's start). */
    private static String previousWords(CharSequence text, int at, int n) {
        int end = at;
        while (end > 0 && text.charAt(end - 1) == ' ') end--;
        int start = end;
        for (int k = 0; k < n; k++) {
            while (start > 0 && Chars.isLetter(text.charAt(start - 1))) start--;
            if (k + 1 < n) { if (start > 0 && text.charAt(start - 1) == ' ') start--; else break; }
        }
        return text.subSequence(start, end).toString().toLowerCase(java.util.Locale.ROOT);
    }

    private static final java.util.regex.Pattern LIST_GLUE = java.util.regex.Pattern.compile("\\s*(?:,|và|-|–|/)\\s*");
}
