package org.caytre.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code caytre country-words}: a lexicon derived from a corpus of our own, and bad input refused in one line. */
class CountryWordsCommandTest {
    @Test
    void derives_a_lexicon_with_its_derivation_in_the_header(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("c.jsonl");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 12; i++)
            lines.append("{\"id\":\"a").append(i).append("\",\"text\":\"Người dân tuân thủ pháp luật. Ca sĩ Đỗ Mỹ Linh góp ý kiến về pháp luật, linh hoạt.\"}\n");
        Files.writeString(corpus, lines);
        Path out = dir.resolve("words.tsv");
        CliRun r = CliRun.run("country-words", "--corpus", corpus.toString(), "--pmi", "0", "--vietnamese", "2", out.toString());
        assertThat(r.status()).isZero();
        List<String> rows = Files.readAllLines(out);
        assertThat(rows).anyMatch(l -> l.startsWith("# DERIVED") && l.contains("--min 8"));
        assertThat(rows).anyMatch(l -> l.startsWith("Pháp luật\tword\t"));
    }

    @Test
    void bad_thresholds_a_missing_corpus_or_folder_are_one_line_errors(@TempDir Path dir) throws Exception {
        Path corpus = Files.writeString(dir.resolve("c.jsonl"), "{\"id\":\"a\",\"text\":\"x\"}\n");
        CliRun min = CliRun.run("country-words", "--corpus", corpus.toString(), "--min", "0", dir.resolve("o.tsv").toString());
        assertThat(min.status()).isEqualTo(2);
        assertThat(min.err().strip()).isEqualTo("caytre country-words: --min must be at least 1, not 0");
        CliRun missing = CliRun.run("country-words", "--corpus", dir.resolve("none.jsonl").toString(), dir.resolve("o.tsv").toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("none.jsonl: no such corpus");
        CliRun folder = CliRun.run("country-words", "--corpus", corpus.toString(), dir.resolve("no/o.tsv").toString());
        assertThat(folder.status()).isEqualTo(2);
        assertThat(folder.err()).contains("its folder does not exist");
        assertThat(Files.exists(dir.resolve("o.tsv"))).isFalse();
    }
}
