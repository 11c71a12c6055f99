package org.caytre.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import org.caytre.ingest.DocumentReader;
import org.caytre.ingest.IngestException;
import org.caytre.ingest.RawText;
import org.caytre.structure.StructureParser;

/**
 * Fuzzing (Jazzer) of every reader and of the structure stage: any input either reads or fails with an
 * {@link IngestException}; no other exception, no hang. In the normal test suite each target runs its seeds
 * ({@code src/test/resources/org/caytre/fuzz/ReadersFuzzTestInputs/TARGET/}) and a few seconds of fuzzing when
 * {@code JAZZER_FUZZ=1}; see README "Fuzzing" for the long run. A crash found is kept there as a regression input.
 */
class ReadersFuzzTest {
    private static final DocumentReader READER = new DocumentReader(4L * 1024 * 1024);
    private static final StructureParser STRUCTURE = new StructureParser();

    private static void readAndStructure(String name, byte[] bytes) {
        RawText raw;
        try {
            raw = READER.read(Path.of(name), bytes);
        } catch (IngestException expected) {
            return;
        }
        STRUCTURE.parse(raw);
    }

    @FuzzTest(maxDuration = "5s")
    void text(byte[] bytes) { readAndStructure("fuzz.txt", bytes); }

    @FuzzTest(maxDuration = "5s")
    void html(byte[] bytes) { readAndStructure("fuzz.html", bytes); }

    @FuzzTest(maxDuration = "5s")
    void markdown(byte[] bytes) { readAndStructure("fuzz.md", bytes); }

    @FuzzTest(maxDuration = "5s")
    void docx(byte[] bytes) { readAndStructure("fuzz.docx", bytes); }

    @FuzzTest(maxDuration = "5s")
    void pdf(byte[] bytes) { readAndStructure("fuzz.pdf", bytes); }

    /** The whole pipeline on any news-like text, dated or not: extraction never throws (a crash loses a document). */
    @FuzzTest(maxDuration = "5s")
    void extraction(byte[] bytes) {
        if (bytes.length == 0) return;
        String text = new String(bytes, 1, bytes.length - 1, java.nio.charset.StandardCharsets.UTF_8);
        RawText raw = new RawText("fuzz", "txt", text, java.util.List.of());
        if ((bytes[0] & 1) == 1) raw = raw.withDate((bytes[0] & 2) == 2 ? "2019" : "2019-06-01", "option");   // news, coarse or exact
        org.caytre.pipeline.Pipeline p = org.caytre.pipeline.Pipeline.standard();
        p.extract(p.parse(raw));
    }

    /** The structure stage on any text (as the readers' conventions allow: '\n' lines, '\f' pages, superscripts). */
    @FuzzTest(maxDuration = "5s")
    void structure(byte[] bytes) {
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        for (String format : new String[] {"txt", "pdf", "md"}) STRUCTURE.parse(new RawText("fuzz", format, text, java.util.List.of()));
    }
}
