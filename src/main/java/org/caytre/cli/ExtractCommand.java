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

    @Parameters(arity = "1..*", paramLabel = "FILE") List<Path> files;

    @Option(names = "--json", description = "one JSON object per document, one per line (shared/gold/SCHEMA.md + annotations)")
    boolean json;

    @Option(names = "--date", paramLabel = "YYYY[-MM[-DD]]", converter = DateOption.class,
            description = "the documents' date of publication or issue; bare dates in the text take their year from it")
    String date;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ObjectMapper mapper = new ObjectMapper();
        return Batch.run(files, out, spec.commandLine().getErr(), file -> {
            Extraction x = Pipeline.standard().extract(file, date);
            if (json) out.println(mapper.writeValueAsString(ExtractionJson.of(x)));
            else summary(out, x);
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
