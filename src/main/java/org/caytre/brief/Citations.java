package org.caytre.brief;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caytre.kb.KnowledgeBase;
import org.caytre.kb.KnowledgeBase.EventView;
import org.caytre.kb.KnowledgeBase.Mention;
import org.caytre.search.EntityLabels;

/**
 * What the parts of one brief share while it is written: the templates, the slots every sentence may use, the names
 * of entities, and the footnotes (one per document and evidence, numbered as first made; renumbered at the end).
 */
final class Citations {
    static final int MAX_SOURCES_PER_FACT = 3;
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?.*");
    private static final Pattern YEARS = Pattern.compile("(\\d{4})/(\\d{4})");

    final Templates t;
    private final KnowledgeBase kb;
    private final Map<String, String> base;
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, Footnote> footnotes = new LinkedHashMap<>();   // doc + evidence → footnote
    private final Map<String, KnowledgeBase.DocumentView> documents = new HashMap<>();
    private final Coverage coverage;

    /** {@code coverage}: what the brief may cite (a search's documents or passages, or everything). */
    Citations(KnowledgeBase kb, Templates t, Map<String, String> base, Coverage coverage) {
        this.kb = kb;
        this.t = t;
        this.base = Map.copyOf(base);
        this.coverage = coverage;
    }

    /** An event's reports the brief may cite. */
    List<Mention> mentions(EventView e) {
        return e.mentions().stream().filter(m -> coverage.covers(m.doc(), m.offset())).toList();
    }

    Coverage coverage() { return coverage; }

    /** The slots every template may use ({@code country}, {@code from}, {@code to}, {@code area}), as a fresh map. */
    Map<String, String> values() { return new HashMap<>(base); }

    List<Footnote> footnotes() { return List.copyOf(footnotes.values()); }

    /** The template {@code key} filled from the common slots and {@code slots}, followed by the notes' markers. */
    String sentence(String key, Map<String, String> slots, List<Footnote> notes) {
        Map<String, String> v = values();
        v.putAll(slots);
        StringBuilder s = new StringBuilder(t.text(key, v));
        for (Footnote f : notes) s.append("[^").append(f.number()).append("]");
        return s.toString();
    }

    Footnote footnote(String doc, String evidence) throws SQLException {
        String key = doc + "\u0000" + evidence;
        Footnote known = footnotes.get(key);
        if (known != null) return known;
        KnowledgeBase.DocumentView d = document(doc);
        Footnote f = new Footnote(footnotes.size() + 1, doc, d.title(), d.date(), evidence);
        footnotes.put(key, f);
        return f;
    }

    /** Up to {@link #MAX_SOURCES_PER_FACT} footnotes for an event's reports, one per document and evidence. */
    List<Footnote> reports(EventView e) throws SQLException {
        List<Footnote> notes = new ArrayList<>();
        for (Mention m : mentions(e)) {
            if (notes.size() == MAX_SOURCES_PER_FACT) break;
            Footnote f = footnote(m.doc(), m.evidence());
            if (!notes.contains(f)) notes.add(f);
        }
        return notes;
    }

    KnowledgeBase.DocumentView document(String id) throws SQLException {
        KnowledgeBase.DocumentView d = documents.get(id);
        if (d == null) {
            d = kb.document(id).orElseThrow(() -> new IllegalStateException("the store names document " + id + " but does not hold it"));
            documents.put(id, d);
        }
        return d;
    }

    /** How a sentence names where a claim was read: the outlet, else the document's title, else its id. */
    String source(String doc, String outlet) throws SQLException {
        if (outlet != null && !outlet.isBlank()) return outlet;
        KnowledgeBase.DocumentView d = document(doc);
        return d.title() == null || d.title().isBlank() ? doc : Footnote.oneLine(d.title());
    }

    String level(String level) { return t.labelOr("level." + level, level); }

    /** The entity's name in the brief's language; an id the gazetteers do not name is shown without its kind ("ORG:ADC" → "ADC"). */
    String name(String id) {
        return names.computeIfAbsent(id, i -> {
            String label = EntityLabels.label(i).get(t.lang().equals("vi") ? 0 : 1);
            return label.equals(i) && i.indexOf(':') > 0 ? i.substring(i.indexOf(':') + 1) : label;
        });
    }

    String sides(List<String> participants) {
        List<String> named = participants.stream().map(this::name).toList();
        String and = t.lang().equals("vi") ? " và " : " and ";
        if (named.size() <= 2) return String.join(and, named);
        return String.join(", ", named.subList(0, named.size() - 1)) + and + named.get(named.size() - 1);
    }

    /** An ISO date, or a range of years (a term of office), or else a range's start, as the "when" phrase that opens a sentence. */
    String when(String iso) {
        Matcher years = iso == null ? null : YEARS.matcher(iso);
        if (years != null && years.matches()) return t.text("when.years", Map.of("a", years.group(1), "b", years.group(2)));
        Matcher m = iso == null ? null : ISO.matcher(iso);
        if (m == null || !m.matches()) return t.text("when.none");
        Map<String, String> v = new HashMap<>();
        v.put("y", m.group(1));
        if (m.group(2) != null) v.put("m", t.lang().equals("vi") ? String.valueOf(Integer.parseInt(m.group(2))) : m.group(2));
        if (m.group(3) != null) v.put("d", t.lang().equals("vi") ? String.valueOf(Integer.parseInt(m.group(3))) : m.group(3));
        return t.text(m.group(3) != null ? "when.day" : m.group(2) != null ? "when.month" : "when.year", v);
    }

    static Integer year(String iso) {
        if (iso == null) return null;
        Matcher m = ISO.matcher(iso);
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }
}
