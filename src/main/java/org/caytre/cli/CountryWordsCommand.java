package org.caytre.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import org.caytre.annotate.CountryWords;
import org.caytre.ingest.JsonlCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code caytre country-words}: derive the lexicon of words and names holding a country's syllable from a corpus. */
@Command(name = "country-words", description = "Derive gazetteer/country-words.tsv (words and names that hold a one-syllable "
        + "country name) from the syllable pairs of a .jsonl(.gz) corpus.")
final class CountryWordsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--corpus", description = "default: ${DEFAULT-VALUE}", defaultValue = "../shared/bench/vietnews-30k.jsonl.gz") Path corpus;
    @Option(names = "--min", description = "fewest occurrences of a pair (default: ${DEFAULT-VALUE})", defaultValue = "8") int min;
    @Option(names = "--share", description = "least share of the pair's uses in its form (default: ${DEFAULT-VALUE})", defaultValue = "0.8") double share;
    @Option(names = "--pmi", description = "least pointwise mutual information of a word (default: ${DEFAULT-VALUE})", defaultValue = "3.0") double pmi;
    @Option(names = "--vietnamese", description = "fewest lower-case uses that make a syllable Vietnamese (default: ${DEFAULT-VALUE})",
            defaultValue = "10") int vietnamese;
    @Parameters(paramLabel = "OUT", description = "the TSV to write") Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(corpus)) {
            err.println("caytre: " + corpus + ": no such corpus");
            return 2;
        }
        CountryWords.Thresholds t;
        try {
            t = new CountryWords.Thresholds(min, share, pmi, vietnamese);
        } catch (IllegalArgumentException e) {
            err.println("caytre country-words: " + e.getMessage());
            return 2;
        }
        Path dir = out.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            err.println("caytre: " + out + ": its folder does not exist");
            return 2;
        }
        CountryWords counts = new CountryWords();
        int docs = 0;
        try (JsonlCorpus c = JsonlCorpus.open(corpus, line -> err.println("caytre: " + corpus + ": " + line))) {
            for (JsonlCorpus.NewsRecord r : c) {
                if (r.title() != null) counts.add(r.title());
                counts.add(r.text());
                docs++;
            }
        }
        List<CountryWords.Pair> pairs = counts.derive(t);
        Path tmp = out.resolveSibling(out.getFileName() + ".part");
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8))) {
            w.println("# Words and names of Vietnamese that hold a one-syllable country name: a capitalised country name inside one");
            w.println("# of them is no country (\"Pháp luật\" opening a sentence, \"Đỗ Mỹ Linh\", \"Lào Cai\"). Loaded as blockers, case-sensitive.");
            w.println("# DERIVED, not typed: `caytre country-words --corpus " + corpus.getFileName() + " --min " + min + " --share " + share
                    + " --pmi " + pmi + " --vietnamese " + vietnamese + " OUT` over " + docs + " articles (" + counts.tokens() + " syllables).");
            w.println("# word: the pair written in lower case in >= share of its mid-sentence uses, >= min times, pointwise mutual information >= pmi;");
            w.println("# name: both syllables capitalised in >= share of the uses with the country capitalised, >= min times, the other syllable");
            w.println("#       seen in lower case >= vietnamese times (5x in ASCII letters alone) and not a one-syllable country name or pair form (see annotate/CountryWords).");
            w.println("# Do not edit by hand: derive again. Format: pair <TAB> kind <TAB> count in that form <TAB> all mid-sentence uses <TAB> pmi");
            for (CountryWords.Pair p : pairs)
                w.printf(java.util.Locale.ROOT, "%s\t%s\t%d\t%d\t%.2f%n", p.text(), p.kind(), p.count(), p.total(), p.pmi());
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        spec.commandLine().getOut().println(out + ": " + pairs.size() + " pairs from " + docs + " articles");
        return 0;
    }
}
