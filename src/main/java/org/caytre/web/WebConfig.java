package org.caytre.web;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How {@code caytre serve} runs: the data directory (SQLite file, search index, request log) or a PostgreSQL URL,
 * where it listens, the write token that enables uploads (null: uploads are refused), and the host names a request
 * may carry in its {@code Host} header besides the loopback names and the bound address (a page on another site
 * reaching the server through DNS rebinding carries its own name and is refused). {@code port} 0 picks a free port.
 * {@code reviewers} is the token file of the named reviewers (null: only the write token may review).
 */
public record WebConfig(Path dataDir, String dbUrl, String host, int port, String writeToken, long maxUploadBytes,
                        Set<String> allowedHosts, Path reviewers) {
    public static final long DEFAULT_MAX_UPLOAD = 20L * 1024 * 1024;
    /** Always allowed: the names a browser on this machine uses. */
    static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    public WebConfig {
        if (writeToken != null && writeToken.isBlank()) writeToken = null;
        if (maxUploadBytes <= 0) throw new IllegalArgumentException("the upload limit must be positive");
        Set<String> hosts = new LinkedHashSet<>(LOOPBACK);
        if (host != null && !host.isBlank() && !host.equals("0.0.0.0") && !host.equals("::")) hosts.add(normal(host));
        if (allowedHosts != null) for (String h : allowedHosts) if (h != null && !h.isBlank()) hosts.add(normal(h));
        allowedHosts = Set.copyOf(hosts);
    }

    public WebConfig(Path dataDir, String dbUrl, String host, int port, String writeToken, long maxUploadBytes) {
        this(dataDir, dbUrl, host, port, writeToken, maxUploadBytes, Set.of(), null);
    }

    public static WebConfig local(Path dataDir) { return new WebConfig(dataDir, null, "127.0.0.1", 0, null, DEFAULT_MAX_UPLOAD); }

    public WebConfig withWriteToken(String token) { return new WebConfig(dataDir, dbUrl, host, port, token, maxUploadBytes, allowedHosts, reviewers); }

    public WebConfig withPort(int p) { return new WebConfig(dataDir, dbUrl, host, p, writeToken, maxUploadBytes, allowedHosts, reviewers); }

    public WebConfig withAllowedHosts(Set<String> names) { return new WebConfig(dataDir, dbUrl, host, port, writeToken, maxUploadBytes, names, reviewers); }

    public WebConfig withReviewers(Path file) { return new WebConfig(dataDir, dbUrl, host, port, writeToken, maxUploadBytes, allowedHosts, file); }

    /** Whether a {@code Host} header (name or address, with or without a port) names this server. */
    boolean allows(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) return false;
        String h = hostHeader.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            h = end < 0 ? h : h.substring(0, end + 1);
        } else if (h.indexOf(':') == h.lastIndexOf(':') && h.contains(":")) {
            h = h.substring(0, h.indexOf(':'));
        }
        if (h.endsWith(".")) h = h.substring(0, h.length() - 1);
        return allowedHosts.contains(h);
    }

    /** Lower case, IPv6 addresses in brackets as they appear in a Host header. */
    private static String normal(String name) {
        String h = name.strip().toLowerCase(Locale.ROOT);
        return h.contains(":") && !h.startsWith("[") ? "[" + h + "]" : h;
    }
}
