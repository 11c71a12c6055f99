package org.caytre.model;

import java.util.List;

/**
 * One parsed document: the normalised text once, and every structural layer as spans into it.
 *
 * <p>Layout of {@link #text()}: body paragraphs separated by a blank line, then the footnote bodies, each as its own
 * block. Footnote markers are not part of the text (a marker is an offset). {@link #source()} is the repaired source
 * text (NFC, legacy encodings converted); {@link #sourceOffset(int)} maps a text offset back into it so evidence can
 * be quoted verbatim.
 */
public record Document(String name, String text, String source, int[] sourceOffsets, Metadata metadata,
                       List<Section> sections, List<Paragraph> paragraphs, List<Span> sentences,
                       List<Footnote> footnotes, List<Marker> markers, List<Marker> unresolvedMarkers,
                       List<String> warnings) {

    public Document {
        sections = List.copyOf(sections);
        paragraphs = List.copyOf(paragraphs);
        sentences = List.copyOf(sentences);
        footnotes = List.copyOf(footnotes);
        markers = List.copyOf(markers);
        unresolvedMarkers = List.copyOf(unresolvedMarkers);
        warnings = List.copyOf(warnings);
        if (sourceOffsets.length != text.length() + 1)
            throw new IllegalArgumentException("offset map must have text.length()+1 entries");
    }

    /**
     * This document as extraction reads it: the same text, paragraphs and offsets, without the sentences of page-residue
     * paragraphs (bylines, players, related links and repeats are not the article); with {@code keepRestatements},
     * captions and a cut headline keep theirs (see {@link Paragraph#restatesStory()}).
     */
    public Document withoutResidueSentences(boolean keepRestatements) {
        List<Span> residue = paragraphs.stream().filter(p -> p.isResidue() && !(keepRestatements && p.restatesStory()))
                .map(Paragraph::span).toList();
        if (residue.isEmpty()) return this;
        List<Span> kept = new java.util.ArrayList<>(sentences.size());
        int r = 0;                                                    // both lists run in text order
        for (Span s : sentences) {
            while (r < residue.size() && residue.get(r).end() <= s.start()) r++;
            boolean inResidue = r < residue.size() && residue.get(r).start() <= s.start() && s.end() <= residue.get(r).end();
            if (!inResidue) kept.add(s);
        }
        return new Document(name, text, source, sourceOffsets, metadata, sections, paragraphs, kept, footnotes, markers,
                unresolvedMarkers, warnings);
    }

    /** Offset in {@link #source()} of the character at {@code textOffset} (or of the end, for text.length()). */
    public int sourceOffset(int textOffset) { return sourceOffsets[textOffset]; }

    /** Source characters between two neighbouring text characters beyond which the text left the source's flow. */
    private static final int JUMP = 160;

    /**
     * The verbatim source text behind a span of the normalised text. A span whose characters come from two places of
     * the source (a footnote continued after the next page's body) is quoted up to the jump, so the quote never
     * swallows the text in between.
     */
    public String sourceText(Span span) {
        if (span.length() == 0) return "";
        int s = sourceOffsets[span.start()];
        int last = span.end() - 1;
        for (int k = span.start(); k < span.end() - 1; k++)
            if (sourceOffsets[k + 1] - sourceOffsets[k] > JUMP) { last = k; break; }
        int e = sourceOffsets[last] + 1;
        return source.substring(s, Math.max(s, e));
    }

    public String text(Span span) { return span.of(text); }

    /** The section with the given id, or null. */
    public Section section(String id) {
        for (Section s : sections) if (s.id().equals(id)) return s;
        return null;
    }

    /** The innermost section whose span contains the offset, or null. */
    public Section sectionAt(int offset) {
        Section best = null;
        for (Section s : sections)
            if (s.span().contains(offset) && (best == null || s.level() >= best.level())) best = s;
        return best;
    }
}
