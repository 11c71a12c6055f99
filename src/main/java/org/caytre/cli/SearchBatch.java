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
import org.caytre.search.BatchSearch;
import org.caytre.search.BatchSearch.Row;
import org.caytre.search.PassageIndex;
import org.caytre.search.SearchRequest;

/**
 * {@code caytre search --batch names.txt [--csv out.csv]}: one search per line of a file (names or queries; blank lines
 * and lines starting with # skipped), the command's filters applied to each, and per entry how many passages and
 * documents match, the documents with most matches and the best passage ({@link BatchSearch}, which the desk's batch
 * search runs too). CSV in UTF-8 with a byte-order mark, as the export writes it; without {@code --csv} a table on
 * standard output.
 */
final class SearchBatch {

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
        return BatchSearch.run(index, entries, filters);
    }

    static void csv(List<Row> rows, Path out) throws IOException {
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            BatchSearch.csv(rows, w);
        }
    }

    static void table(List<Row> rows, PrintWriter out) {
        for (Row r : rows)
            out.printf("%-32s %7d passages %6d documents  %s%n", Texts.clip(r.entry(), 32), r.passages(), r.documents(), String.join(" ", r.topDocuments()));
        out.printf("%d entries%n", rows.size());
    }
}
