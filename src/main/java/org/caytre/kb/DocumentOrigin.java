package org.caytre.kb;

import java.net.URI;
import java.util.Locale;

/**
 * Where a document comes from, as the documents list filters it: the outlet (the JSONL {@code source}, else the host
 * of its {@code url}, without "www.") and its kind (the type its number or title gives — "báo cáo", "công văn" — else
 * "news" for a corpus record, else the file's format). Null when nothing says.
 *
 * <pre>{@code DocumentOrigin.outlet("https://www.vnexpress.net/a.html", null) // "vnexpress.net"}</pre>
 */
public final class DocumentOrigin {
    private DocumentOrigin() {}

    public static String outlet(String url, String origin) {
        if (origin != null && !origin.isBlank()) return origin.strip();
        if (url == null || url.isBlank()) return null;
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) return null;
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** {@code source} is the documents.source column: a path, or "jsonl:" + the record id. */
    public static String kind(String type, String source) {
        if (type != null && !type.isBlank()) return type.strip();
        if (source == null) return null;
        if (source.startsWith("jsonl:")) return "news";
        String name = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1 ? null : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
