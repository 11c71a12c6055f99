package org.caytre.extract;

import java.util.ArrayList;
import java.util.List;
import org.caytre.model.Span;

/**
 * Splits a sentence into clauses at semicolons outside parentheses: a footnote listing several events
 * ("… (08/5); Thủ tướng … (28/4)") gives one clause per event; and before a series of contact verbs after commas
 * ("điện đàm với X, tiếp Y, gặp Z"): one clause per contact.
 */
final class Clauses {
    private Clauses() {}

    /** Tried only where ", " or " và " stands, not at every character of every cued sentence. */
    private static final org.caytre.internal.LeadingChars.Search SERIES = org.caytre.internal.LeadingChars.search(ClausePhrases.get("verb-series")),
            VISITS = org.caytre.internal.LeadingChars.search(ClausePhrases.get("visit-series"));

    static List<Span> of(CharSequence text, Span sentence) {
        List<Span> out = new ArrayList<>();
        for (Span part : bySemicolon(text, sentence))
            for (Span contact : split(text, part, SERIES))
                out.addAll(text.toString().indexOf("chuyến thăm", contact.start(), contact.end()) >= 0 ? split(text, contact, VISITS) : List.of(contact));
        return out;
    }

    private static List<Span> split(CharSequence text, Span part, org.caytre.internal.LeadingChars.Search at) {
        List<Span> out = new ArrayList<>();
        org.caytre.internal.LeadingChars.Finder m = at.finderIn(text, part.start(), part.end());
        int start = part.start();
        while (m.find()) {
            add(out, text, start, m.start());
            start = m.end();
        }
        add(out, text, start, part.end());
        return out;
    }

    private static List<Span> bySemicolon(CharSequence text, Span sentence) {
        List<Span> out = new ArrayList<>();
        int depth = 0, start = sentence.start();
        for (int i = sentence.start(); i < sentence.end(); i++) {
            char c = text.charAt(i);
            if (c == '(') depth++;
            else if (c == ')') depth = Math.max(0, depth - 1);
            else if (c == ';' && depth == 0) {
                add(out, text, start, i);
                start = i + 1;
            }
        }
        add(out, text, start, sentence.end());
        return out;
    }

    private static void add(List<Span> out, CharSequence t, int s, int e) {
        while (s < e && Character.isWhitespace(t.charAt(s))) s++;
        while (e > s && Character.isWhitespace(t.charAt(e - 1))) e--;
        if (e > s) out.add(new Span(s, e));
    }
}
