package org.caytre.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.caytre.extract.Extraction;
import org.caytre.model.PersonMention;
import org.caytre.extract.ExtractionJson;
import org.caytre.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code caytre extract FILE…}: entities, events and statistics per document (JSON per line with --json). */
@Command(name = "extract", description = "Recognise entities, dates, quantities, events and statistics in documents.")
final class ExtractCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "txt, md, html, pdf or docx files; folders (recursive); .jsonl(.gz): one document per line; - for standard input")
    List<Path> files;

    @Option(names = "--json", description = "one JSON object per document, one per line (shared/gold/SCHEMA.md + annotations)")
    boolean json;

    @Option(names = "--date", paramLabel = "YYYY[-MM[-DD]]", converter = DateOption.class,
            description = "the documents' date of publication or issue; bare dates in the text take their year from it")
    String date;

    @picocli.CommandLine.Mixin ReadingOptions reading;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ObjectMapper mapper = new ObjectMapper();
        return Batch.run(files, reading.batch(date), out, spec.commandLine().getErr(), raw -> {
            Pipeline pipeline = Pipeline.standard();
            Extraction x = pipeline.extract(pipeline.parse(raw));
            if (json) return mapper.writeValueAsString(ExtractionJson.of(x));
            java.io.StringWriter text = new java.io.StringWriter();
            summary(new PrintWriter(text), x);
            return text.toString().stripTrailing();
        });
    }

    private static void summary(PrintWriter out, Extraction x) {
        var a = x.annotations();
        out.printf("== %s: %d entities (%d distinct ids), %d people, %d dates, %d quantities, %d events, %d statistics%n",
                x.document().name(), a.entities().size(), x.entities().size(), a.people().size(), a.dates().size(),
                a.quantities().size(), x.events().size(), x.statistics().size());
        out.println("  ids: " + String.join(" ", x.entities()));
        for (PersonMention p : a.people())
            out.printf("  %s %s (%s)%n", p.title(), p.name(), p.countryId() == null ? "?" : p.countryId());
    }
}
