package org.caytre.cli;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caytre.extract.Extraction;
import org.caytre.internal.DataFiles;
import org.caytre.model.Document;
import org.caytre.model.EntityMention;
import org.caytre.model.Event;
import org.caytre.model.PersonMention;
import org.caytre.model.Span;
import org.caytre.model.Statistic;

/**
 * What {@code caytre demo} says about one document, as findings in Vietnamese: title and date, then each event (type,
 * sides named as the document names them, date, attributes) with its evidence, each figure with its unit, and the
 * people named with their offices. Wording from {@code cli/summary-labels.tsv}, indicators from
 * {@code extract/indicators.tsv}, units from {@code annotate/units.tsv}.
 */
final class DocumentSummary {
    private static final int EVIDENCE_CHARS = 160;
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?");
    private static final Map<String, String> TYPES = new HashMap<>(), ATTRS = new HashMap<>(), VALUES = new HashMap<>();
    private static final Map<String, String> INDICATORS = new HashMap<>(), UNITS = new HashMap<>();

    static {
        for (String[] row : DataFiles.table("/cli/summary-labels.tsv"))
            (switch (row[0]) { case "type" -> TYPES; case "attr" -> ATTRS; case "indicator" -> INDICATORS; default -> VALUES; }).put(row[1], row.length > 2 ? row[2] : "");
        for (String[] row : DataFiles.table("/extract/indicators.tsv")) INDICATORS.put(row[1], row[2]);
        for (String[] row : DataFiles.table("/annotate/units.tsv")) UNITS.putIfAbsent(row[1], row[0]);   // first written form
    }

    private final Extraction x;
    private final Map<String, String> names = new LinkedHashMap<>();   // entity id → how this document first writes it

    DocumentSummary(Extraction x) {
        this.x = x;
        for (EntityMention m : x.annotations().entities()) if (m.id() != null) names.putIfAbsent(m.id(), m.text());
        for (PersonMention p : x.annotations().people()) names.putIfAbsent(p.id(), p.name());
    }

    /** The summary's lines, each indented by the caller. */
    List<String> lines(String file) {
        Document d = x.document();
        var m = d.metadata();
        List<String> out = new ArrayList<>();
        out.add(file + (m.type() == null ? "" : " (" + m.type() + ")") + " — " + (m.date() == null
                ? "không rõ ngày (cho ngày với --date)" : date(m.date())));
        if (m.title() != null) out.add("  «" + m.title() + "»");
        out.add(String.format("  %d đoạn, %d câu, %d mục, %d chú thích", d.paragraphs().size(), d.sentences().size(),
                d.sections().size(), d.footnotes().size()));
        out.add("  Sự kiện (" + x.events().size() + "):");
        for (Event e : x.events()) {
            out.add("    • " + event(e));
            out.add("      " + evidence(e.evidence()));
        }
        out.add("  Số liệu (" + x.statistics().size() + "):");
        for (Statistic s : x.statistics()) {
            out.add("    • " + figure(s));
            out.add("      " + evidence(s.evidence()));
        }
        Map<String, String> people = new LinkedHashMap<>();   // the first, fullest mention of each person
        for (PersonMention p : x.annotations().people())
            people.putIfAbsent(p.id(), p.name() + (p.title() == null ? "" : ", " + p.title())
                    + (p.countryId() == null ? "" : " (" + name(p.countryId()) + ")"));
        out.add("  Nhân vật (" + people.size() + "): " + (people.isEmpty() ? "không có tên người" : String.join("; ", people.values())));
        return out;
    }

    private String event(Event e) {
        StringBuilder b = new StringBuilder(TYPES.getOrDefault(e.type(), e.type())).append(": ");
        b.append(String.join(" – ", e.participants().stream().map(this::name).toList()));
        if (e.date() != null) b.append(", ").append(date(e.date()));
        for (Map.Entry<String, Object> a : e.attrs().entrySet()) {
            if (a.getValue() == null) continue;
            String label = ATTRS.getOrDefault(a.getKey(), a.getKey()), value = value(a.getKey(), a.getValue());
            if (!label.isEmpty()) b.append("; ").append(label).append(' ').append(value);
            else if (VALUES.containsKey(String.valueOf(a.getValue()))) b.append(" (").append(value).append(')');
        }
        return b.toString();
    }

    private String value(String key, Object v) {
        if (v instanceof Number n) return number(n.doubleValue());
        if (v instanceof List<?> list) return String.join(", ", list.stream().map(o -> value(key, o)).toList());
        String s = String.valueOf(v);
        if (VALUES.containsKey(s)) return VALUES.get(s);
        return name(s);
    }

    private String figure(Statistic s) {
        String unit = s.unit() == null ? "" : " " + UNITS.getOrDefault(s.unit(), s.unit());
        if ("%".equals(s.unit())) unit = "%";
        StringBuilder b = new StringBuilder(INDICATORS.getOrDefault(s.indicator(), s.indicator())).append(": ")
                .append(s.approximate() ? "khoảng " : "").append(number(s.value())).append(unit);
        if (s.subject() != null) b.append(" (").append(name(s.subject())).append(')');
        if (s.period() != null) b.append(", ").append(date(s.period()));
        return b.toString();
    }

    /** The document's own wording of an entity, else its id without the ORG:/AGR:/PER: prefix. */
    private String name(String id) {
        String written = names.get(id);
        if (written != null) return written;
        return id.contains(":") ? id.substring(id.indexOf(':') + 1) : id;
    }

    private String evidence(Span span) {
        String text = x.document().text(span).replaceAll("\\s+", " ").strip();
        return "«" + (text.length() <= EVIDENCE_CHARS ? text : text.substring(0, EVIDENCE_CHARS) + "…") + "»";
    }

    /** Vietnamese numbers: 1,25 tỷ; 320 triệu; 1.200; 8,4. */
    static String number(double v) {
        DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi")));
        double a = Math.abs(v);
        if (a >= 1e9) return f.format(v / 1e9) + " tỷ";
        if (a >= 1e6) return f.format(v / 1e6) + " triệu";
        return f.format(v);
    }

    /** ISO dates and periods as Vietnamese write them: ngày 14/8/2023, tháng 3/2022, năm 2022, a range with "–". */
    static String date(String iso) {
        if (iso.contains("/")) {
            String[] ends = iso.split("/", 2);
            return "từ " + date(ends[0]).replace("ngày ", "") + " đến " + date(ends[1]).replace("ngày ", "");
        }
        Matcher m = ISO.matcher(iso);
        if (!m.matches()) return iso;
        if (m.group(3) != null) return "ngày " + Integer.parseInt(m.group(3)) + "/" + Integer.parseInt(m.group(2)) + "/" + m.group(1);
        if (m.group(2) != null) return "tháng " + Integer.parseInt(m.group(2)) + "/" + m.group(1);
        return "năm " + m.group(1);
    }
}
