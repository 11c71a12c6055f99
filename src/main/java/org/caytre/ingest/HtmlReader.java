package org.caytre.ingest;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/** HTML to the plain-text conventions of {@link RawText}: blocks separated by blank lines, headings as '#' lines. */
final class HtmlReader {
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "footer", "li", "tr",
            "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "dd", "dt", "pre", "figcaption",
            "address", "main", "aside", "nav");

    private HtmlReader() {}

    static String toText(String html) {
        Element body = Jsoup.parse(html).body();
        StringBuilder out = new StringBuilder();
        body.traverse(new NodeVisitor() {
            int superscript;

            @Override public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.text();
                    if (superscript > 0) s = Superscript.digits(s);
                    if (!s.isBlank() || (out.length() > 0 && out.charAt(out.length() - 1) != '\n' && out.charAt(out.length() - 1) != ' '))
                        out.append(s.isBlank() ? " " : s);
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("sup")) superscript++;
                    else if (tag.equals("br")) out.append('\n');
                    else if (BLOCKS.contains(tag)) {
                        endBlock(out);
                        if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1)))
                            out.append("#".repeat(tag.charAt(1) - '0')).append(' ');
                        if (tag.equals("li")) out.append("- ");
                    }
                }
            }

            @Override public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (e.normalName().equals("sup")) superscript--;
                    else if (e.normalName().equals("td") || e.normalName().equals("th")) out.append(' ');
                    else if (BLOCKS.contains(e.normalName())) endBlock(out);
                }
            }
        });
        return out.toString().strip() + "\n";
    }

    private static void endBlock(StringBuilder out) {
        int n = out.length();
        while (n > 0 && out.charAt(n - 1) == ' ') n--;
        out.setLength(n);
        if (n == 0 || out.toString().endsWith("\n\n")) return;
        out.append(out.charAt(n - 1) == '\n' ? "\n" : "\n\n");
    }
}
