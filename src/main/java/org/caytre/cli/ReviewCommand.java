package org.caytre.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.caytre.kb.Review;
import org.caytre.kb.ReviewActions;
import org.caytre.kb.Store;
import org.caytre.kb.ledger.LedgerJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code caytre review ACTION ID …}: one analyst action on the store, written to the audit trail. */
@Command(name = "review", description = {"Review the knowledge base as a named analyst; every action is kept in the audit trail (caytre reviews).",
        "  confirm|reject EVENT          the event happened / did not (a rejected event leaves the default views)",
        "  edit EVENT --set F=V…         replace fields: type, date, participants (comma-separated), attrs (JSON)",
        "  merge EVENT DUPLICATE         the duplicate's reports join EVENT",
        "  split EVENT DOC@OFFSET…       those reports become a new event",
        "  accept-claim|reject-claim ID  a partnership-level claim counts as the analyst's decision / for nothing",
        "  relink DOC#N ENTITY           an entity mention is linked to another entity"})
final class ReviewCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions storeOptions;

    @Parameters(index = "0", paramLabel = "ACTION") String action;
    @Parameters(index = "1", paramLabel = "ID") String id;
    @Parameters(index = "2..*", paramLabel = "ARG") List<String> args = new ArrayList<>();
    @Option(names = "--reviewer", paramLabel = "NAME", defaultValue = "${env:CAYTRE_REVIEWER}", required = true,
            description = "who reviews (default: $CAYTRE_REVIEWER)") String reviewer;
    @Option(names = "--reason", paramLabel = "TEXT", required = true, description = "why") String reason;
    @Option(names = "--set", paramLabel = "F=V", description = "edit: a field and its new value") Map<String, String> set = new LinkedHashMap<>();
    @Option(names = "--json", description = "the audit record as JSON") boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = storeOptions.open()) {
            ReviewActions act = new ReviewActions(store);
            Review r = switch (action) {
                case "confirm" -> act.confirm(reviewer, id, reason);
                case "reject" -> act.reject(reviewer, id, reason);
                case "edit" -> act.edit(reviewer, id, fields(), reason);
                case "merge" -> act.merge(reviewer, id, one("the duplicate event's id"), reason);
                case "split" -> act.split(reviewer, id, args, reason);
                case "accept-claim" -> act.decide(reviewer, id, true, reason);
                case "reject-claim" -> act.decide(reviewer, id, false, reason);
                case "relink" -> {
                    int hash = id.lastIndexOf('#');
                    if (hash < 0) throw new IllegalArgumentException("relink needs DOC#N, not '" + id + "'");
                    yield act.relink(reviewer, id.substring(0, hash), Integer.parseInt(id.substring(hash + 1)), one("the entity id"), reason);
                }
                default -> throw new IllegalArgumentException("unknown action '" + action
                        + "': confirm, reject, edit, merge, split, accept-claim, reject-claim or relink");
            };
            if (json) out.println(LedgerJson.write(r.toJson()));
            else out.printf("#%d %s %s %s%s by %s: %s%n", r.seq(), r.at(), r.action(), r.targetId(), r.otherId() == null ? "" : " → " + r.otherId(),
                    r.reviewer(), r.reason());
            out.flush();
            return 0;
        }
    }

    private String one(String what) {
        if (args.size() != 1) throw new IllegalArgumentException(action + " needs " + what + " after " + id);
        return args.get(0);
    }

    private Map<String, Object> fields() throws Exception {
        Map<String, Object> f = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : set.entrySet())
            f.put(e.getKey(), switch (e.getKey()) {
                case "participants" -> List.of(e.getValue().split("\\s*,\\s*"));
                case "attrs" -> new ObjectMapper().readValue(e.getValue(), Map.class);
                default -> e.getValue();
            });
        return f;
    }
}
