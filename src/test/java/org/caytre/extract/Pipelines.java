package org.caytre.extract;

import java.util.List;
import org.caytre.annotate.Annotator;
import org.caytre.ingest.RawText;
import org.caytre.model.Document;
import org.caytre.structure.StructureParser;

/** Runs structure, annotation and extraction over a short text written for a test. */
final class Pipelines {
    private static final Annotator ANNOTATOR = new Annotator();

    private Pipelines() {}

    static Extraction extract(String text) {
        Document d = new StructureParser().parse(new RawText("test.txt", "txt", text, List.of()));
        return new Extractor().extract(d, ANNOTATOR.annotate(d));
    }
}
