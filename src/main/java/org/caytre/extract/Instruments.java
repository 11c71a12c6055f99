package org.caytre.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caytre.internal.DataFiles;
import org.caytre.model.Span;

/**
 * Agreements named by a description rather than an acronym ("Hiệp định Tương trợ tư pháp về hình sự", "Bản ghi nhớ
 * về hợp tác quốc phòng"): a head word of {@code extract/instruments.txt} and the words after it, up to the next
 * list separator, parenthesis or head word. A generic mention ("nhiều Hiệp định quan trọng như:", "các hiệp định")
 * introduces a list and is no instrument of its own.
 */
final class Instruments {
    /**
     * One instrument: the span of its name and the span of its list item (name, date and comments up to the next);
     * {@code plural}: named after a quantifier or as a kind ("các Biên bản ghi nhớ", "Hiệp định song phương") — many
     * instruments, or one spoken of in general, unless the item dates its step.
     */
    record Instrument(Span name, Span item, String text, boolean plural) {}

    private static final Pattern HEADS = org.caytre.internal.LeadingChars.prefiltered(heads());   // same matches, fewer tries
    private static final org.caytre.internal.LeadingChars.Search HEADS_SEARCH = org.caytre.internal.LeadingChars.search(HEADS);
    private static final Pattern NOT_AFTER = setting("not-after:", "^\\s*(?:%s)(?![\\p{L}])");
    private static final Pattern COMMERCIAL = setting("commercial:", "%s");
    private static final Pattern NAME_STOP = setting("name-stop:", "%s");
    private static final Pattern QUANTIFIER = ClausePhrases.get("instrument-quantifier");
    private static final Pattern INTRODUCES = ClausePhrases.get("instrument-introduces");
    private static final Pattern ORGANISATION_BEFORE = ClausePhrases.get("instrument-organisation");
    private static final int MAX_NAME = 160;

    private Instruments() {}

    /** Whether the words before {@code at} in the clause make the signers companies ("Tập đoàn … đã ký Thỏa thuận"). */
    static boolean commercial(String text, int clauseStart, int at) {
        return COMMERCIAL.matcher(text).region(clauseStart, at).find();
    }

    /** The instruments a clause names, without those spoken of in general. */
    static List<Instrument> find(String text, int from, int to) {
        return findAll(text, from, to).stream().filter(in -> !in.plural()).toList();
    }

    /** The instruments a clause names, with those spoken of in general flagged {@code plural}. */
    static List<Instrument> findAll(String text, int from, int to) {
        List<int[]> heads = new ArrayList<>();
        org.caytre.internal.LeadingChars.Finder m = HEADS_SEARCH.finderIn(text, from, to);   // tried only where a head can start
        while (m.find()) heads.add(new int[] {m.start(), m.end()});
        List<Instrument> out = new ArrayList<>();
        for (int i = 0; i < heads.size(); i++) {
            int start = heads.get(i)[0], next = i + 1 < heads.size() ? heads.get(i + 1)[0] : to;
            // "Tổ chức Hiệp ước Bắc Đại Tây Dương": an organisation named after its treaty
            if (ORGANISATION_BEFORE.matcher(text.substring(Math.max(from, start - 12), start)).find()) continue;
            int end = nameEnd(text, heads.get(i)[1], next);
            String name = text.substring(start, end).strip();
            // "các hiệp định song phương" speaks of many; "các Biên bản ghi nhớ về hợp tác năng lượng" names what was signed
            boolean plural = !name.contains(" về ") && (QUANTIFIER.matcher(text.substring(Math.max(from, start - 12), start)).find()
                    || NOT_AFTER.matcher(text).region(heads.get(i)[1], next).lookingAt());
            if (INTRODUCES.matcher(text.substring(heads.get(i)[1], Math.min(next, heads.get(i)[1] + 60))).find()
                    && !name.contains(" về ") && name.split(" ").length <= 5) continue;
            if (name.split(" ").length < 3) continue;                     // a bare "Hiệp định" refers back, names nothing
            out.add(new Instrument(new Span(start, start + name.length()), new Span(start, next), name, plural));
        }
        return out;
    }

    /** A name ends at a comma, semicolon, colon, parenthesis or quote, at " và " before the next head, or at the next head. */
    private static int nameEnd(String text, int from, int next) {
        int end = Math.min(next, from + MAX_NAME);
        Matcher stop = NAME_STOP.matcher(text).region(from, end);
        if (stop.find()) end = stop.start();
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == ':' || c == '(' || c == '"' || c == '”' || c == '.' && i + 1 < text.length() && text.charAt(i + 1) == ' ')
                return i;
        }
        while (end > from && ".,;: ".indexOf(text.charAt(end - 1)) >= 0) end--;
        if (text.substring(from, end).endsWith(" và")) end -= 3;
        return end;
    }

    private static Pattern setting(String prefix, String format) {
        for (String line : DataFiles.lines("/extract/instruments.txt"))
            if (line.startsWith(prefix)) return Pattern.compile(String.format(format, line.substring(prefix.length())), Pattern.UNICODE_CASE);
        throw new IllegalStateException("extract/instruments.txt: no " + prefix + " line");
    }

    private static Pattern heads() {
        StringBuilder b = new StringBuilder("(?<![\\p{L}])(?:");
        List<String> hs = new ArrayList<>(DataFiles.lines("/extract/instruments.txt").stream().filter(l -> !l.contains(":")).toList());
        hs.sort((x, y) -> y.length() - x.length());
        for (int i = 0; i < hs.size(); i++) b.append(i == 0 ? "" : "|").append(Pattern.quote(hs.get(i)));
        return Pattern.compile(b.append(")(?![\\p{L}])").toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
