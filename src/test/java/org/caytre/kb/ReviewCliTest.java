package org.caytre.kb;

import org.caytre.cli.CliRun;
import static org.caytre.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** events filters, review and reviews, check and country from the command line, on an SQLite data directory. */
class ReviewCliTest {
    @TempDir Path dir;



    @Test
    void an_analyst_merges_duplicates_and_rejects_an_event_from_the_command_line() throws Exception {
        Path corpus = dir.resolve("tin.jsonl"), data = dir.resolve("data");
        Files.writeString(corpus, NewsItems.reviewCorpus());
        assertThat(run("ingest", "--data", data.toString(), corpus.toString()).status()).isZero();
        String d = data.toString();

        JsonNode all = run("events", "--data", d, "--json", "--type", "PHONE_CALL").json().get("events");
        assertThat(all).hasSize(4);   // JPN (2 outlets), IND, FRA twice
        JsonNode confident = run("events", "--data", d, "--json", "--confident").json().get("events");
        assertThat(confident).hasSize(1);
        assertThat(confident.get(0).at("/corroboration/outlets").asInt()).isEqualTo(2);
        assertThat(run("events", "--data", d, "--json", "--min-outlets", "2").json().get("events")).hasSize(1);
        assertThat(run("events", "--data", d, "--json", "--min-confidence", "0.5").json().get("events")).hasSize(4);

        List<String> fra = new ArrayList<>();
        for (JsonNode e : run("events", "--data", d, "--json", "--country", "FRA").json().get("events")) fra.add(e.get("id").asText());
        CliRun merge = run("review", "merge", fra.get(0), fra.get(1), "--data", d, "--reviewer", "Lan", "--reason", "một cuộc điện đàm");
        assertThat(merge.status()).as(merge.err()).isZero();
        assertThat(merge.out()).contains("merge " + fra.get(0) + " → " + fra.get(1) + " by Lan");
        assertThat(run("events", "--data", d, "--json", "--confident").json().get("events")).hasSize(2);

        String ind = run("events", "--data", d, "--json", "--country", "IND").json().get("events").get(0).get("id").asText();
        assertThat(run("review", "reject", ind, "--data", d, "--reviewer", "Minh", "--reason", "sai").status()).isZero();
        assertThat(run("events", "--data", d, "--json", "--country", "IND").json().get("events")).isEmpty();
        assertThat(run("events", "--data", d, "--json", "--country", "IND", "--include-rejected").json().get("events")).hasSize(1);

        CliRun noReason = run("review", "reject", ind, "--data", d, "--reviewer", "Minh");
        assertThat(noReason.status()).isNotZero();
        assertThat(noReason.err()).contains("--reason");

        JsonNode trail = run("reviews", "--data", d, "--json").json().get("reviews");
        assertThat(trail).extracting(t -> t.get("reviewer").asText() + " " + t.get("action").asText()).containsExactly("Lan merge", "Minh reject");

        CliRun country = run("country", "FRA", "--data", d);
        assertThat(country.out()).contains("1 events (corroborated or confident");
        assertThat(run("country", "IND", "--data", d).out()).contains("0 events (corroborated or confident; 0 more");
        JsonNode check = run("check", "--data", d, "--json").json();
        assertThat(check.has("checks")).isTrue();
        assertThat(check.get("conflicting_claims")).isEmpty();
    }
}
