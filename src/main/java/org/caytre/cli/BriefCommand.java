package org.caytre.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.caytre.brief.Brief;
import org.caytre.brief.BriefBuilder;
import org.caytre.brief.BriefFormat;
import org.caytre.brief.SearchScope;
import org.caytre.kb.Store;
import org.caytre.search.PassageIndex;
import org.caytre.search.SearchRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code caytre brief [--country ISO] [--area A] --from YYYY --to YYYY [--lang vi|en] --format md|docx|pdf OUT}: a
 * footnoted country (or area) brief; {@code caytre brief --query "…" [search filters] OUT}: the brief of the documents a
 * search returns.
 */
@Command(name = "brief", description = "A country's (or an area of work's, or a search's documents') brief: sections of a foreign-affairs review, every sentence footnoted with document, date and evidence.")
final class BriefCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions storeOptions;

    @Option(names = "--country", paramLabel = "COUNTRY", description = "ISO 3166 alpha-3 code or any name (Hoa Kỳ, USA); without it, the brief of --area; with --query, only passages naming it") String country;
    @Option(names = {"--area", "--topic"}, paramLabel = "AREA", description = "area of work (multilateral, economic, …): only events reported in its passages; without --country, the area's brief; with --query, only passages of the area") String area;
    @Option(names = "--from", paramLabel = "YYYY", description = "first year of the period (with --query: documents dated on or after, YYYY[-MM[-DD]])") String from;
    @Option(names = "--to", paramLabel = "YYYY", description = "last year of the period (with --query: documents dated on or before)") String to;
    @Option(names = "--query", paramLabel = "WORDS", description = "the brief of the documents this search returns (words, \"phrases\", -excluded words, as caytre search)") String query;
    @Option(names = "--type", paramLabel = "T", description = "with --query: only passages with an event of this type") String type;
    @Option(names = "--doc", paramLabel = "ID", description = "with --query: only passages of this document") String doc;
    @Option(names = "--outlet", paramLabel = "O", description = "with --query: only documents of this outlet") String outlet;
    @Option(names = "--kind", paramLabel = "K", description = "with --query: only documents of this kind") String kind;
    @Option(names = "--include-withdrawn", description = "with --query: also withdrawn documents") boolean includeWithdrawn;
    @Option(names = "--max-documents", paramLabel = "N", defaultValue = "" + SearchScope.DEFAULT_CAP,
            description = "with --query: use at most the N documents ranked first (default ${DEFAULT-VALUE}, at most " + SearchScope.MAX_CAP + ")") int maxDocuments;
    @Option(names = "--matched-passages", description = "with --query: only what is read from the passages the search matched, not from the whole documents") boolean matchedPassages;
    @Option(names = "--lang", defaultValue = "vi", paramLabel = "vi|en", description = "language of the brief (default vi)") String lang;
    @Option(names = "--format", defaultValue = "md", paramLabel = "md|docx|pdf", description = "md (charts as SVG files beside it), docx (Word footnotes) or pdf (default md)") String format;
    @Option(names = "--all", description = "every event that is not rejected, not only the corroborated or confident ones") boolean all;
    @Option(names = "--all-passages", description = "also what was read from passages not about foreign relations (by default only those about foreign relations count, as on the timeline and country pages)") boolean allPassages;
    @Parameters(index = "0", paramLabel = "OUT", description = "file to write") Path out;

    @Override
    public Integer call() throws Exception {
        BriefFormat as;
        try {
            as = BriefFormat.of(format);
            if (query == null) {
                for (Object searchOnly : new Object[] {type, doc, outlet, kind, matchedPassages ? true : null})
                    if (searchOnly != null) throw new IllegalArgumentException("--type, --doc, --outlet, --kind and --matched-passages go with --query");
            } else if (maxDocuments < 1 || maxDocuments > SearchScope.MAX_CAP) {
                throw new IllegalArgumentException("--max-documents must be 1–" + SearchScope.MAX_CAP + ", not " + maxDocuments);
            }
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
        Brief brief;
        try (Store store = storeOptions.open()) {
            // a mistyped --data makes a new, empty store: a brief of nothing would look like a period without events
            if (new org.caytre.kb.DocumentCatalog(store).list(org.caytre.kb.DocumentCatalog.Filter.ALL, new org.caytre.kb.Page(0, 1), "id").total() == 0)
                return usage("the store holds no documents; ingest some first (caytre ingest --data DIR FILES…)");
            BriefBuilder.Request request;
            try {
                request = query == null ? BriefBuilder.Request.parse(country, area, year("--from", from), year("--to", to), lang, all, !allPassages)
                        : BriefBuilder.Request.search(scope(store), lang, all, !allPassages);
            } catch (IllegalArgumentException e) {
                return usage(e.getMessage());
            }
            brief = BriefBuilder.build(store, request);
        }
        as.write(brief, out);
        spec.commandLine().getOut().printf("brief: %d sections, %d footnotes written to %s%n", brief.sections().size(), brief.footnotes().size(), out);
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** The documents the search returns, as caytre search would find them (withdrawn ones left out unless asked). */
    private SearchScope scope(Store store) throws java.sql.SQLException {
        org.caytre.search.EntityIds.entity(country);   // an unknown country is a usage error, not "0 documents"
        for (String[] date : new String[][] {{"--from", from}, {"--to", to}})
            if (date[1] != null && !date[1].matches("\\d{4}(-\\d{2}(-\\d{2})?)?"))
                throw new IllegalArgumentException(date[0] + " must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), not '" + date[1] + "'");
        if (query.isBlank() && country == null && type == null && from == null && to == null && doc == null && outlet == null && kind == null && area == null)
            throw new IllegalArgumentException("--query needs words or a filter (--country, --type, --from, --to, --doc, --outlet, --kind, --area)");
        org.caytre.classify.Area topic = area == null ? null : org.caytre.classify.Area.parse(area);
        List<String> docs = new org.caytre.kb.DocumentCatalog(store).searchScope(doc, outlet, kind);
        List<String> withdrawn = includeWithdrawn ? List.of() : new org.caytre.kb.Withdrawals(store).ids();
        SearchRequest request = new SearchRequest(query, 1, country, type == null ? null : type.toUpperCase(java.util.Locale.ROOT),
                from, to, 0, docs, withdrawn).withArea(topic == null ? null : topic.code());
        Map<String, String> filters = new LinkedHashMap<>();
        String[][] given = {{"country", country}, {"type", type}, {"from", from}, {"to", to}, {"doc", doc}, {"outlet", outlet}, {"kind", kind}, {"area", area}};
        for (String[] f : given) if (f[1] != null) filters.put(f[0], f[1]);
        try (PassageIndex index = PassageIndex.openReadOnly(storeOptions.indexDir())) {
            return SearchScope.of(index, request, filters, maxDocuments, matchedPassages);
        }
    }

    private static int year(String option, String value) {
        if (value == null || !value.matches("\\d{4}")) throw new IllegalArgumentException(option + " must be a year (YYYY)" + (value == null ? "" : ", not '" + value + "'"));
        return Integer.parseInt(value);
    }

    private int usage(String message) {
        spec.commandLine().getErr().println("caytre brief: " + message);
        spec.commandLine().getErr().flush();
        return 2;
    }
}
