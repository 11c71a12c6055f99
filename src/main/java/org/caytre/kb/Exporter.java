package org.caytre.kb;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.caytre.kb.KnowledgeBase.EventView;
import org.caytre.kb.KnowledgeBase.Mention;
import org.caytre.kb.KnowledgeBase.StatisticView;
import org.caytre.kb.ledger.PartnershipLedger;
import org.caytre.kb.ledger.Step;

/**
 * Writes the knowledge base for other tools: JSONL (one event or statistic per line), CSV that a spreadsheet opens
 * (UTF-8 with a byte-order mark, one row per event mention and per statistic) and GraphML for Gephi (countries as
 * nodes; per pair, the number of events on the edge, and on Vietnam's edges the framework level in force with its
 * provenance). Every row and edge carries evidence and its source document (none for a reference-table level).
 */
public final class Exporter {
    public enum Format { jsonl, csv, graphml }

    private final KnowledgeBase kb;
    private final PartnershipLedger ledger;
    private final java.util.function.Function<String, List<String>> names;

    public Exporter(KnowledgeBase kb, PartnershipLedger ledger) { this(kb, ledger, null); }

    /** {@code names}: an id's [Vietnamese, English] names, written on the GraphML nodes (null: ids only). */
    public Exporter(KnowledgeBase kb, PartnershipLedger ledger, java.util.function.Function<String, List<String>> names) {
        this.kb = kb;
        this.ledger = ledger;
        this.names = names;
    }

    /** Writes the export and returns the number of rows (lines, CSV rows or edges) written. */
    public int write(Format format, Path out) throws IOException, SQLException {
        List<EventView> events = kb.events(KnowledgeBase.EventFilter.ALL);
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            return switch (format) {
                case jsonl -> jsonl(w, events);
                case csv -> csv(w, events);
                case graphml -> graphml(w, events, ledger, names);
            };
        }
    }

    private int jsonl(Writer w, List<EventView> events) throws IOException, SQLException {
        int n = 0;
        for (EventView e : events) {
            ObjectNode node = Json.MAPPER.valueToTree(e);
            w.write(node.put("kind", "event").toString());
            w.write('\n');
            n++;
        }
        for (StatisticView s : kb.statistics(null, null)) {
            ObjectNode node = Json.MAPPER.valueToTree(s);
            w.write(node.put("kind", "statistic").toString());
            w.write('\n');
            n++;
        }
        return n;
    }

    private int csv(Writer w, List<EventView> events) throws IOException, SQLException {
        w.write('\uFEFF');   // the byte-order mark makes spreadsheets read the file as UTF-8
        csvRow(w, "kind", "id", "type", "participants", "date", "attrs", "indicator", "value", "unit", "period", "subject", "evidence", "doc", "offset",
                "review_status", "confidence", "outlets");
        int n = 0;
        for (EventView e : events)
            for (Mention m : e.mentions()) {
                csvRow(w, "event", e.id(), e.type(), String.join(" ", e.participants()), e.date(), e.attrs().isEmpty() ? "" : Json.write(e.attrs()),
                        "", "", "", "", "", m.evidence(), m.doc(), String.valueOf(m.offset()), String.valueOf(e.review().get("status")),
                        String.valueOf(e.corroboration().confidence()), String.valueOf(e.corroboration().outlets()));
                n++;
            }
        for (StatisticView s : kb.statistics(null, null)) {
            csvRow(w, "statistic", "", "", "", "", "", s.indicator(), String.valueOf(s.value()), s.unit(), s.period(), s.subject(),
                    s.evidence(), s.doc(), String.valueOf(s.offset()), "", "", "");
            n++;
        }
        return n;
    }

    /** One CSV row (RFC 4180 quoting, CRLF), as the export writes them. */
    public static void csvRow(Writer w, String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) w.write(',');
            String c = cells[i] == null ? "" : cells[i];
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0)
                c = '"' + c.replace("\"", "\"\"") + '"';
            w.write(c);
        }
        w.write("\r\n");
    }

    /** One undirected edge between two countries. */
    private static final class Edge {
        int events, confidentEvents;
        String level, since, provenance, evidence, doc;
    }

    /**
     * The network of these events as GraphML: countries as nodes (with their names when {@code names} is given), per
     * pair the events on the edge; with a {@code ledger}, Vietnam's edges also carry the framework level in force.
     * Returns the number of edges.
     */
    public static int graphml(Writer w, List<EventView> events, PartnershipLedger ledger,
                              java.util.function.Function<String, List<String>> names) throws IOException {
        Map<String, Edge> edges = new TreeMap<>();
        TreeMap<String, Integer> nodes = new TreeMap<>();
        for (EventView e : events) {
            List<String> countries = e.participants().stream().filter(p -> p.indexOf(':') < 0).toList();
            for (String c : countries) nodes.merge(c, 1, Integer::sum);
            for (int i = 0; i < countries.size(); i++)
                for (int j = i + 1; j < countries.size(); j++) {
                    Edge edge = edges.computeIfAbsent(countries.get(i) + "\t" + countries.get(j), k -> new Edge());
                    edge.events++;
                    if (e.corroboration().confident()) edge.confidentEvents++;   // the network's default view
                    if (edge.evidence == null && !e.mentions().isEmpty()) {
                        edge.evidence = e.mentions().get(0).evidence();
                        edge.doc = e.mentions().get(0).doc();
                    }
                }
        }
        // Vietnam's edges carry the framework in force today, from the ledger (documents, else the reference table)
        for (String country : ledger == null ? List.<String>of() : ledger.countries()) {
            List<Step> history = ledger.history(country);
            if (history.isEmpty()) continue;
            Step now = history.get(history.size() - 1);
            nodes.putIfAbsent(country, 0);
            nodes.putIfAbsent("VNM", 0);
            Edge edge = edges.computeIfAbsent("VNM\t" + country, k -> new Edge());
            edge.level = now.level().name();
            edge.since = now.since();
            edge.provenance = now.provenance();
            edge.evidence = now.evidence();
            edge.doc = now.doc();
        }
        w.write("""
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key id="events" for="all" attr.name="events" attr.type="int"/>
                  <key id="name_vi" for="node" attr.name="name_vi" attr.type="string"/>
                  <key id="name_en" for="node" attr.name="name_en" attr.type="string"/>
                  <key id="confident_events" for="edge" attr.name="confident_events" attr.type="int"/>
                  <key id="level" for="edge" attr.name="level" attr.type="string"/>
                  <key id="since" for="edge" attr.name="since" attr.type="string"/>
                  <key id="provenance" for="edge" attr.name="provenance" attr.type="string"/>
                  <key id="evidence" for="edge" attr.name="evidence" attr.type="string"/>
                  <key id="doc" for="edge" attr.name="doc" attr.type="string"/>
                  <graph id="partners" edgedefault="undirected">
                """);
        for (Map.Entry<String, Integer> n : nodes.entrySet()) {
            List<String> name = names == null ? null : names.apply(n.getKey());
            w.write("    <node id=\"" + xml(n.getKey()) + "\"><data key=\"events\">" + n.getValue() + "</data>"
                    + (name == null ? "" : data("name_vi", name.get(0)) + data("name_en", name.get(1))) + "</node>\n");
        }
        int i = 0;
        for (Map.Entry<String, Edge> e : edges.entrySet()) {
            String[] ends = e.getKey().split("\t");
            Edge edge = e.getValue();
            w.write("    <edge id=\"e" + i++ + "\" source=\"" + xml(ends[0]) + "\" target=\"" + xml(ends[1]) + "\">"
                    + data("events", String.valueOf(edge.events)) + data("level", edge.level) + data("since", edge.since)
                    + data("provenance", edge.provenance) + data("evidence", edge.evidence) + data("doc", edge.doc)
                    + data("confident_events", String.valueOf(edge.confidentEvents)) + "</edge>\n");
        }
        w.write("  </graph>\n</graphml>\n");
        return edges.size();
    }

    private static String data(String key, String value) {
        return value == null ? "" : "<data key=\"" + key + "\">" + xml(value) + "</data>";
    }

    private static String xml(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> { if (c >= 0x20 || c == '\t' || c == '\n') b.append(c); }
            }
        }
        return b.toString();
    }
}
