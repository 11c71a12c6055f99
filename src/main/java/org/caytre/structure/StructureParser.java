package org.caytre.structure;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caytre.ingest.RawText;
import org.caytre.model.Document;
import org.caytre.model.Footnote;
import org.caytre.model.Marker;
import org.caytre.model.Metadata;
import org.caytre.model.Paragraph;
import org.caytre.model.Section;
import org.caytre.model.Span;

/**
 * Recovers a document's structure from its repaired text: drops page furniture, separates footnotes from the body
 * and links them to their markers, re-joins wrapped lines into paragraphs, and lays everything out as one
 * normalised text with an offset map back to the source.
 *
 * <pre>{@code Document doc = new StructureParser().parse(DocumentReader.read(path)); }</pre>
 */
public final class StructureParser {
    /** Fewer markers than this, with no footnote body at all, are taken for coincidences, not endnotes. */
    private static final int MIN_UNRESOLVED_RUN = 3;
    /** Residue paragraphs (captions, bylines) passed over before a news item's headline. */
    private static final int HEADLINE_AFTER_RESIDUE = 2;

    private final HeadingDetector headings = new HeadingDetector();
    private final SentenceSplitter sentences = new SentenceSplitter();
    private final MetadataExtractor metadata = new MetadataExtractor();

    public Document parse(RawText raw) {
        String source = raw.text();
        List<SourceLine> lines = LineReader.read(source);
        BitSet dropped = RunningHeaders.find(lines);
        FootnoteScanner.Result scan = new FootnoteScanner(source, lines, dropped).scan();

        List<SourceLine> body = new ArrayList<>();
        Map<Integer, List<SourceLine>> notes = new LinkedHashMap<>();
        for (SourceLine line : lines) {
            switch (scan.roles()[line.index()]) {
                case BODY -> body.add(line);
                case FOOTNOTE -> notes.computeIfAbsent(scan.footnoteOf()[line.index()], k -> new ArrayList<>()).add(line);
                default -> { }
            }
        }
        BitSet afterFurniture = new BitSet();
        for (int i = dropped.nextSetBit(0); i >= 0; i = dropped.nextSetBit(i + 1)) afterFurniture.set(i + 1);
        ParagraphJoiner joiner = new ParagraphJoiner(headings::startsHeading, layout(raw.format(), body),
                LineReader.usualSpacing(lines), afterFurniture);
        List<List<SourceLine>> paragraphs = joiner.join(body);

        MappedText out = new MappedText(source);
        List<Span> paragraphSpans = new ArrayList<>();
        List<Integer> markdownHeading = new ArrayList<>();
        int[] skips = markerSkips(scan.markers());
        List<List<SourceLine>> keptParagraphs = new ArrayList<>();
        for (List<SourceLine> p : paragraphs) {
            Span span = appendBlock(out, p, scan.keepFrom(), skips);
            if (span.length() == 0) continue;
            paragraphSpans.add(span);
            keptParagraphs.add(p);
            markdownHeading.add(raw.format().equals("txt") ? 0 : hashes(p.get(0).trimmed()));
        }
        int bodyEnd = out.length();
        List<Marker> markers = new ArrayList<>();
        for (MarkerFinder.Found f : scan.markers()) markers.add(new Marker(f.number(), markerOffset(out, bodyEnd, f.start())));

        List<Footnote> footnotes = new ArrayList<>();
        List<Marker> unresolved = new ArrayList<>();
        List<String> warnings = new ArrayList<>(raw.warnings());
        Map<Integer, Marker> markerByNumber = new LinkedHashMap<>();
        for (Marker m : markers) markerByNumber.putIfAbsent(m.number(), m);
        for (var e : notes.entrySet()) {
            Span span = appendBlock(out, e.getValue(), scan.keepFrom(), new int[0]);
            Marker m = markerByNumber.get(e.getKey());
            footnotes.add(new Footnote(e.getKey(), span, m == null ? null : m.offset()));
            if (m == null) warnings.add("footnote " + e.getKey() + " has no marker in the text");
        }
        for (Marker m : markerByNumber.values()) if (!notes.containsKey(m.number())) unresolved.add(m);
        if (notes.isEmpty() && unresolved.size() < MIN_UNRESOLVED_RUN) { unresolved.clear(); markers.clear(); }
        if (!unresolved.isEmpty()) warnings.add(unresolved.size() + " footnote markers without a body: "
                + unresolved.stream().map(m -> Integer.toString(m.number())).toList());
        out.trimTrailingSpace();
        String text = out.text();
        List<Section> sections = sections(text, paragraphSpans, markdownHeading, bodyEnd);
        String[] residue = PageResidue.kinds(paragraphSpans.stream().map(p -> p.of(text)).toList());
        List<Paragraph> paragraphList = new ArrayList<>();
        for (int i = 0; i < paragraphSpans.size(); i++) {
            Section s = innermost(sections, paragraphSpans.get(i).start());
            paragraphList.add(new Paragraph(paragraphSpans.get(i), s == null ? null : s.id(), residue[i]));
        }
        List<Span> sentenceSpans = new ArrayList<>();
        for (Span p : paragraphSpans) sentenceSpans.addAll(sentences.split(text, p.start(), p.end()));
        for (Footnote f : footnotes) sentenceSpans.addAll(sentences.split(text, f.body().start(), f.body().end()));
        List<Span> head = paragraphSpans.subList(0, Math.min(paragraphSpans.size(), MetadataExtractor.HEAD));
        int[] starts = head.stream().mapToInt(p -> out.sourceOf(p.start())).toArray();
        Metadata meta = metadata.extract(head.stream().map(p -> p.of(text)).toList(), starts, source);
        if (meta.title() == null && !markdownHeading.isEmpty() && markdownHeading.get(0) == 1)   // <h1>, "# Title"
            meta = meta.withTitle(paragraphSpans.get(0).of(text));
        if (meta.title() == null) {
            String headline = headline(raw.format(), keptParagraphs, residue);
            if (headline != null) meta = meta.withTitle(headline);
        }
        meta = given(meta, raw.given());
        return new Document(raw.name(), text, source, out.offsets(), meta, sections, paragraphList,
                sentenceSpans, footnotes, markers, unresolved, warnings);
    }

    /**
     * What the container says wins: the user's date over a dateline, a headline over a guessed title block — except
     * DOCX/PDF document properties, which templates and converters fill with whatever they had: they count only when
     * the text itself says nothing.
     */
    private static Metadata given(Metadata meta, RawText.Given given) {
        boolean properties = "properties".equals(given.dateSource());
        if (given.title() != null && !given.title().isBlank() && !(properties && meta.title() != null))
            meta = meta.withTitle(given.title().strip());
        if (given.date() != null && !(properties && meta.date() != null)) meta = meta.withDate(given.date(), given.dateSource());
        return meta;
    }

    /**
     * A news item's headline: a first block of one short line, set apart by a blank line, not ending a sentence. Page
     * residue before it (a photo caption, a byline) is passed over and is never the headline; a headline the site cut
     * short still is one.
     */
    private static String headline(String format, List<List<SourceLine>> paragraphs, String[] residue) {
        if (!format.equals("txt") || paragraphs.size() < 2) return null;
        int k = 0;
        while (k < HEADLINE_AFTER_RESIDUE && k < residue.length - 1 && residue[k] != null && !residue[k].equals("truncated")) k++;
        if (residue[k] != null && !residue[k].equals("truncated") || paragraphs.get(k).size() != 1) return null;
        SourceLine first = paragraphs.get(k).get(0), next = paragraphs.get(k + 1).get(0);
        String t = first.trimmed().strip();
        if (next.blanksBefore() == 0 || t.length() < 12 || t.length() > 220) return null;
        char last = t.charAt(t.length() - 1);
        boolean cut = "truncated".equals(residue[k]);                  // "… Liên bang Thụy ..." is still the headline
        if (!cut && (last == '.' || last == ':' || last == ';' || last == ',')) return null;
        return t;
    }

    private static int hashes(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == '#') n++;
        return n <= 6 && n < line.length() && line.charAt(n) == ' ' ? n : 0;
    }

    private List<Section> sections(String text, List<Span> paragraphs, List<Integer> markdown, int bodyEnd) {
        List<String> kinds = new ArrayList<>();
        List<Span> at = new ArrayList<>();
        List<String[]> labelTitle = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            Span p = paragraphs.get(i);
            if (markdown.get(i) == 0 && !HeadingDetector.mayStartHeading(text.substring(p.start(), Math.min(p.end(), p.start() + 24))))
                continue;                                                   // most paragraphs: no string, no regex
            String t = p.of(text);
            var h = headings.detect(t);
            if (markdown.get(i) > 0) {
                // a Markdown heading: its printed label ("II.", "2.1") says more about nesting than its '#' count
                kinds.add(h.map(HeadingDetector.Heading::kind).orElse("MARKDOWN" + markdown.get(i)));
                at.add(p);
                labelTitle.add(h.isPresent() ? new String[] {h.get().label(), t.substring(h.get().titleOffset()).strip()}
                        : new String[] {"#".repeat(markdown.get(i)), t});
                continue;
            }
            if (h.isEmpty()) continue;
            kinds.add(h.get().kind());
            at.add(p);
            labelTitle.add(new String[] {h.get().label(), h.get().title()});
        }
        List<SectionTreeBuilder.Node> nodes = new SectionTreeBuilder().build(kinds);
        List<Section> out = new ArrayList<>();
        for (SectionTreeBuilder.Node n : nodes) {
            int end = bodyEnd;
            for (int k = n.index() + 1; k < nodes.size(); k++)
                if (nodes.get(k).level() <= n.level()) { end = at.get(k).start(); break; }
            String parent = n.parentIndex() < 0 ? null : "s" + (n.parentIndex() + 1);
            Span heading = at.get(n.index());
            out.add(new Section("s" + (n.index() + 1), labelTitle.get(n.index())[0], labelTitle.get(n.index())[1],
                    n.level(), heading, new Span(heading.start(), Math.max(heading.end(), end)), parent));
        }
        return out;
    }

    private static Section innermost(List<Section> sections, int offset) {
        Section best = null;
        for (Section s : sections) if (s.span().contains(offset) && (best == null || s.level() > best.level())) best = s;
        return best;
    }

    private static ParagraphJoiner.Layout layout(String format, List<SourceLine> body) {
        return switch (format) {
            case "pdf" -> ParagraphJoiner.Layout.WRAPPED;
            case "md", "html", "docx" -> ParagraphJoiner.Layout.BLOCKS;
            default -> {
                if (ParagraphJoiner.looksWrapped(body)) yield ParagraphJoiner.Layout.WRAPPED;
                long separated = body.stream().filter(l -> l.blanksBefore() > 0).count();
                yield separated * 2 > body.size() ? ParagraphJoiner.Layout.BLOCKS : ParagraphJoiner.Layout.LINES;
            }
        };
    }

    /** Appends one paragraph or footnote, lines joined by a space, and returns its span; separates blocks by a blank line. */
    private static Span appendBlock(MappedText out, List<SourceLine> lines, int[] keepFrom, int[] skips) {
        if (out.length() > 0) { out.trimTrailingSpace(); out.appendSeparator("\n\n", lines.get(0).start()); }
        int start = out.length();
        for (SourceLine line : lines) {
            int from = keepFrom[line.index()];
            if (isMarkdownHeading(out, line, start)) from = skipHashes(out, line);
            if (out.length() > start && !out.endsWithSpace() && needsSpace(out.last(), firstChar(out, line, from)))
                out.appendSeparator(" ", from);
            out.appendSource(from, line.end(), skips);
        }
        out.trimTrailingSpace();
        return new Span(start, out.length());
    }

    private static boolean isMarkdownHeading(MappedText out, SourceLine line, int blockStart) {
        return out.length() == blockStart && line.trimmed().startsWith("#");
    }

    private static int skipHashes(MappedText out, SourceLine line) {
        String t = line.text();
        int i = line.indent();
        while (i < t.length() && t.charAt(i) == '#') i++;
        while (i < t.length() && t.charAt(i) == ' ') i++;
        return line.start() + i;
    }

    private static char firstChar(MappedText out, SourceLine line, int from) {
        return from < line.end() ? line.text().charAt(from - line.start()) : ' ';
    }

    // "lớn" + ". Tuy" and "20-" + "22/11" join without a space
    private static boolean needsSpace(char last, char next) {
        if (".,;:)!?%”".indexOf(next) >= 0) return false;
        return !(last == '-' && Character.isDigit(next));
    }

    private static int[] markerSkips(List<MarkerFinder.Found> markers) {
        int[] skips = markers.stream().sorted((a, b) -> Integer.compare(a.start(), b.start()))
                .flatMapToInt(f -> java.util.stream.IntStream.of(f.start(), f.end())).toArray();
        return skips;
    }

    /** Offset in the text right after the last body character that precedes the marker in the source. */
    private static int markerOffset(MappedText out, int bodyEnd, int sourceStart) {
        int lo = 0, hi = bodyEnd - 1, best = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (out.sourceOf(mid) < sourceStart) { best = mid; lo = mid + 1; } else hi = mid - 1;
        }
        while (best >= 0 && out.charAt(best) == ' ') best--;  // rarely hit: a marker after a line's trailing space
        return best + 1;
    }
}
