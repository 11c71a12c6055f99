package org.caytre.internal;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Speeds up a regular expression that {@code find()} tries at every position of a long text: the characters a match
 * can start with are read off the pattern, and a look-ahead for them is put in front ({@code (?=[…])(?:pattern)}),
 * so the engine leaves most positions after one character test instead of trying every alternative there. The new
 * pattern matches exactly what the old one matches, with the same groups.
 *
 * <p>Only a plain subset of the syntax is read (literals, classes, groups, alternatives, quantifiers, look-arounds,
 * inline flags); a pattern that may match the empty string, that may start with any character ({@code .}, {@code \p{L}},
 * a negated class) or that uses anything else is returned unchanged.
 */
public final class LeadingChars {
    private LeadingChars() {}

    /** {@code p}, or an equivalent pattern that rejects impossible start positions at once. */
    public static Pattern prefiltered(Pattern p) {
        First first = engineSkipsAlready(p) ? null : first(p);
        if (first == null) return p;
        StringBuilder ahead = new StringBuilder("(?=");
        if (!first.exact.isEmpty()) ahead.append(charClass(first.exact));
        if (!first.anyCase.isEmpty()) ahead.append(first.exact.isEmpty() ? "" : "|").append("(?iu:").append(charClass(first.anyCase)).append(')');
        ahead.append(")(?:").append(p.pattern()).append(')');
        return Pattern.compile(ahead.toString(), p.flags());
    }

    /** The characters {@code p}'s matches can start with; null when not known or when a match may be empty. */
    private static First first(Pattern p) {
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

    /**
     * What {@code p.matcher(text).find()} finds, in turn, over the whole of {@code text}: the pattern is tried only at
     * the characters a match can start with, found by a plain loop (the regex engine costs tens of nanoseconds at
     * every position it tries). Each try sees the text around it as the whole-text search does (transparent,
     * non-anchoring bounds).
     */
    public static Finder finder(Pattern p, CharSequence text) {
        First first = p.pattern().contains("\\G") ? null : first(p);
        return new Finder(p.matcher(text), text, first == null ? null : startTable(first));
    }

    /** A test that a pattern cannot match in a span because no character there can start a match. */
    public static Starts starts(Pattern p) {
        First first = first(p);
        return new Starts(first == null ? null : startTable(first));
    }

    public static final class Starts {
        private final java.util.BitSet table;                               // null: every character may start one

        private Starts(java.util.BitSet table) { this.table = table; }

        /** False only when {@code text[from, to)} holds no character a match can start with. */
        public boolean anyIn(CharSequence text, int from, int to) {
            if (table == null) return true;
            for (int i = from; i < to; i++) if (table.get(text.charAt(i))) return true;
            return false;
        }
    }

    /** A search over a whole text; {@link #matcher()} holds the last match. */
    public static final class Finder {
        private final Matcher m;
        private final CharSequence text;
        private final java.util.BitSet starts;                               // null: the plain search
        private int next;

        private Finder(Matcher m, CharSequence text, java.util.BitSet starts) {
            this.m = m;
            this.text = text;
            this.starts = starts;
            if (starts != null) m.useTransparentBounds(true).useAnchoringBounds(false);
        }

        public boolean find() {
            if (starts == null) return m.find();
            int n = text.length();
            for (int i = next; i < n; i++) {
                if (!starts.get(text.charAt(i)) || !m.region(i, n).lookingAt()) continue;
                next = Math.max(m.end(), i + 1);
                return true;
            }
            next = n;
            return false;
        }

        public Matcher matcher() { return m; }
    }

    /** Every character that is one of {@code first}'s, or one of its case-free ones in any case (a superset is safe). */
    private static java.util.BitSet startTable(First first) {
        java.util.BitSet table = new java.util.BitSet(Character.MAX_VALUE + 1);
        for (char c : first.exact) table.set(c);
        if (first.anyCase.isEmpty()) return table;
        Set<Character> folded = new TreeSet<>(), lower = new TreeSet<>(), upper = new TreeSet<>();
        for (char c : first.anyCase) {
            folded.add(Character.toLowerCase(Character.toUpperCase(c)));
            lower.add(Character.toLowerCase(c));
            upper.add(Character.toUpperCase(c));
        }
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            if (folded.contains(Character.toLowerCase(Character.toUpperCase(ch))) || lower.contains(Character.toLowerCase(ch))
                    || upper.contains(Character.toUpperCase(ch))) table.set(c);
        }
        return table;
    }

    /**
     * The engine's own shortcuts, which a look-ahead in front would turn off: a pattern anchored at its start is tried
     * at one position only, and one that starts with four or more literal characters is searched by Boyer–Moore.
     */
    private static boolean engineSkipsAlready(Pattern p) {
        String s = p.pattern();
        boolean caseless = (p.flags() & Pattern.CASE_INSENSITIVE) != 0;
        while (s.startsWith("(?") && s.indexOf(')') > 2 && s.substring(2, s.indexOf(')')).matches("[idmsuxU-]+")) {
            String flags = s.substring(2, s.indexOf(')'));
            caseless |= flags.contains("i") && !flags.startsWith("-");
            s = s.substring(s.indexOf(')') + 1);
        }
        if (s.startsWith("^") || s.startsWith("\\A") || s.startsWith("\\G")) return true;
        if (caseless || s.length() < 4 || topLevelAlternatives(s)) return false;
        for (int i = 0; i < 4; i++) if ("\\[](){}.*+?^$|".indexOf(s.charAt(i)) >= 0) return false;
        return s.length() == 4 || "*+?{".indexOf(s.charAt(4)) < 0;     // a quantifier would take the fourth away
    }

    private static boolean topLevelAlternatives(String s) {
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                int end = s.startsWith("\\Q", i) ? s.indexOf("\\E", i + 2) : -1;
                i = s.startsWith("\\Q", i) ? (end < 0 ? s.length() : end + 1) : i + 1;
                continue;
            }
            if (inClass) { if (c == ']') inClass = false; continue; }
            if (c == '[') inClass = true;
            else if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == '|' && depth == 0) return true;
        }
        return false;
    }

    private static String charClass(Set<Character> chars) {
        StringBuilder b = new StringBuilder("[");
        for (char c : chars) b.append("\\x{").append(Integer.toHexString(c)).append('}');
        return b.append(']').toString();
    }

    /** What a match can start with: characters compared exactly, characters compared without case; whether it may be empty. */
    private static final class First {
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
