package org.caytre.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caytre.extract.ExtractionJson;
import org.caytre.model.Document;
import org.caytre.model.Footnote;
import org.caytre.model.Marker;
import org.caytre.model.Paragraph;
import org.caytre.model.Section;

/**
 * The JSON contract of {@code caytre parse --json}: {@code metadata}, {@code sections} (a tree),
 * {@code paragraphs}, {@code footnotes}, {@code unresolved_markers}, {@code warnings}. Add fields; never rename.
 */
final class DocumentJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private DocumentJson() {}

    static ObjectNode of(Document d) {
        ObjectNode root = F.objectNode();
        root.put("doc", d.name());
        root.set("metadata", ExtractionJson.metadata(d.metadata()));
        root.set("sections", sections(d));
        ArrayNode paragraphs = root.putArray("paragraphs");
        for (Paragraph p : d.paragraphs()) {
            ObjectNode n = paragraphs.addObject();
            n.put("text", d.text(p.span()));
            n.put("section", p.sectionId());
            n.put("offset", p.span().start());
            n.put("residue", p.residue());             // page residue kind (caption, byline, …) or null
        }
        ArrayNode footnotes = root.putArray("footnotes");
        for (Footnote f : d.footnotes()) {
            ObjectNode n = footnotes.addObject();
            n.put("number", f.number());
            n.put("text", d.text(f.body()));
            n.put("marker_offset", f.markerOffset());
            n.put("offset", f.body().start());
        }
        ArrayNode unresolved = root.putArray("unresolved_markers");
        for (Marker m : d.unresolvedMarkers()) unresolved.addObject().put("number", m.number()).put("offset", m.offset());
        ArrayNode warnings = root.putArray("warnings");
        d.warnings().forEach(warnings::add);
        root.put("sentence_count", d.sentences().size());
        return root;
    }

    private static ArrayNode sections(Document d) {
        Map<String, ObjectNode> nodes = new HashMap<>();
        Map<String, List<ObjectNode>> children = new HashMap<>();
        List<ObjectNode> roots = new ArrayList<>();
        for (Section s : d.sections()) {
            ObjectNode n = F.objectNode();
            n.put("id", s.id());
            n.put("label", s.label());
            n.put("title", s.title());
            n.put("level", s.level());
            n.put("offset", s.heading().start());
            n.put("end", s.span().end());
            nodes.put(s.id(), n);
            if (s.parentId() == null) roots.add(n);
            else children.computeIfAbsent(s.parentId(), k -> new ArrayList<>()).add(n);
        }
        for (var e : nodes.entrySet()) {
            ArrayNode kids = e.getValue().putArray("children");
            children.getOrDefault(e.getKey(), List.of()).forEach(kids::add);
        }
        ArrayNode out = F.arrayNode();
        roots.forEach(out::add);
        return out;
    }
}
