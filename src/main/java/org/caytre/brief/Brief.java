package org.caytre.brief;

import java.util.List;

/**
 * A written brief: its title, its sections in order (the last one gives the period and the sources), and the
 * footnotes the sections' sentences point to. Each section's blocks are Markdown paragraphs (one sentence each) or
 * a table or a chart's figure line ({@code ![caption](file.svg)}), ready to write; {@code charts} are the drawings.
 */
public record Brief(String title, List<Section> sections, List<Footnote> footnotes, String undated, List<Chart> charts) {
    public Brief {
        sections = List.copyOf(sections);
        footnotes = List.copyOf(footnotes);
        charts = List.copyOf(charts);
    }

    /** The charts by the file name the Markdown links. */
    public java.util.Map<String, Chart> chartsByFile() {
        java.util.Map<String, Chart> out = new java.util.LinkedHashMap<>();
        for (Chart c : charts) out.put(c.file(), c);
        return out;
    }

    /** One section: its key (general, political, economic, multilateral, citizens, sources), heading and blocks. */
    public record Section(String key, String heading, List<String> blocks) {
        public Section { blocks = List.copyOf(blocks); }
    }

    /** The brief as Markdown with footnotes ({@code [^n]}), as GitHub and pandoc read them; charts link their SVG files. */
    public String toMarkdown() { return toMarkdown(false); }

    /** The same, with {@code inlineCharts} each chart's SVG in its link as a data URI (one file to download). */
    public String toMarkdown(boolean inlineCharts) {
        StringBuilder md = new StringBuilder("# ").append(title).append("\n");
        for (Section s : sections) {
            md.append("\n## ").append(s.heading()).append("\n");
            for (String block : s.blocks()) {
                if (inlineCharts)
                    for (Chart c : charts)
                        block = block.replace("](" + c.file() + ")", "](data:image/svg+xml;base64," + java.util.Base64.getEncoder().encodeToString(c.svg()) + ")");
                md.append("\n").append(block).append("\n");
            }
        }
        if (!footnotes.isEmpty()) md.append("\n");
        for (Footnote f : footnotes) md.append(f.markdown(undated)).append("\n");
        return md.toString();
    }
}
