package org.caytre.structure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Nests headings by the order their kinds appear, as Pandoc does for Markdown: a kind seen again closes everything
 * opened after it and becomes a sibling; a kind not open yet nests under the current heading. So "1." under "I."
 * is nested, "Thứ nhất" under "1." is nested, and a later "II." closes both.
 */
public final class SectionTreeBuilder {
    /** Heading {@code index} (in input order) sits at {@code level} (1 = top) under {@code parentIndex} (−1: root). */
    public record Node(int index, int level, int parentIndex) {}

    public List<Node> build(List<String> kindsInOrder) {
        List<Node> out = new ArrayList<>();
        Deque<int[]> open = new ArrayDeque<>();        // {index, level}, innermost first
        for (int i = 0; i < kindsInOrder.size(); i++) {
            String kind = kindsInOrder.get(i);
            boolean seen = false;
            for (int[] o : open) if (kindsInOrder.get(o[0]).equals(kind)) { seen = true; break; }
            if (seen) {
                while (!kindsInOrder.get(open.peek()[0]).equals(kind)) open.pop();
                open.pop();
            }
            int parent = open.isEmpty() ? -1 : open.peek()[0];
            int level = open.size() + 1;
            out.add(new Node(i, level, parent));
            open.push(new int[] {i, level});
        }
        return out;
    }
}
