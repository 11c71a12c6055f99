package org.caytre.pipeline;

import java.nio.file.Path;
import org.caytre.ingest.DocumentReader;
import org.caytre.ingest.RawText;
import org.caytre.model.Document;
import org.caytre.structure.StructureParser;

/**
 * The one place the stages are assembled; the CLI, the web server and batch jobs all go through it.
 *
 * <pre>{@code Document doc = Pipeline.standard().parse(Path.of("bao-cao.pdf")); }</pre>
 */
public final class Pipeline {
    private static final Pipeline STANDARD = new Pipeline(new DocumentReader(), new StructureParser());

    private final DocumentReader reader;
    private final StructureParser structure;

    public Pipeline(DocumentReader reader, StructureParser structure) {
        this.reader = reader;
        this.structure = structure;
    }

    /** The default pipeline; its stages are immutable and safe to share between threads. */
    public static Pipeline standard() { return STANDARD; }

    /** Reads and structures one file; throws {@link org.caytre.ingest.IngestException} for unreadable input. */
    public Document parse(Path file) { return structure.parse(reader.read(file)); }

    public Document parse(RawText raw) { return structure.parse(raw); }
}
