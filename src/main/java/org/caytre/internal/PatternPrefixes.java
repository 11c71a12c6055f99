package org.caytre.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads off a regular expression the short strings (up to four characters) every match starts with: "[Cc]hủ tịch|nước
 * chủ nhà" gives "Chủ ", "chủ ", "nước". {@link LeadingChars} finds them with one automaton and tries the pattern only
 * there: a first character alone ('c', 't', 'n') leaves a try at most positions of Vietnamese text.
 *
 * <p>A superset is always safe: what this reader does not know ({@code \p{Lu}}, {@code .}, a negated class, a back
 * reference …) ends the strings where it stands, a repeated element ends them after its first time, look-arounds add
 * nothing, and a character compared without case stands for every character the engine could take for it. A pattern
 * with a match that may start anywhere (one that may be empty, or that starts with such an element) gives no answer.
 */
final class PatternPrefixes {
    private PatternPrefixes() {}

    /** Strings of at most four characters, one of which starts every match of {@code p}; null when none are known. */
    static List<String> of(Pattern p) {
        for (int length = 4; length >= 1; length--) {
            List<String> out = of(p, length);
            if (out != TOO_MANY) return out;                                   // else fewer characters, fewer combinations
        }
        return null;
    }

    /** The characters every match of {@code p} starts with (each case the engine could take); null when not known. */
    static Set<Character> firstChars(Pattern p) {
        List<String> first = of(p, 1);
        if (first == null || first == TOO_MANY) return null;
        Set<Character> out = new java.util.TreeSet<>();
        for (String f : first) out.add(f.charAt(0));
        return out;
    }

    private static final List<String> TOO_MANY = List.of();

    private static List<String> of(Pattern p, int length) {
        if ((p.flags() & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ | Pattern.UNICODE_CHARACTER_CLASS)) != 0) return null;
        try {
            Parser parser = new Parser(p.pattern(), (p.flags() & Pattern.CASE_INSENSITIVE) != 0, length);
            Strings all = parser.alternatives();
            if (parser.at < parser.s.length()) return null;                     // an unbalanced ')'
            Set<String> out = new LinkedHashSet<>(all.open);
            out.addAll(all.done);
            return out.contains("") ? null : new ArrayList<>(out);
        } catch (TooMany e) {
            return TOO_MANY;
        } catch (RuntimeException e) {
            return null;                                                        // a shape not read
        }
    }

    private static final int MAX_STRINGS = 2_000, MAX_CLASS = 600;

    /**
     * What a piece of pattern can match first: {@code open} strings are all it matched (what follows extends them),
     * {@code done} strings are only the start of what it matched (nothing is added to them).
     */
    private static final class Strings {
        final Set<String> open = new LinkedHashSet<>(), done = new LinkedHashSet<>();

        static Strings empty() { Strings s = new Strings(); s.open.add(""); return s; }

        /** Any character, or a construct not read: the strings end here. */
        static Strings any() { Strings s = new Strings(); s.done.add(""); return s; }

        static Strings chars(Set<Character> cs) {
            if (cs.size() > MAX_CLASS) return any();
            Strings s = new Strings();
            for (char c : cs) s.open.add(String.valueOf(c));
            return s;
        }

        void addAll(Strings o) { open.addAll(o.open); done.addAll(o.done); }

        /** After a repeat: the element's first time starts the match, what follows is not known. */
        Strings ended() { Strings s = new Strings(); s.done.addAll(open); s.done.addAll(done); return s; }
    }

    private static final class TooMany extends RuntimeException {
        TooMany() { super(null, null, false, false); }
    }

    private static final class Parser {
        final String s;
        final int length;
        int at;
        boolean ignoreCase;

        Parser(String s, boolean ignoreCase, int length) { this.s = s; this.ignoreCase = ignoreCase; this.length = length; }

        /** alternatives := sequence ('|' sequence)*, up to a ')' or the end; inline flags last to the group's end. */
        Strings alternatives() {
            boolean flagsBefore = ignoreCase;
            Strings all = new Strings();
            while (true) {
                all.addAll(sequence());
                if (all.open.size() + all.done.size() > MAX_STRINGS) throw new TooMany();
                if (at < s.length() && s.charAt(at) == '|') { at++; continue; }
                break;
            }
            ignoreCase = flagsBefore;
            return all;
        }

        Strings sequence() {
            Strings seq = Strings.empty();
            while (at < s.length() && s.charAt(at) != '|' && s.charAt(at) != ')') {
                if (seq.open.isEmpty()) {                    // every string has ended: what follows is only stepped over
                    skipElement();
                    quantifier();
                    continue;
                }
                seq = then(seq, quantified(element()));
            }
            return seq;
        }

        /** {@code a} followed by {@code b}, cut to {@link #length} characters. */
        Strings then(Strings a, Strings b) {
            Strings out = new Strings();
            out.done.addAll(a.done);
            for (String x : a.open) {
                for (String y : b.open) add(out, x + y, false);
                for (String y : b.done) add(out, x + y, true);
                if (out.open.size() + out.done.size() > MAX_STRINGS) throw new TooMany();
            }
            return out;
        }

        private void add(Strings out, String x, boolean ended) {
            if (out.open.size() + out.done.size() > MAX_STRINGS) throw new TooMany();
            if (x.length() >= length) out.done.add(x.substring(0, length));
            else (ended ? out.done : out.open).add(x);
        }

        Strings quantified(Strings e) {
            return switch (quantifier()) {
                case 0 -> e;                                            // none
                case 1 -> { Strings s = Strings.empty(); s.addAll(e); yield s; }   // '?', {0,1}: once or not
                case 2 -> { Strings s = Strings.empty(); s.addAll(e.ended()); yield s; }   // '*', {0,n}
                default -> e.ended();                                   // '+', {n,m} with n ≥ 1
            };
        }

        /** Steps over a quantifier: 0 none, 1 at most once, 2 any number from none, 3 at least once. */
        int quantifier() {
            if (at >= s.length()) return 0;
            char c = s.charAt(at);
            int kind;
            if (c == '?') { kind = 1; at++; }
            else if (c == '*') { kind = 2; at++; }
            else if (c == '+') { kind = 3; at++; }
            else if (c == '{') {
                int close = s.indexOf('}', at);
                if (close < 0) throw new IllegalStateException("unclosed quantifier");
                String[] bounds = s.substring(at + 1, close).split(",", -1);
                boolean none = Integer.parseInt(bounds[0].strip()) == 0;
                boolean once = bounds.length == 2 ? !bounds[1].isBlank() && Integer.parseInt(bounds[1].strip()) <= 1 : !none && Integer.parseInt(bounds[0].strip()) <= 1;
                kind = none ? (bounds.length == 2 && once ? 1 : 2) : 3;
                at = close + 1;
            } else {
                return 0;
            }
            if (at < s.length() && (s.charAt(at) == '?' || s.charAt(at) == '+')) at++;     // lazy, possessive
            return kind;
        }

        Strings element() {
            char c = s.charAt(at);
            switch (c) {
                case '(' -> { return group(); }
                case '[' -> { int start = at; Strings cls = charClass(); if (cls == null) { at = start; skipClass(); return Strings.any(); } return cls; }
                case '\\' -> { return escape(); }
                case '^', '$' -> { at++; return Strings.empty(); }
                case '.' -> { at++; return Strings.any(); }
                default -> { at++; return literal(c); }
            }
        }

        Strings literal(char c) {
            if (Character.isSurrogate(c)) return Strings.any();                 // the engine reads code points
            return Strings.chars(ignoreCase ? CaseVariants.of(c) : Set.of(c));
        }

        Strings group() {
            at++;                                                            // '('
            if (at < s.length() && s.charAt(at) == '?') {
                at++;
                char k = at < s.length() ? s.charAt(at) : 0;
                if (k == '=' || k == '!') { at++; skipToClose(); return Strings.empty(); }
                if (k == '<' && at + 1 < s.length() && (s.charAt(at + 1) == '=' || s.charAt(at + 1) == '!')) {
                    at += 2;
                    skipToClose();
                    return Strings.empty();
                }
                if (k == '<') {                                              // a named group
                    int close = s.indexOf('>', at);
                    at = close + 1;
                    return closed(alternatives());
                }
                if (k == ':') { at++; return closed(alternatives()); }
                int start = at;
                while (at < s.length() && "idmsuxU-".indexOf(s.charAt(at)) >= 0) at++;
                String flags = s.substring(start, at);
                if (at >= s.length() || s.charAt(at) != ')' && s.charAt(at) != ':' || flags.contains("x") || flags.contains("U")) {
                    at = start;                                              // an atomic group, unknown flags: not read
                    skipToClose();
                    return Strings.any();
                }
                boolean on = flags.indexOf('i') >= 0 && (flags.indexOf('-') < 0 || flags.indexOf('i') < flags.indexOf('-'));
                boolean off = flags.indexOf('-') >= 0 && flags.indexOf('i') > flags.indexOf('-');
                if (s.charAt(at) == ')') {                                   // "(?i)": the rest of the enclosing group
                    at++;
                    if (on) ignoreCase = true;
                    if (off) ignoreCase = false;
                    return Strings.empty();
                }
                at++;
                boolean before = ignoreCase;
                if (on) ignoreCase = true;
                if (off) ignoreCase = false;
                Strings inside = closed(alternatives());
                ignoreCase = before;
                return inside;
            }
            return closed(alternatives());
        }

        Strings closed(Strings inside) {
            if (at >= s.length() || s.charAt(at) != ')') throw new IllegalStateException("unbalanced group");
            at++;
            return inside;
        }

        /** Steps over one element whose strings are not needed; "(?i)" is read, as it holds for what follows. */
        private void skipElement() {
            char c = s.charAt(at);
            if (c == '(') {
                int close = s.indexOf(')', at);
                if (close > at + 2 && s.charAt(at + 1) == '?' && s.substring(at + 2, close).matches("[idmsuxU-]+")) group();
                else { at++; skipToClose(); }
                return;
            }
            if (c == '[') { skipClass(); return; }
            if (c == '\\') { skipEscape(); return; }
            at++;
        }

        /** Steps past the ')' that closes the group whose '(' is already read, whatever it holds. */
        private void skipToClose() {
            int depth = 0;
            while (at < s.length()) {
                char c = s.charAt(at);
                if (c == '\\') { skipEscape(); continue; }
                if (c == '[') { skipClass(); continue; }
                if (c == '(') depth++;
                else if (c == ')' && depth-- == 0) { at++; return; }
                at++;
            }
            throw new IllegalStateException("unbalanced group");
        }

        private void skipClass() {
            int depth = 0;
            at++;
            if (at < s.length() && s.charAt(at) == '^') at++;
            if (at < s.length() && s.charAt(at) == ']') at++;                  // a ']' first is a literal
            while (at < s.length()) {
                char c = s.charAt(at);
                if (c == '\\') { skipEscape(); continue; }
                at++;
                if (c == '[') depth++;
                else if (c == ']' && depth-- == 0) return;
            }
            throw new IllegalStateException("unclosed class");
        }

        /** Steps over an escape: "\\Q…\\E" whole, "\\p{Lu}", "\\x{…}", "\\N{…}", "\\k<name>" with their braces. */
        private void skipEscape() {
            if (s.startsWith("\\Q", at)) {
                int end = s.indexOf("\\E", at + 2);
                at = end < 0 ? s.length() : end + 2;
                return;
            }
            at += 2;
            if (at < s.length() && (s.charAt(at) == '{' || s.charAt(at) == '<') && "pPxNk".indexOf(s.charAt(at - 1)) >= 0) {
                int close = s.indexOf(s.charAt(at) == '{' ? '}' : '>', at);
                if (close < 0) throw new IllegalStateException("unclosed escape");
                at = close + 1;
            }
        }

        /** An escape, stepped over; its strings when it is one character or a class of a few, else "any". */
        Strings escape() {
            if (at + 1 >= s.length()) throw new IllegalStateException("trailing backslash");
            char c = s.charAt(at + 1);
            at += 2;
            switch (c) {
                case 'd' -> { return Strings.chars(DIGITS); }
                case 's' -> { return Strings.chars(SPACES); }
                case 'b', 'B', 'A', 'z', 'Z', 'G' -> { return Strings.empty(); }
                case 'n' -> { return literal('\n'); }
                case 't' -> { return literal('\t'); }
                case 'r' -> { return literal('\r'); }
                case 'f' -> { return literal('\f'); }
                case 'u' -> { return at + 4 <= s.length() ? literal(hex(at, at += 4)) : Strings.any(); }
                case 'Q' -> {                                                    // \Q…\E: literals; a quantifier after it takes the last
                    int end = s.indexOf("\\E", at);
                    String quoted = s.substring(at, end < 0 ? s.length() : end);
                    at = end < 0 ? s.length() : end + 2;
                    if (quoted.isEmpty()) return Strings.empty();
                    Strings seq = Strings.empty();
                    for (int i = 0; i + 1 < quoted.length(); i++) seq = then(seq, literal(quoted.charAt(i)));
                    return then(seq, quantified(literal(quoted.charAt(quoted.length() - 1))));
                }
                case 'x' -> {
                    if (at < s.length() && s.charAt(at) == '{') {
                        int close = s.indexOf('}', at);
                        int start = at + 1;
                        at = close + 1;
                        int cp = Integer.parseInt(s.substring(start, close), 16);
                        return cp <= Character.MAX_VALUE ? literal((char) cp) : Strings.any();
                    }
                    return at + 2 <= s.length() ? literal(hex(at, at += 2)) : Strings.any();
                }
                case 'p', 'P', 'N' -> {                                          // \p{L}, \pL, \N{name}
                    if (at < s.length() && s.charAt(at) == '{') at = s.indexOf('}', at) + 1;
                    else at++;
                    return Strings.any();
                }
                case 'k' -> {
                    if (at < s.length() && s.charAt(at) == '<') at = s.indexOf('>', at) + 1;
                    return Strings.any();
                }
                case 'c' -> { at++; return Strings.any(); }                      // \cX: a control character
                default -> {
                    if (!Character.isLetterOrDigit(c)) return literal(c);        // an escaped metacharacter
                    return Strings.any();                                        // \w, \S, \R, back references, octal …
                }
            }
        }

        private char hex(int from, int to) { return (char) Integer.parseInt(s.substring(from, to), 16); }

        /** A class of literal characters, ranges, \d and \s; null for what is not read (negated, nested, \p, &&). */
        Strings charClass() {
            at++;                                                            // '['
            if (at < s.length() && s.charAt(at) == '^') return null;
            Set<Character> into = new LinkedHashSet<>();
            boolean first = true;
            while (true) {
                if (at >= s.length()) return null;
                char c = s.charAt(at);
                if (c == ']' && !first) { at++; return Strings.chars(into); }
                first = false;
                if (c == '[' || c == '&') return null;
                char lo;
                if (c == '\\') {
                    if (at + 1 >= s.length()) return null;
                    char e = s.charAt(at + 1);
                    at += 2;
                    if (e == 'd') { addAll(into, DIGITS); continue; }
                    if (e == 's') { addAll(into, SPACES); continue; }
                    if (e == 'n') lo = '\n';
                    else if (e == 't') lo = '\t';
                    else if (e == 'r') lo = '\r';
                    else if (e == 'f') lo = '\f';
                    else if (e == 'u' && at + 4 <= s.length()) lo = hex(at, at += 4);
                    else if (!Character.isLetterOrDigit(e)) lo = e;
                    else return null;
                } else {
                    lo = c;
                    at++;
                }
                if (Character.isSurrogate(lo)) return null;
                char hi = lo;
                if (at + 1 < s.length() && s.charAt(at) == '-' && s.charAt(at + 1) != ']') {
                    hi = s.charAt(at + 1);
                    if (hi == '\\' || hi == '[' || Character.isSurrogate(hi) || hi < lo || hi - lo > MAX_CLASS) return null;
                    at += 2;
                }
                for (char r = lo; r <= hi; r++) addAll(into, ignoreCase ? CaseVariants.of(r) : Set.of(r));
                if (into.size() > MAX_CLASS) return null;
            }
        }

        private static void addAll(Set<Character> into, Set<Character> cs) { into.addAll(cs); }
    }

    private static final Set<Character> DIGITS = Set.of('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'),
            SPACES = Set.of(' ', '\t', '\n', '\u000B', '\f', '\r');

    /** Every character the engine could take for {@code c} without case (a superset is safe); one table, read once. */
    static final class CaseVariants {
        private static final char[] UPPER = new char[Character.MAX_VALUE + 1], LOWER = new char[Character.MAX_VALUE + 1],
                FOLD = new char[Character.MAX_VALUE + 1];
        private static final java.util.Map<Character, Set<Character>> KNOWN = new java.util.concurrent.ConcurrentHashMap<>();
        static {
            for (int i = 0; i <= Character.MAX_VALUE; i++) {
                char c = (char) i;
                UPPER[i] = Character.toUpperCase(c);
                LOWER[i] = Character.toLowerCase(c);
                FOLD[i] = Character.toLowerCase(Character.toUpperCase(c));
            }
        }

        static Set<Character> of(char c) {
            return KNOWN.computeIfAbsent(c, k -> {
                Set<Character> out = new java.util.TreeSet<>();
                for (int i = 0; i <= Character.MAX_VALUE; i++)
                    if (UPPER[i] == UPPER[k] || LOWER[i] == LOWER[k] || FOLD[i] == FOLD[k]) out.add((char) i);
                return java.util.Collections.unmodifiableSet(out);
            });
        }
    }
}
