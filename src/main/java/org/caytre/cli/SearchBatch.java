package org.caytre.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.caytre.kb.Exporter;
import org.caytre.search.PassageIndex;
import org.caytre.search.SearchRequest;
import org.caytre.search.SearchResult;

/**
 * {@code caytre search --batch names.txt [--csv out.csv]}: one search per line of a file (names or queries; blank lines
 * and lines starting with # skipped), the command's filters applied to each, and per entry how many passages and
 * documents match, the documents with most matches and the best passage. CSV in UTF-8 with a byte-order mark, as the
 * export writes it; without {@code --csv} a table on standard output.
 */
final class SearchBatch {
    static final int TOP_DOCUMENTS = 3;

    /** One line of the report. */
    record Row(String entry, long passages, int documents, List<String> topDocuments, String passage, String snippet) {}

    private SearchBatch() {}

    /** The entries of the file; a one-line IOException-free error naming the file when it cannot be read. */
    static List<String> entries(Path file) {
        try {
            List<String> out = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String e = line.strip();
                if (!e.isEmpty() && !e.startsWith("#")) out.add(e);
            }
            if (out.isEmpty()) throw new IllegalArgumentException(file + ": no entries (one name or query per line)");
            return out;
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new IllegalArgumentException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage());
        }
    }

    static List<Row> run(PassageIndex index, List<String> entries, SearchRequest filters) {
        List<Row> rows = new ArrayList<>();
        for (String entry : entries) {
            SearchResult r = index.search(new SearchRequest(entry, 1, filters.country(), filters.eventType(), filters.from(), filters.to()));
            SearchResult.Hit best = r.hits().isEmpty() ? null : r.hits().get(0);
            rows.add(new Row(entry, r.total(), r.distinct("documents"),
                    r.facets().getOrDefault("documents", java.util.Map.of()).keySet().stream().limit(TOP_DOCUMENTS).toList(),
                    best == null ? "" : best.passageId(), best == null ? "" : best.snippet().replace("<b>", "«").replace("</b>", "»")));
        }
        return rows;
    }

    static void csv(List<Row> rows, Path out) throws IOException {
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            Exporter.csvRow(w, "entry", "passages", "documents", "top_documents", "best_passage", "snippet");
            for (Row r : rows)
                Exporter.csvRow(w, r.entry(), String.valueOf(r.passages()), String.valueOf(r.documents()), String.join(" ", r.topDocuments()),
                        r.passage(), r.snippet());
        }
    }

    static void table(List<Row> rows, PrintWriter out) {
        for (Row r : rows)
            out.printf("%-32s %7d passages %6d documents  %s%n", Texts.clip(r.entry(), 32), r.passages(), r.documents(), String.join(" ", r.topDocuments()));
        out.printf("%d entries%n", rows.size());
    }
}
