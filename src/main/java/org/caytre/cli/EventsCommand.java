package org.caytre.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.caytre.kb.KnowledgeBase;
import org.caytre.kb.KnowledgeBase.EventView;
import org.caytre.kb.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code caytre events}: merged real-world events with every document that reports them. */
@Command(name = "events", description = "List merged events of the knowledge base, each with its mentions (document, evidence, offset).")
final class EventsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions storeOptions;

    @Option(names = "--country", paramLabel = "X", description = "a participant id (USA, ORG:ASEAN …)") String country;
    @Option(names = "--type", paramLabel = "T", description = "event type (PHONE_CALL, VISIT, PARTNERSHIP …)") String type;
    @Option(names = "--from", paramLabel = "D", description = "events on or after this ISO date") String from;
    @Option(names = "--to", paramLabel = "D", description = "events on or before this ISO date") String to;
    @Option(names = "--json", description = "{\"events\": [{id, type, participants, date, attrs, mentions: [{doc, evidence, offset}]}]}") boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = storeOptions.open()) {
            List<EventView> events = new KnowledgeBase(store).events(new KnowledgeBase.EventFilter(
                    country == null ? null : country.strip().startsWith("PER:") ? country.strip() : country.strip().toUpperCase(java.util.Locale.ROOT), type == null ? null : type.strip().toUpperCase(java.util.Locale.ROOT), from, to));
            if (json) {
                out.println(new ObjectMapper().writeValueAsString(Map.of("events", events)));
            } else {
                for (EventView e : events) {
                    out.printf("%s  %-10s %-20s %-28s %s%n", e.id(), e.date() == null ? "?" : e.date(), e.type(),
                            String.join(",", e.participants()), e.attrs().isEmpty() ? "" : e.attrs());
                    for (KnowledgeBase.Mention m : e.mentions())
                        out.printf("    %s@%d: %s%n", m.doc(), m.offset(), Texts.clip(m.evidence(), 140));
                }
                out.printf("%d events%n", events.size());
            }
            out.flush();
            return 0;
        }
    }
}
