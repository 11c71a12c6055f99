package org.caytre.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.caytre.brief.Brief;
import org.caytre.brief.BriefBuilder;
import org.caytre.brief.BriefFormat;
import org.caytre.kb.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code caytre brief [--country ISO] [--area A] --from YYYY --to YYYY [--lang vi|en] --format md|docx|pdf OUT}: a footnoted country brief. */
@Command(name = "brief", description = "A country's (or an area of work's) brief over a period: sections of a foreign-affairs review, every sentence footnoted with document, date and evidence.")
final class BriefCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions storeOptions;

    @Option(names = "--country", paramLabel = "COUNTRY", description = "ISO 3166 alpha-3 code or any name (Hoa Kỳ, USA); without it, the brief of --area") String country;
    @Option(names = {"--area", "--topic"}, paramLabel = "AREA", description = "area of work (multilateral, economic, …): only events reported in its passages; without --country, the area's brief") String area;
    @Option(names = "--from", required = true, paramLabel = "YYYY", description = "first year of the period") int from;
    @Option(names = "--to", required = true, paramLabel = "YYYY", description = "last year of the period") int to;
    @Option(names = "--lang", defaultValue = "vi", paramLabel = "vi|en", description = "language of the brief (default vi)") String lang;
    @Option(names = "--format", defaultValue = "md", paramLabel = "md|docx|pdf", description = "md (charts as SVG files beside it), docx (Word footnotes) or pdf (default md)") String format;
    @Option(names = "--all", description = "every event that is not rejected, not only the corroborated or confident ones") boolean all;
    @Parameters(index = "0", paramLabel = "OUT", description = "file to write") Path out;

    @Override
    public Integer call() throws Exception {
        BriefBuilder.Request request;
        BriefFormat as;
        try {
            as = BriefFormat.of(format);
            request = BriefBuilder.Request.parse(country, area, from, to, lang, all);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("caytre brief: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return 2;
        }
        Brief brief;
        try (Store store = storeOptions.open()) {
            // a mistyped --data makes a new, empty store: a brief of nothing would look like a period without events
            if (new org.caytre.kb.DocumentCatalog(store).list(org.caytre.kb.DocumentCatalog.Filter.ALL, new org.caytre.kb.Page(0, 1), "id").total() == 0) {
                spec.commandLine().getErr().println("caytre brief: the store holds no documents; ingest some first (caytre ingest --data DIR FILES…)");
                spec.commandLine().getErr().flush();
                return 2;
            }
            brief = BriefBuilder.build(store, request);
        }
        as.write(brief, out);
        spec.commandLine().getOut().printf("brief: %d sections, %d footnotes written to %s%n", brief.sections().size(), brief.footnotes().size(), out);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
