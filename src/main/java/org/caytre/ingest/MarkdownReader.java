package org.caytre.ingest;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Markdown (CommonMark) to the plain-text conventions of {@link RawText}, by walking commonmark's syntax tree; YAML
 * front matter ({@link FrontMatter}) gives the title and date.
 */
final class MarkdownReader {
    private static final Parser PARSER = Parser.builder().build();

    private MarkdownReader() {}

    static String toText(String markdown) {
        Renderer r = new Renderer();
        PARSER.parse(markdown).accept(r);
        return r.out.toString();
    }

    /** The text of a Markdown file, its front matter (title, date) given apart and never part of the text. */
    static Content read(String markdown) {
        FrontMatter front = FrontMatter.split(markdown);
        return new Content(toText(front.body()), front.given());
    }

    private static final class Renderer extends AbstractVisitor {
        final StringBuilder out = new StringBuilder();
        private boolean superscript;

        private void endBlock() {
            int n = out.length();
            while (n > 0 && out.charAt(n - 1) == ' ') n--;
            out.setLength(n);
            if (n > 0 && out.charAt(n - 1) != '\n') out.append('\n');
            if (n > 0 && !(out.length() >= 2 && out.charAt(out.length() - 2) == '\n')) out.append('\n');  // no toString: linear
        }

        @Override public void visit(Heading h) { out.append("#".repeat(h.getLevel())).append(' '); visitChildren(h); endBlock(); }
        @Override public void visit(Paragraph p) { visitChildren(p); endBlock(); }
        @Override public void visit(ListItem li) { out.append("- "); visitChildren(li); endBlock(); }
        @Override public void visit(BulletList l) { visitChildren(l); }
        @Override public void visit(OrderedList l) { visitChildren(l); }
        @Override public void visit(BlockQuote q) { visitChildren(q); }
        @Override public void visit(ThematicBreak t) { endBlock(); }
        @Override public void visit(SoftLineBreak b) { out.append('\n'); }
        @Override public void visit(HardLineBreak b) { out.append('\n'); }
        @Override public void visit(Code c) { out.append(c.getLiteral()); }
        @Override public void visit(FencedCodeBlock c) { out.append(c.getLiteral()); endBlock(); }
        @Override public void visit(IndentedCodeBlock c) { out.append(c.getLiteral()); endBlock(); }
        @Override public void visit(HtmlBlock b) { out.append(HtmlReader.toText(b.getLiteral())); endBlock(); }

        @Override public void visit(HtmlInline h) {
            String tag = h.getLiteral().toLowerCase();
            if (tag.startsWith("<sup")) superscript = true;
            else if (tag.startsWith("</sup")) superscript = false;
            else if (tag.startsWith("<br")) out.append('\n');
        }

        @Override public void visit(Text t) {
            String s = t.getLiteral();
            out.append(superscript ? Superscript.digits(s) : s);
        }

        @Override protected void visitChildren(Node parent) { super.visitChildren(parent); }
    }
}
