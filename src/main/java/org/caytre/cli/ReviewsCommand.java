package org.caytre.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.caytre.kb.KnowledgeBase;
import org.caytre.kb.Review;
import org.caytre.kb.Reviews;
import org.caytre.kb.Store;
import org.caytre.kb.ledger.LedgerJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code caytre reviews}: the audit trail of analyst actions, oldest first. */
@Command(name = "reviews", description = "The audit trail of analyst actions (who, when, what, before → after, why); orphaned: the event no longer exists.")
final class ReviewsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions storeOptions;

    @Option(names = "--of", paramLabel = "ID", description = "only the actions on this event or claim") String of;
    @Option(names = "--orphaned", description = "only the actions whose event is gone after a re-extraction") boolean orphanedOnly;
    @Option(names = "--json", description = "{\"reviews\": [{seq, at, reviewer, action, target_kind, target_id, other_id, before, after, reason, orphaned}]}") boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = storeOptions.open()) {
            Set<Long> orphaned = new KnowledgeBase(store).orphanedReviews().stream().map(Review::seq).collect(Collectors.toSet());
            List<Review> trail = (of == null ? new Reviews(store).all() : new Reviews(store).of(of)).stream()
                    .filter(r -> !orphanedOnly || orphaned.contains(r.seq())).toList();
            if (json) {
                out.println(LedgerJson.write(Map.of("reviews", trail.stream().map(r -> {
                    Map<String, Object> m = r.toJson();
                    m.put("orphaned", orphaned.contains(r.seq()));
                    return m;
                }).toList())));
            } else {
                for (Review r : trail) {
                    out.printf("#%d %s %-8s %-12s %s%s%s%n", r.seq(), r.at(), r.reviewer(), r.action(), r.targetId(),
                            r.otherId() == null ? "" : " + " + r.otherId(), orphaned.contains(r.seq()) ? "  (orphaned)" : "");
                    out.printf("    why: %s%n    before: %s%n    after:  %s%n", r.reason(), Texts.clip(String.valueOf(r.before()), 200),
                            Texts.clip(String.valueOf(r.after()), 200));
                }
                out.printf("%d actions%n", trail.size());
            }
            out.flush();
            return 0;
        }
    }
}
