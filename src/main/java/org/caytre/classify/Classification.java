package org.caytre.classify;

import java.util.List;
import java.util.Set;

/**
 * What {@link Relevance} found in one document: its foreign-relations relevance (0 to 1) and, in the order of the
 * document's paragraphs and footnotes, each passage's relevance and the areas of work it serves (empty unless the
 * passage is relevant).
 */
public record Classification(double document, List<Passage> paragraphs, List<Passage> footnotes) {
    /** Relevance at or above this is "about foreign relations". */
    public static final double RELEVANT = 0.5;

    public Classification {
        paragraphs = List.copyOf(paragraphs);
        footnotes = List.copyOf(footnotes);
    }

    public boolean relevant() { return document >= RELEVANT; }

    /** One passage: relevance 0 to 1 and its areas. */
    public record Passage(double relevance, Set<Area> areas) {
        // in the enum's order, the same in every run: what is written from it (store rows, index fields) is reproducible
        public Passage {
            java.util.EnumSet<Area> ordered = java.util.EnumSet.noneOf(Area.class);
            ordered.addAll(areas);
            areas = java.util.Collections.unmodifiableSet(ordered);
        }
        public boolean relevant() { return relevance >= RELEVANT; }
    }
}
