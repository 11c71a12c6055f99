package org.caytre.internal;

import java.util.regex.Pattern;

/**
 * A pattern's twin without capturing groups, for a caller that only asks whether it matches: every group becomes
 * {@code (?:…)}. The engine then keeps no group offsets while matching, and {@code Matcher.region()} clears two
 * entries instead of two per group (a date pattern has about sixty groups, and a region is set at every candidate
 * position). It matches exactly where the pattern matches. A pattern with back-references, comments mode or syntax this
 * reader does not follow is returned as it is.
 */
public final class NoCaptures {
    private NoCaptures() {}

    public static Pattern of(Pattern p) {
        String s = p.pattern();
        if ((p.flags() & (Pattern.COMMENTS | Pattern.LITERAL)) != 0) return p;
        StringBuilder out = new StringBuilder(s.length() + 16);
        int classDepth = 0;
        boolean changed = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                if (i + 1 >= s.length()) return p;
                char e = s.charAt(i + 1);
                if (e == 'Q') {                                           // quoted up to \E, copied as it is
                    int q = s.indexOf("\\E", i + 2);
                    int stop = q < 0 ? s.length() : q + 2;
                    out.append(s, i, stop);
                    i = stop - 1;
                    continue;
                }
                if (classDepth == 0 && (e >= '1' && e <= '9' || e == 'k')) return p;     // a back-reference needs its group
                out.append(c).append(e);
                i++;
                continue;
            }
            if (classDepth > 0) {
                if (c == '[') classDepth++;
                else if (c == ']') classDepth--;
                out.append(c);
                continue;
            }
            if (c == '[') {
                classDepth = 1;
                out.append(c);
                if (i + 1 < s.length() && s.charAt(i + 1) == '^') { out.append('^'); i++; }
                if (i + 1 < s.length() && s.charAt(i + 1) == ']') { out.append(']'); i++; }   // "[]…]": a literal ]
                continue;
            }
            if (c == '(') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '?') {
                    // "(?<name>": a named group; "(?<=", "(?<!": look-behinds, kept
                    if (i + 2 < s.length() && s.charAt(i + 2) == '<' && i + 3 < s.length() && Character.isLetter(s.charAt(i + 3))) {
                        int close = s.indexOf('>', i + 3);
                        if (close < 0) return p;
                        out.append("(?:");
                        i = close;
                        changed = true;
                        continue;
                    }
                    // inline flags turning on comments mode ("(?x)", "(?ix:") change how the rest reads
                    int j = i + 2;
                    while (j < s.length() && (Character.isLetter(s.charAt(j)) || s.charAt(j) == '-')) {
                        if (s.charAt(j) == 'x') return p;
                        j++;
                    }
                    out.append(c);
                    continue;
                }
                out.append("(?:");
                changed = true;
                continue;
            }
            out.append(c);
        }
        if (!changed || classDepth != 0) return p;
        try {
            return Pattern.compile(out.toString(), p.flags());
        } catch (java.util.regex.PatternSyntaxException e) {
            return p;
        }
    }
}
