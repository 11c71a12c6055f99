package org.caytre.ingest;

import java.nio.file.Path;

/** A file that cannot be read, with the reason in words a user can act on. The message is "FILE: REASON". */
public final class IngestException extends RuntimeException {
    private final transient Path path;
    private final String reason;

    public IngestException(Path path, String reason) { this(path, reason, null); }

    public IngestException(Path path, String reason, Throwable cause) {
        super(path + ": " + reason, cause);
        this.path = path;
        this.reason = reason;
    }

    public Path path() { return path; }

    public String reason() { return reason; }
}
