package org.caytre.ingest;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.caytre.internal.DataFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * HTML to the plain-text conventions of {@link RawText}: blocks separated by blank lines, headings as '#' lines.
 * Scripts, styles, navigation and cookie banners are not text. The page's publication date (Open Graph / article
 * meta, Dublin Core, {@code <time datetime>}) and its headline ({@code og:title}, else {@code <title>} without the
 * site's name) are given as {@link RawText.Given} with date source {@code html}.
 */
final class HtmlReader {
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "footer", "li", "tr",
            "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "dd", "dt", "pre", "figcaption",
            "address", "main", "aside", "nav");
    /** Elements whose content is never document text. */
    private static final String NOT_TEXT = "script, style, noscript, template, iframe, svg, canvas, object, button, "
            + "select, nav, [role=navigation], [aria-hidden=true], [hidden]";
    /** Consent and cookie banners, by their usual ids and classes. */
    private static final Pattern BANNER = Pattern.compile("(?i)cookie|consent|gdpr|cmp-");
    /** Where pages put their publication date, most specific first. */
    private static final List<String> DATE_META = List.of(
            "meta[property=article:published_time]", "meta[name=article:published_time]",
            "meta[itemprop=datePublished]", "meta[property=og:published_time]", "meta[name=pubdate]",
            "meta[name=publishdate]", "meta[name=dc.date.issued]", "meta[name=dcterms.date]", "meta[name=dc.date]",
            "meta[name=date]", "meta[property=article:modified_time]");
    private static final List<Pattern> SITE_NAMES = DataFiles.patterns("/ingest/site-names.txt",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TITLE_PARTS = Pattern.compile("\\s+(?:\\||::|-|–|—|»)\\s+");

    private HtmlReader() {}

    /** The page's text and what its head says (title, date). */
    static Content read(String html) {
        Document page = Jsoup.parse(html);
        RawText.Given given = new RawText.Given(title(page), date(page), null);
        if (given.date() != null) given = new RawText.Given(given.title(), given.date(), "html");
        return new Content(text(page.body()), given);
    }

    /** Text of an HTML fragment (a Markdown HTML block). */
    static String toText(String html) { return text(Jsoup.parse(html).body()); }

    private static String date(Document page) {
        for (String query : DATE_META) {
            for (Element e : page.select(query)) {
                String d = PublicationDate.lenient(e.attr("content"));
                if (d != null) return d;
            }
        }
        for (Element e : page.select("time[datetime], time[pubdate]")) {
            String d = PublicationDate.lenient(e.attr("datetime"));
            if (d != null) return d;
        }
        return null;
    }

    private static String title(Document page) {
        String siteName = page.select("meta[property=og:site_name]").attr("content").strip();
        String t = page.select("meta[property=og:title], meta[name=og:title]").attr("content").strip();
        if (t.isEmpty()) t = page.title().strip();
        return t.isEmpty() ? null : withoutSiteName(t, siteName);
    }

    /** "Việt Nam - Lào ký kết hiệp định | VnExpress" → "Việt Nam - Lào ký kết hiệp định". */
    static String withoutSiteName(String title, String siteName) {
        String t = title;
        for (int guard = 0; guard < 3; guard++) {
            var m = TITLE_PARTS.matcher(t);
            int cut = -1, after = -1;
            while (m.find()) { cut = m.start(); after = m.end(); }
            if (cut <= 0) break;
            String last = t.substring(after).strip();
            boolean bar = t.substring(cut, after).strip().equals("|");
            if (!(bar || last.equalsIgnoreCase(siteName) || isSiteName(last))) break;
            t = t.substring(0, cut).strip();
        }
        return t;
    }

    private static boolean isSiteName(String part) {
        for (Pattern p : SITE_NAMES) if (p.matcher(part).matches()) return true;
        return false;
    }

    private static String text(Element body) {
        body.select(NOT_TEXT).remove();
        for (Element e : body.select("[id], [class]"))
            if (e.parent() != null && BANNER.matcher(e.id() + " " + e.className()).find()) e.remove();
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
        if (n == 0 || endsWithBlankLine(out)) return;
        out.append(out.charAt(n - 1) == '\n' ? "\n" : "\n\n");
    }

    // not out.toString().endsWith(…): that copies the whole text at every block (quadratic on big pages)
    private static boolean endsWithBlankLine(StringBuilder out) {
        int n = out.length();
        return n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) == '\n';
    }
}
