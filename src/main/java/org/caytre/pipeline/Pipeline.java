package org.caytre.pipeline;

import java.nio.file.Path;
import org.caytre.annotate.Annotator;
import org.caytre.extract.Extraction;
import org.caytre.extract.Extractor;
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
    private static volatile Pipeline standard;

    private final DocumentReader reader;
    private final StructureParser structure;
    private final Annotator annotator;
    private final Extractor extractor;

    public Pipeline(DocumentReader reader, StructureParser structure, Annotator annotator, Extractor extractor) {
        this.reader = reader;
        this.structure = structure;
        this.annotator = annotator;
        this.extractor = extractor;
    }

    /** The default pipeline; its stages are immutable and safe to share between threads. */
    public static Pipeline standard() {
        if (standard == null) {
            synchronized (Pipeline.class) {
                if (standard == null)
                    standard = new Pipeline(new DocumentReader(), new StructureParser(), new Annotator(), new Extractor());
            }
        }
        return standard;
    }

    /** Reads and structures one file; throws {@link org.caytre.ingest.IngestException} for unreadable input. */
    public Document parse(Path file) { return structure.parse(reader.read(file)); }

    /** As {@link #parse(Path)}, dated {@code date} (ISO at its precision; the user's {@code --date}) when not null. */
    public Document parse(Path file, String date) {
        RawText raw = reader.read(file);
        return structure.parse(date == null ? raw : raw.withDate(date, "option"));
    }

    public Document parse(RawText raw) { return structure.parse(raw); }

    /** Reads one file to repaired text, with the reader's warnings (encoding conversions, repairs). */
    public RawText read(Path file) { return reader.read(file); }

    /** Reads, structures, annotates and extracts one file. */
    public Extraction extract(Path file) { return extract(parse(file)); }

    public Extraction extract(Path file, String date) { return extract(parse(file, date)); }

    public org.caytre.model.Annotations annotate(Document d) { return annotator.annotate(d); }

    public Extraction extract(Document d) { return extractor.extract(d, annotator.annotate(d)); }
}
