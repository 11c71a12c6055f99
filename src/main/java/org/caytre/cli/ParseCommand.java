package org.caytre.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.caytre.model.Document;
import org.caytre.model.Footnote;
import org.caytre.model.Paragraph;
import org.caytre.model.Section;
import org.caytre.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code caytre parse FILE…}: reads, repairs and structures documents; one JSON object per line with --json. */
@Command(name = "parse", description = "Read documents and print their structure (outline, or JSON with --json).")
final class ParseCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "txt, md, html, pdf or docx files")
    List<Path> files;

    @Option(names = "--json", description = "one JSON object per document, one per line")
    boolean json;

    @Option(names = "--date", paramLabel = "YYYY[-MM[-DD]]", converter = DateOption.class,
            description = "the documents' date of publication or issue; bare dates in the text take their year from it")
    String date;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ObjectMapper mapper = new ObjectMapper();
        return Batch.run(files, out, spec.commandLine().getErr(), file -> {
            Document d = Pipeline.standard().parse(file, date);
            if (json) out.println(mapper.writeValueAsString(DocumentJson.of(d)));
            else outline(out, d);
        });
    }

    private static void outline(PrintWriter out, Document d) {
        var m = d.metadata();
        out.println("== " + d.name());
        out.printf("title: %s%nissuer: %s%nnumber: %s%nplace/date: %s, %s%ntype: %s%nreference year: %s%n",
                m.title(), m.issuer(), m.number(), m.place(), m.date(), m.type(), m.referenceYear());
        out.printf("%d paragraphs, %d sentences, %d footnotes, %d unresolved markers%n", d.paragraphs().size(),
                d.sentences().size(), d.footnotes().size(), d.unresolvedMarkers().size());
        for (Section s : d.sections()) out.println("  ".repeat(s.level()) + s.label() + " " + s.title());
        for (Footnote f : d.footnotes()) {
            String t = d.text(f.body());
            out.printf("  [%d] %s%n", f.number(), t.length() > 100 ? t.substring(0, 100) + "…" : t);
        }
        for (String w : d.warnings()) out.println("  warning: " + w);
        int shown = 0;
        for (Paragraph p : d.paragraphs()) {
            if (shown++ == 3) break;
            String t = d.text(p.span());
            out.println("  ¶ " + (t.length() > 120 ? t.substring(0, 120) + "…" : t));
        }
    }
}
