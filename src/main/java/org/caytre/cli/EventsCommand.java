package org.caytre.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.caytre.kb.KnowledgeBase;
import org.caytre.kb.KnowledgeBase.EventView;
import org.caytre.kb.Page;
import org.caytre.kb.Store;
import org.caytre.search.EntityIds;
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

    @Option(names = "--country", paramLabel = "X", description = "a participant: id (USA, ORG:ASEAN, PER:…) or any name (Nhật Bản, Japan)") String country;
    @Option(names = "--type", paramLabel = "T", description = "event type (PHONE_CALL, VISIT, PARTNERSHIP …)") String type;
    @Option(names = "--from", paramLabel = "D", description = "events on or after this ISO date") String from;
    @Option(names = "--to", paramLabel = "D", description = "events on or before this ISO date") String to;
    @Option(names = "--sort", paramLabel = "S", defaultValue = "date", description = "date (default), -date or mentions") String sort;
    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "events to skip") int offset;
    @Option(names = "--limit", paramLabel = "N", description = "at most N events (default all)") Integer limit;
    @Option(names = "--min-confidence", paramLabel = "C", description = "only events at least this confident (0–1; see Corroboration)") Double minConfidence;
    @Option(names = "--min-outlets", paramLabel = "N", description = "only events reported by at least N independent outlets") Integer minOutlets;
    @Option(names = "--confident", description = "only corroborated (2+ outlets or an official document) or confident (≥ 0.7) events") boolean confident;
    @Option(names = "--area", paramLabel = "A", description = "only what was read from passages of this area of work: ${COMPLETION-CANDIDATES}",
            completionCandidates = AreaOption.Codes.class) String areaCode;
    @Option(names = "--foreign", description = "only what was read from passages about foreign relations") boolean foreign;
    @Option(names = "--include-rejected", description = "also events an analyst rejected or merged into another") boolean includeRejected;
    @Option(names = "--json", description = "{\"events\": [{id, type, participants, date, attrs, mentions: [{doc, evidence, offset, outlet, kind}], corroboration: {documents, outlets, sources, official, rules, modality, confidence, corroborated}, review: {status, reviews, merged_into, split_from}}]}") boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        org.caytre.classify.Area area;
        String participant;
        Page page;
        try {
            participant = EntityIds.entity(country);
            area = areaCode == null ? null : org.caytre.classify.Area.parse(areaCode);
            if (!List.of("date", "-date", "mentions").contains(sort)) throw new IllegalArgumentException("--sort must be date, -date or mentions, not " + sort);
            page = limit == null && offset == 0 ? Page.ALL : new Page(offset, limit == null ? Integer.MAX_VALUE - offset : limit);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("caytre events: " + e.getMessage());
            return 2;
        }
        try (Store store = storeOptions.open()) {
            Page.Paged<EventView> found = new KnowledgeBase(store).events(new KnowledgeBase.EventFilter(participant,
                    type == null ? null : type.strip().toUpperCase(java.util.Locale.ROOT), from, to, minConfidence, minOutlets, confident, includeRejected)
                    .classified(area, foreign), page, sort);
            List<EventView> events = found.items();
            if (json) {
                out.println(new ObjectMapper().writeValueAsString(page.all() ? Map.of("events", events) : found.toJson("events")));
            } else {
                for (EventView e : events) {
                    out.printf("%s  %-10s %-20s %-28s %s  [confidence %.2f, %d doc(s), %d outlet(s)%s, %s]%n", e.id(), e.date() == null ? "?" : e.date(),
                            e.type(), String.join(",", e.participants()), e.attrs().isEmpty() ? "" : e.attrs(), e.corroboration().confidence(),
                            e.corroboration().documents(), e.corroboration().outlets(), e.corroboration().official() ? ", official" : "",
                            e.review().get("status"));
                    for (KnowledgeBase.Mention m : e.mentions())
                        out.printf("    %s@%d: %s%n", m.doc(), m.offset(), Texts.clip(m.evidence(), 140));
                }
                out.printf(page.all() ? "%d events%n" : "%d of %d events%n", events.size(), found.total());
            }
            out.flush();
            return 0;
        }
    }
}
