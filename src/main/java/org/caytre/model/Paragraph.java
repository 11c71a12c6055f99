package org.caytre.model;

/**
 * A body paragraph: its span in the normalised text, the id of the innermost section holding it (or null), and, when
 * it is page residue rather than the article — a photo caption, a byline, video-player text, a link to a related
 * article, a cut or repeated headline — the kind of residue ({@code caption}, {@code byline}, {@code player},
 * {@code related}, {@code truncated}, {@code repeat}); null for running text.
 */
public record Paragraph(Span span, String sectionId, String residue) {
    public Paragraph(Span span, String sectionId) { this(span, sectionId, null); }

    public boolean isResidue() { return residue != null; }

    /**
     * A caption or the site's cut headline: residue that restates the story itself, so its events are the story's
     * (one event with the body's mention); bylines, players, related links and repeats say nothing of it.
     */
    public boolean restatesStory() { return "caption".equals(residue) || "truncated".equals(residue); }
}
