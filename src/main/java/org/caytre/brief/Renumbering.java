package org.caytre.brief;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A brief's footnotes numbered in the order the text first cites them, each run of adjacent markers ascending. */
final class Renumbering {
    private static final Pattern MARKER = Pattern.compile("\\[\\^(\\d+)]");
    private static final Pattern MARKER_RUN = Pattern.compile("(?:\\[\\^\\d+])+");

    private Renumbering() {}

    static Brief renumbered(Brief b) {
        Map<Integer, Integer> order = new LinkedHashMap<>();
        for (Brief.Section s : b.sections())
            for (String block : s.blocks()) {
                Matcher m = MARKER.matcher(block);
                while (m.find()) order.putIfAbsent(Integer.valueOf(m.group(1)), order.size() + 1);
            }
        List<Brief.Section> sections = b.sections().stream().map(s -> new Brief.Section(s.key(), s.heading(),
                s.blocks().stream().map(block -> sortedRuns(MARKER.matcher(block).replaceAll(m -> "[^" + order.get(Integer.valueOf(m.group(1))) + "]"))).toList())).toList();
        List<Footnote> notes = b.footnotes().stream().filter(f -> order.containsKey(f.number()))
                .map(f -> new Footnote(order.get(f.number()), f.doc(), f.title(), f.date(), f.evidence()))
                .sorted(Comparator.comparingInt(Footnote::number)).toList();
        return new Brief(b.title(), sections, notes, b.undated(), b.charts());
    }

    /** Each run of adjacent markers ({@code [^7][^5]}) in ascending order, a marker repeated in a run kept once. */
    private static String sortedRuns(String block) {
        return MARKER_RUN.matcher(block).replaceAll(run -> Matcher.quoteReplacement(MARKER.matcher(run.group()).results()
                .map(m -> Integer.valueOf(m.group(1))).distinct().sorted().map(n -> "[^" + n + "]").reduce("", String::concat)));
    }
}
