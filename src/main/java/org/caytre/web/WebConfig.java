package org.caytre.web;

import java.nio.file.Path;

/**
 * How {@code caytre serve} runs: the data directory (SQLite file and search index) or a PostgreSQL URL, where it
 * listens, and the write token that enables uploads (null: uploads are refused). {@code port} 0 picks a free port.
 */
public record WebConfig(Path dataDir, String dbUrl, String host, int port, String writeToken, long maxUploadBytes) {
    public static final long DEFAULT_MAX_UPLOAD = 20L * 1024 * 1024;

    public WebConfig {
        if (writeToken != null && writeToken.isBlank()) writeToken = null;
        if (maxUploadBytes <= 0) throw new IllegalArgumentException("the upload limit must be positive");
    }

    public static WebConfig local(Path dataDir) { return new WebConfig(dataDir, null, "127.0.0.1", 0, null, DEFAULT_MAX_UPLOAD); }

    public WebConfig withWriteToken(String token) { return new WebConfig(dataDir, dbUrl, host, port, token, maxUploadBytes); }

    public WebConfig withPort(int p) { return new WebConfig(dataDir, dbUrl, host, p, writeToken, maxUploadBytes); }
}
