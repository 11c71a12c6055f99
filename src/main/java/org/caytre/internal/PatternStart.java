package org.caytre.internal;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads off a regular expression the characters its matches can start with ({@link LeadingChars} puts them to use).
 * Only a plain subset of the syntax is read: literals, {@code \Q…\E}, classes of literals and ranges, {@code \d}, {@code \s},
 * groups, alternatives, quantifiers, look-arounds and inline case flags; once the start is known the rest is only
 * stepped over. Anything else, or a pattern that may match the empty string, gives no answer.
 */
final class PatternStart {
    private PatternStart() {}

    /** The characters {@code p}'s matches can start with; null when not known or when a match may be empty. */
    static First of(Pattern p) {
        if ((p.flags() & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0) return null;
        First first;
        try {
            Parser parser = new Parser(p.pattern(), (p.flags() & Pattern.CASE_INSENSITIVE) != 0);
            first = parser.alternatives();
            if (parser.at < parser.s.length()) return null;                 // an unbalanced ')'
        } catch (Unknown e) {
            return null;
        }
        return first.nullable || first.exact.isEmpty() && first.anyCase.isEmpty() ? null : first;
    }

    /** What a match can start with: characters compared exactly, characters compared without case; whether it may be empty. */
    static final class First {
        final Set<Character> exact = new TreeSet<>(), anyCase = new TreeSet<>();
        boolean nullable;

        static First empty() { First f = new First(); f.nullable = true; return f; }

        void addAll(First o) { exact.addAll(o.exact); anyCase.addAll(o.anyCase); }
    }

    /** A construct this reader does not know, or one that may start a match with any character. */
    private static final class Unknown extends RuntimeException {
        Unknown() { super(null, null, false, false); }
    }

    private static final class Parser {
        final String s;
        int at;
        boolean ignoreCase;

        Parser(String s, boolean ignoreCase) { this.s = s; this.ignoreCase = ignoreCase; }

        /** alternatives := sequence ('|' sequence)*, up to a ')' or the end; inline flags last to the group's end. */
        First alternatives() {
            boolean flagsBefore = ignoreCase;
            First all = new First();
            all.nullable = false;
            while (true) {
                First seq = sequence();
                all.addAll(seq);
                all.nullable |= seq.nullable;
                if (at < s.length() && s.charAt(at) == '|') { at++; continue; }
                break;
            }
            ignoreCase = flagsBefore;
            return all;
        }

        First sequence() {
            First seq = new First();
            boolean open = true;                 // every element so far may be empty: the next one can start the match
            while (at < s.length() && s.charAt(at) != '|' && s.charAt(at) != ')') {
                if (!open) {                     // the start is known: what follows is only stepped over
                    skipElement();
                    quantified(new First());
                    continue;
                }
                First e = quantified(element());
                seq.addAll(e);
                open = e.nullable;
            }
            seq.nullable = open;
            return seq;
        }

        First quantified(First e) {
            if (at >= s.length()) return e;
            char c = s.charAt(at);
            boolean optional;
            if (c == '?' || c == '*') { optional = true; at++; }
            else if (c == '+') { optional = false; at++; }
            else if (c == '{') {
                int close = s.indexOf('}', at);
                if (close < 0) throw new Unknown();
                String body = s.substring(at + 1, close);
                if (!body.matches("\\d+(,\\d*)?")) throw new Unknown();
                optional = Integer.parseInt(body.split(",")[0]) == 0;
                at = close + 1;
            } else {
                return e;
            }
            if (at < s.length() && (s.charAt(at) == '?' || s.charAt(at) == '+')) at++;     // lazy, possessive
            if (optional) e.nullable = true;
            return e;
        }

        First element() {
            char c = s.charAt(at);
            switch (c) {
                case '(' -> { return group(); }
                case '[' -> { return charClassElement(); }
                case '\\' -> { return escape(); }
                case '.' -> throw new Unknown();
                case '^', '$' -> { at++; return First.empty(); }
                case '*', '+', '?', '{' -> throw new Unknown();
                default -> { at++; return literal(c); }
            }
        }

        First literal(char c) {
            if (Character.isSurrogate(c)) throw new Unknown();                 // the engine reads code points
            First f = new First();
            (ignoreCase ? f.anyCase : f.exact).add(c);
            return f;
        }

        First group() {
            at++;                                                            // '('
            if (at < s.length() && s.charAt(at) == '?') {
                at++;
                char k = at < s.length() ? s.charAt(at) : 0;
                if (k == '=' || k == '!') { at++; lookaround(); return First.empty(); }
                if (k == '<' && at + 1 < s.length() && (s.charAt(at + 1) == '=' || s.charAt(at + 1) == '!')) {
                    at += 2;
                    lookaround();
                    return First.empty();
                }
                if (k == '<') {                                              // a named group
                    int close = s.indexOf('>', at);
                    if (close < 0) throw new Unknown();
                    at = close + 1;
                    return closed(alternatives());
                }
                if (k == ':') { at++; return closed(alternatives()); }
                // inline flags: "(?iu)" for the rest of the enclosing group, "(?i:…)" for the group
                int start = at;
                while (at < s.length() && "idmsuxU-".indexOf(s.charAt(at)) >= 0) at++;
                if (at >= s.length()) throw new Unknown();
                String flags = s.substring(start, at);
                if (flags.contains("x") || flags.contains("U")) throw new Unknown();
                boolean on = flags.indexOf('i') >= 0 && (flags.indexOf('-') < 0 || flags.indexOf('i') < flags.indexOf('-'));
                boolean off = flags.indexOf('-') >= 0 && flags.indexOf('i') > flags.indexOf('-');
                if (s.charAt(at) == ')') {
                    at++;
                    if (on) ignoreCase = true;
                    if (off) ignoreCase = false;
                    return First.empty();
                }
                if (s.charAt(at) != ':') throw new Unknown();
                at++;
                boolean before = ignoreCase;
                if (on) ignoreCase = true;
                if (off) ignoreCase = false;
                First inside = closed(alternatives());
                ignoreCase = before;
                return inside;
            }
            return closed(alternatives());
        }

        private void skipElement() {
            char c = s.charAt(at);
            if (c == '(') {
                int close = s.indexOf(')', at);
                // "(?i)" switches case for the rest of the group, later alternatives too: read, not stepped over
                if (close > at + 2 && s.charAt(at + 1) == '?' && s.substring(at + 2, close).matches("[idmsuxU-]+")) group();
                else { at++; lookaround(); }
                return;
            }
            if (c == '[') { skipClass(); return; }
            if (c == '\\') {
                if (s.startsWith("\\Q", at)) { at = afterEscape(at); return; }
                at += 2;
                // \p{Lu}, \x{…}, \N{…}, \k<name>: the braces belong to the escape, not a quantifier
                if (at < s.length() && (s.charAt(at) == '{' || s.charAt(at) == '<') && "pPxNk".indexOf(s.charAt(at - 1)) >= 0) {
                    int close = s.indexOf(s.charAt(at) == '{' ? '}' : '>', at);
                    if (close < 0) throw new Unknown();
                    at = close + 1;
                }
                return;
            }
            at++;
        }

        /** Where the escape at {@code i} ends: past "\E" for a quotation, else after its one character. */
        private int afterEscape(int i) {
            if (i + 1 < s.length() && s.charAt(i + 1) == 'Q') {
                int end = s.indexOf("\\E", i + 2);
                return end < 0 ? s.length() : end + 2;
            }
            return i + 2;
        }

        /** A look-around is zero-width and starts nothing: skipped to its ')', whatever it holds. */
        private void lookaround() {
            int depth = 0;
            while (at < s.length()) {
                char c = s.charAt(at);
                if (c == '\\') { at = afterEscape(at); continue; }
                if (c == '[') { skipClass(); continue; }
                if (c == '(') depth++;
                else if (c == ')' && depth-- == 0) { at++; return; }
                at++;
            }
            throw new Unknown();
        }

        private void skipClass() {
            int depth = 0;
            at++;
            if (at < s.length() && s.charAt(at) == '^') at++;
            if (at < s.length() && s.charAt(at) == ']') at++;                  // a ']' first is a literal
            while (at < s.length()) {
                char c = s.charAt(at);
                if (c == '\\') { at = afterEscape(at); continue; }
                at++;
                if (c == '[') depth++;
                else if (c == ']' && depth-- == 0) return;
            }
            throw new Unknown();
        }

        First closed(First inside) {
            if (at >= s.length() || s.charAt(at) != ')') throw new Unknown();
            at++;
            return inside;
        }

        First escape() {
            if (at + 1 >= s.length()) throw new Unknown();
            char c = s.charAt(at + 1);
            at += 2;
            switch (c) {
                case 'd' -> { First f = new First(); for (char d = '0'; d <= '9'; d++) f.exact.add(d); return f; }
                case 's' -> { First f = new First(); for (char w : " \t\n\u000B\f\r".toCharArray()) f.exact.add(w); return f; }
                case 'b', 'B', 'A', 'z', 'Z', 'G' -> { return First.empty(); }
                case 'n' -> { return literal('\n'); }
                case 't' -> { return literal('\t'); }
                case 'r' -> { return literal('\r'); }
                case 'f' -> { return literal('\f'); }
                case 'u' -> { return literal(hex(4)); }
                case 'Q' -> {                                                    // \Q…\E: quoted literally
                    int end = s.indexOf("\\E", at);
                    String quoted = s.substring(at, end < 0 ? s.length() : end);
                    at = end < 0 ? s.length() : end + 2;
                    // a quantifier after it takes its last character only: optional as a whole is a superset, so safe
                    return quoted.isEmpty() ? First.empty() : literal(quoted.charAt(0));
                }
                default -> {
                    if (!Character.isLetterOrDigit(c)) return literal(c);        // an escaped metacharacter
                    throw new Unknown();                                         // \p{…}, \w, \S, back references …
                }
            }
        }

        private char hex(int digits) {
            if (at + digits > s.length()) throw new Unknown();
            char c = (char) Integer.parseInt(s.substring(at, at + digits), 16);
            at += digits;
            return c;
        }

        /** A class of literal characters, ranges, \d and \s; negated or nested classes are not read. */
        First charClassElement() {
            at++;                                                            // '['
            if (at < s.length() && s.charAt(at) == '^') throw new Unknown();
            First f = new First();
            Set<Character> into = ignoreCase ? f.anyCase : f.exact;
            boolean first = true;
            while (true) {
                if (at >= s.length()) throw new Unknown();
                char c = s.charAt(at);
                if (c == ']' && !first) { at++; return f; }
                first = false;
                if (c == '[' || c == '&') throw new Unknown();
                char lo;
                if (c == '\\') {
                    if (at + 1 >= s.length()) throw new Unknown();
                    char e = s.charAt(at + 1);
                    at += 2;
                    if (e == 'd') { for (char d = '0'; d <= '9'; d++) into.add(d); continue; }
                    if (e == 's') { for (char w : " \t\n\u000B\f\r".toCharArray()) into.add(w); continue; }
                    if (e == 'n') lo = '\n';
                    else if (e == 't') lo = '\t';
                    else if (e == 'r') lo = '\r';
                    else if (e == 'f') lo = '\f';
                    else if (e == 'u') lo = hex(4);
                    else if (!Character.isLetterOrDigit(e)) lo = e;
                    else throw new Unknown();
                } else {
                    lo = c;
                    at++;
                }
                if (at + 1 < s.length() && s.charAt(at) == '-' && s.charAt(at + 1) != ']') {
                    at++;
                    char hi = s.charAt(at);
                    if (hi == '\\' || hi == '[') throw new Unknown();
                    at++;
                    if (hi < lo || hi - lo > 512) throw new Unknown();
                    if (Character.isSurrogate(lo) || Character.isSurrogate(hi) || lo < Character.MIN_SURROGATE && hi > Character.MAX_SURROGATE) throw new Unknown();
                    for (char r = lo; r <= hi; r++) into.add(r);
                } else {
                    if (Character.isSurrogate(lo)) throw new Unknown();
                    into.add(lo);
                }
            }
        }
    }
}
