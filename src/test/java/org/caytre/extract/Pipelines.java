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
        return extract(text, null);
    }

    /** A news item published on {@code date} (as {@code --date} gives it), or with no date when null. */
    static Extraction extract(String text, String date) {
        RawText raw = new RawText("test.txt", "txt", text, List.of());
        Document d = new StructureParser().parse(date == null ? raw : raw.withDate(date, "option"));
        return new Extractor().extract(d, ANNOTATOR.annotate(d));
    }
}
