package org.caytre.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.caytre.kb.KnowledgeBase;
import org.caytre.kb.KnowledgeBase.StatisticView;
import org.caytre.kb.Store;
import org.caytre.search.EntityIds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code caytre stats}: the figures the documents state, each with its evidence and document. */
@Command(name = "stats", description = "List statistics of the knowledge base with their evidence and source document.")
final class StatsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions storeOptions;

    @Option(names = "--indicator", paramLabel = "I", description = "indicator label (\"GDP growth\", …)") String indicator;
    @Option(names = "--subject", paramLabel = "X", description = "whose figure: id (VNM, ORG:ASEAN …) or any name") String subject;
    @Option(names = "--area", paramLabel = "A", description = "only what was read from passages of this area of work: ${COMPLETION-CANDIDATES}",
            completionCandidates = AreaOption.Codes.class) String areaCode;
    @Option(names = "--foreign", description = "only what was read from passages about foreign relations") boolean foreign;
    @Option(names = "--json", description = "{\"statistics\": [{indicator, value, unit, period, subject, approximate, evidence, offset, doc}]}") boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        org.caytre.classify.Area area;
        String who;
        try {
            who = EntityIds.entity(subject);
            area = areaCode == null ? null : org.caytre.classify.Area.parse(areaCode);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("caytre stats: " + e.getMessage());
            return 2;
        }
        try (Store store = storeOptions.open()) {
            List<StatisticView> stats = new KnowledgeBase(store).statistics(new KnowledgeBase.StatisticFilter(indicator, who, null)
                    .classified(area, foreign), org.caytre.kb.Page.ALL, null).items();
            if (json) {
                out.println(new ObjectMapper().writeValueAsString(Map.of("statistics", stats)));
            } else {
                for (StatisticView s : stats)
                    out.printf("%-28s %14s %-10s %-10s %-8s %s@%d: %s%n", s.indicator(), number(s.value()), s.unit() == null ? "" : s.unit(),
                            s.period() == null ? "" : s.period(), s.subject() == null ? "" : s.subject(), s.doc(), s.offset(),
                            Texts.clip(s.evidence(), 100));
                out.printf("%d statistics%n", stats.size());
            }
            out.flush();
            return 0;
        }
    }

    private static String number(double v) { return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v); }
}
