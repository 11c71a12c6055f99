package org.caytre.kb;

import java.nio.file.Path;
import java.util.Locale;

/** Whether a file in a folder is something ingest reads (the formats of {@link IngestInput#EXTENSIONS}). */
public final class Ingestible {
    private Ingestible() {}

    public static boolean file(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && IngestInput.EXTENSIONS.stream().anyMatch(name::endsWith);
    }
}
