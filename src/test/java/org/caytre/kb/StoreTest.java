package org.caytre.kb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.caytre.kb.KnowledgeBase.EventFilter;
import org.caytre.kb.KnowledgeBase.EventView;
import org.caytre.pipeline.Pipeline;
import org.caytre.structure.CorpusFiles;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The store on both real backends: idempotent ingest, replacement, merging, queries and export. */
class StoreTest {
    @TempDir Path dir;

    static java.util.stream.Stream<String> backends() { return Backends.all(); }

    private static Ingester.Summary ingest(Store store, List<Path> paths) throws Exception {
        return new Ingester(store, Pipeline.standard(), null, 2).run(paths, (source, status, bytes, reason) -> {});
    }

    private static List<String> ids(Store store, String sql) throws SQLException {
        try (Connection c = store.connect()) {
            return Sql.strings(c, sql);
        }
    }

    @ParameterizedTest @MethodSource("backends")
    void ingesting_the_four_documents_twice_gives_identical_counts_and_ids(String backend) throws Exception {
        Store store = Backends.open(backend, dir);
        Path corpus = CorpusFiles.shared().resolve("corpus");
        Ingester.Summary first = ingest(store, List.of(corpus));
        assertThat(first.stored()).isEqualTo(4);
        assertThat(first.failed()).isEmpty();
        KnowledgeBase kb = new KnowledgeBase(store);
        Map<String, Long> counts = kb.counts();
        List<String> events = ids(store, "SELECT id FROM events ORDER BY id");
        List<String> passages = ids(store, "SELECT id FROM passages ORDER BY id");
        assertThat(counts.get("events")).isGreaterThan(50);
        assertThat(passages).contains(CorpusFiles.D000 + ":p0");

        Ingester.Summary second = ingest(store, List.of(corpus));
        assertThat(second.unchanged()).isEqualTo(4);
        assertThat(second.stored() + second.replaced()).isZero();
        assertThat(kb.counts()).isEqualTo(counts);
        assertThat(ids(store, "SELECT id FROM events ORDER BY id")).isEqualTo(events);
        assertThat(ids(store, "SELECT id FROM passages ORDER BY id")).isEqualTo(passages);
        Consistency.assertNoOrphansOrDuplicates(store);

        // another store fed the files one by one in reverse order derives the same events
        Store other = Backends.open(backend, dir.resolve("other"));
        List<Path> files = new ArrayList<>(List.of(corpus.resolve(CorpusFiles.D000), corpus.resolve(CorpusFiles.D001),
                corpus.resolve(CorpusFiles.D002), corpus.resolve(CorpusFiles.D004)));
        Collections.reverse(files);
        for (Path f : files) ingest(other, List.of(f));
        assertThat(ids(other, "SELECT id FROM events ORDER BY id")).isEqualTo(events);
    }

    @ParameterizedTest @MethodSource("backends")
    void every_stored_document_has_exactly_the_rows_of_its_extraction(String backend) throws Exception {
        Store store = Backends.open(backend, dir);
        ingest(store, List.of(CorpusFiles.shared().resolve("corpus")));
        Map<String, List<Long>> stored = Consistency.rowsPerDocument(store);
        assertThat(stored).hasSize(4);
        for (String name : List.of(CorpusFiles.D000, CorpusFiles.D001, CorpusFiles.D002, CorpusFiles.D004))
            assertThat(stored.get(name)).as(name).isEqualTo(Consistency.expectedRows(Pipeline.standard().extract(CorpusFiles.corpus(name))));
    }

    @ParameterizedTest @MethodSource("backends")
    void a_changed_file_replaces_its_old_version_and_everything_derived_from_it(String backend) throws Exception {
        Store store = Backends.open(backend, dir);
        Path news = write("tin.txt", "Ngày 10/9/2023, Thủ tướng Phạm Minh Chính đã điện đàm với Thủ tướng Nhật Bản Kishida Fumio.");
        assertThat(ingest(store, List.of(news)).stored()).isEqualTo(1);
        KnowledgeBase kb = new KnowledgeBase(store);
        assertThat(kb.events(EventFilter.ALL)).extracting(EventView::date).containsExactly("2023-09-10");

        write("tin.txt", "Ngày 12/10/2023, Thủ tướng Phạm Minh Chính đã điện đàm với Thủ tướng Ấn Độ Narendra Modi.");
        Ingester.Summary s = ingest(store, List.of(news));
        assertThat(s.replaced()).isEqualTo(1);
        List<EventView> events = kb.events(EventFilter.ALL);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.participants()).containsExactly("VNM", "IND");
            assertThat(e.date()).isEqualTo("2023-10-12");
            assertThat(e.mentions()).extracting(KnowledgeBase.Mention::doc).containsExactly("tin.txt");
        });
        assertThat(kb.documents()).singleElement().extracting(KnowledgeBase.DocumentView::id).isEqualTo("tin.txt");
        assertThat(kb.events(new EventFilter("JPN", null, null, null))).isEmpty();
        assertThat(ids(store, "SELECT id FROM entities ORDER BY id")).contains("IND").doesNotContain("JPN");
        Consistency.assertNoOrphansOrDuplicates(store);
    }

    @ParameterizedTest @MethodSource("backends")
    void the_same_call_reported_by_two_documents_is_one_event_that_keeps_both_sources(String backend) throws Exception {
        Store store = Backends.open(backend, dir);
        write("a/ngay.txt", "BẢN TIN\n\nNgày 10/9/2023, Thủ tướng Phạm Minh Chính đã điện đàm với Thủ tướng Nhật Bản Kishida Fumio về hợp tác kinh tế.\n");
        write("a/thang.txt", "TIN VẮN\n\nTrong tháng 9/2023, Thủ tướng Phạm Minh Chính điện đàm với Thủ tướng Nhật Bản Kishida Fumio.\n");
        write("a/khac.txt", "TIN KHÁC\n\nNgày 20/11/2023, Thủ tướng Phạm Minh Chính điện đàm với Thủ tướng Nhật Bản Kishida Fumio.\n");
        ingest(store, List.of(dir.resolve("a")));
        List<EventView> calls = new KnowledgeBase(store).events(new EventFilter("JPN", "PHONE_CALL", null, null));
        assertThat(calls).extracting(EventView::date).containsExactly("2023-09-10", "2023-11-20");
        assertThat(calls.get(0).mentions()).extracting(KnowledgeBase.Mention::doc).containsExactlyInAnyOrder("ngay.txt", "thang.txt");
        assertThat(calls.get(0).mentions()).allSatisfy(m -> assertThat(m.evidence()).contains("điện đàm"));
        assertThat(new KnowledgeBase(store).events(new EventFilter(null, null, "2023-10", "2023-12"))).extracting(EventView::date)
                .containsExactly("2023-11-20");
        Consistency.assertNoOrphansOrDuplicates(store);
    }

    @ParameterizedTest @MethodSource("backends")
    void jsonl_records_bring_their_date_and_bad_lines_are_reported(String backend) throws Exception {
        Store store = Backends.open(backend, dir);
        Path corpus = write("tin.jsonl", """
                {"id": "tin-1", "title": "Điện đàm", "text": "Ngày 5/3, Bộ trưởng Ngoại giao Bùi Thanh Sơn điện đàm với Ngoại trưởng Úc.", "date": "2024-03-06", "url": "https://example.org/1"}
                not json
                {"id": "tin-2", "title": "Hội nghị", "text": "Hai bên nhất trí tăng cường hợp tác giáo dục."}
                """);
        Ingester.Summary s = ingest(store, List.of(corpus));
        assertThat(s.stored()).isEqualTo(2);
        assertThat(s.failed()).singleElement().satisfies(f -> {   // FILE:LINE and one line of reason, as parse says it
            assertThat(f.source()).isEqualTo(corpus + ":2");
            assertThat(f.reason()).isNotBlank().doesNotContain("\n");
        });
        KnowledgeBase kb = new KnowledgeBase(store);
        assertThat(kb.documents()).filteredOn(d -> d.id().equals("tin-1")).singleElement().satisfies(d -> {
            assertThat(d.date()).isEqualTo("2024-03-06");
            assertThat(d.dateSource()).isEqualTo("jsonl");
            assertThat(d.source()).isEqualTo("jsonl:tin-1");
        });
        // the record's date anchors the bare date of the text
        assertThat(kb.events(EventFilter.ALL)).extracting(EventView::date).containsExactly("2024-03-05");
    }

    @ParameterizedTest @MethodSource("backends")
    void the_date_option_dates_documents_whose_text_gives_none(String backend) throws Exception {
        Store store = Backends.open(backend, dir);
        Path news = write("tin.txt", "TIN NGẮN\n\nNgày 10/9, Thủ tướng Phạm Minh Chính điện đàm với Thủ tướng Nhật Bản Kishida Fumio.\n");
        new Ingester(store, Pipeline.standard(), "2023-09-11", 1).run(List.of(news), (source, status, bytes, reason) -> {});
        KnowledgeBase kb = new KnowledgeBase(store);
        assertThat(kb.documents()).singleElement().satisfies(d -> {
            assertThat(d.date()).isEqualTo("2023-09-11");
            assertThat(d.dateSource()).isEqualTo("option");
        });
        assertThat(kb.events(EventFilter.ALL)).extracting(EventView::date).containsExactly("2023-09-10");
        // another date is another input: the document is replaced, not skipped
        Ingester.Summary again = new Ingester(store, Pipeline.standard(), "2022-09-11", 1).run(List.of(news), (source, status, bytes, reason) -> {});
        assertThat(again.replaced()).isEqualTo(1);
        assertThat(kb.events(EventFilter.ALL)).extracting(EventView::date).containsExactly("2022-09-10");
    }

    @ParameterizedTest @MethodSource("backends")
    void exports_carry_evidence_and_source_documents(String backend) throws Exception {
        Store store = Backends.open(backend, dir);
        ingest(store, List.of(CorpusFiles.shared().resolve("corpus")));
        Exporter exporter = new Exporter(new KnowledgeBase(store), new Ledgers(store).ledger());
        Path csv = dir.resolve("out.csv"), graph = dir.resolve("out.graphml"), jsonl = dir.resolve("out.jsonl");
        assertThat(exporter.write(Exporter.Format.csv, csv)).isGreaterThan(100);
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("kind,id,type,participants,date,attrs,indicator,value,unit,period,subject,evidence,doc,offset")
                .contains(CorpusFiles.D002);
        exporter.write(Exporter.Format.graphml, graph);
        String xml = Files.readString(graph);
        assertThat(xml).contains("<node id=\"USA\">").contains("<data key=\"doc\">");
        assertThat(xml).containsPattern("source=\"VNM\" target=\"USA\"><data key=\"events\">\\d+</data><data key=\"level\">COMPREHENSIVE_STRATEGIC</data>"
                + "<data key=\"since\">2023-09-10</data><data key=\"provenance\">document</data>");
        exporter.write(Exporter.Format.jsonl, jsonl);
        for (String line : Files.readAllLines(jsonl)) {
            JsonNode n = Json.MAPPER.readTree(line);
            assertThat(n.get("kind").asText()).isIn("event", "statistic");
            if (n.get("kind").asText().equals("event")) assertThat(n.get("mentions").get(0).get("evidence").asText()).isNotBlank();
            else assertThat(n.get("doc").asText()).isNotBlank();
        }
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }
}
