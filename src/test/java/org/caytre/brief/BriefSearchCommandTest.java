package org.caytre.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caytre.cli.CliRun.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.caytre.cli.CliRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code caytre brief --query} on a real SQLite store and index holding the test documents of {@code brief/docs} and
 * {@code brief/plain} (written for these tests): the brief covers exactly the documents the search returns, says so,
 * and cites only them.
 */
class BriefSearchCommandTest {
    @TempDir static Path dir;
    private static Path data;

    @BeforeAll
    static void ingest() throws Exception {
        data = dir.resolve("data");
        CliRun.ingest(data, Path.of(BriefSearchCommandTest.class.getResource("/brief/docs").toURI()),
                Path.of(BriefSearchCommandTest.class.getResource("/brief/plain").toURI()));
    }

    private static String brief(String out, String... options) throws Exception {
        return BriefCommandTest.brief(data, dir.resolve(out), options);
    }

    @Test
    void the_brief_of_a_search_states_the_query_and_cites_only_the_documents_found() throws Exception {
        String md = brief("citizens.md", "--query", "bảo hộ công dân", "--all");
        assertThat(md).startsWith("# Báo cáo theo kết quả tìm kiếm «bảo hộ công dân»");
        assertThat(BriefCommandTest.section(md, "Tình hình chung"))
                .startsWith("Tìm kiếm «bảo hộ công dân» khớp với ").contains("trong 1 tài liệu; báo cáo này dùng 1 tài liệu và nêu ");
        assertThat(md).contains("## Quan hệ chính trị – ngoại giao", "## Hợp tác kinh tế", "## Bảo hộ công dân", "## Đánh giá");
        assertThat(BriefCommandTest.section(md, "Bảo hộ công dân")).contains("| Đối tượng | Chỉ số | Kỳ | Giá trị | Nguồn |",
                "| Việt Nam | công dân được bảo hộ | 2022 | 120 citizens | [^");
        Map<Integer, String[]> notes = BriefCommandTest.checkFootnotes(md, data);
        assertThat(notes).isNotEmpty();
        assertThat(notes.values()).allSatisfy(n -> assertThat(n[0]).isEqualTo("tong-ket-2022.md"));
        // the sources are the documents found, not every document the store holds
        String sources = BriefCommandTest.section(md, "Giai đoạn và nguồn");
        assertThat(sources).contains("Tìm kiếm: «bảo hộ công dân».", "`tong-ket-2022.md`").doesNotContain("ban-tin-2023.md", "ghi-chu-thu-vien.md");
    }

    @Test
    void with_matched_passages_only_what_the_matching_passages_say_is_stated() throws Exception {
        String whole = brief("whole.md", "--query", "\"bảo hộ\"", "--all");
        assertThat(whole).contains("điện đàm", "| công dân được bảo hộ |");
        String matched = brief("matched.md", "--query", "\"bảo hộ\"", "--all", "--matched-passages");
        assertThat(BriefCommandTest.section(matched, "Tình hình chung")).startsWith("Tìm kiếm «bảo hộ» khớp với ").containsPattern("và chỉ nêu \\d+ sự kiện, 1 số liệu đọc được từ \\d+ đoạn văn khớp với tìm kiếm\\.");
        assertThat(matched).contains("| Việt Nam | công dân được bảo hộ | 2022 | 120 citizens | [^").doesNotContain("điện đàm", "chuyến thăm", "kim ngạch");
        BriefCommandTest.checkFootnotes(matched, data);
    }

    @Test
    void a_cap_on_the_documents_is_stated_and_kept() throws Exception {
        String md = brief("capped.md", "--query", "Nhật Bản", "--max-documents", "1", "--all");
        assertThat(BriefCommandTest.section(md, "Tình hình chung")).contains("trong 2 tài liệu; báo cáo này dùng 1 tài liệu xếp đầu theo thứ hạng (giới hạn 1 tài liệu)");
        Map<Integer, String[]> notes = BriefCommandTest.checkFootnotes(md, data);
        assertThat(notes.values().stream().map(n -> n[0]).distinct()).hasSize(1);
        String english = brief("capped-en.md", "--query", "Nhật Bản", "--max-documents", "1", "--all", "--lang", "en");
        assertThat(english).startsWith("# Brief of the search «Nhật Bản»").contains("uses 1 documents ranked first (a cap of 1 documents)");
    }

    @Test
    void documents_with_nothing_to_cite_get_one_sentence_saying_so_not_empty_sections() throws Exception {
        String md = brief("library.md", "--query", "\"thư viện sách\"");
        assertThat(md).contains("báo cáo này dùng 1 tài liệu và nêu 0 sự kiện, 0 số liệu",
                "Các tài liệu này không có sự kiện hay số liệu nào có thể dẫn nguồn").doesNotContain("## Quan hệ chính trị", "## Đánh giá", "[^");
        assertThat(BriefCommandTest.section(md, "Giai đoạn và nguồn")).contains("`ghi-chu-thu-vien.md` — Ghi chú của Phòng Tư liệu, 2023-03-15");
        BriefCommandTest.checkFootnotes(md, data);
    }

    @Test
    void only_passages_about_foreign_relations_count_unless_asked() throws Exception {
        // brief/sport: a football story in which the two prime ministers meet at the training ground; the classifier
        // rates that paragraph as ordinary news, so the meeting is left out as it is on the timeline and country pages
        Path sport = dir.resolve("sport-data");
        CliRun r = run("ingest", "--data", sport.toString(), Path.of(BriefSearchCommandTest.class.getResource("/brief/sport").toURI()).toString());
        assertThat(r.status()).as(r.err()).isZero();
        String foreign = BriefCommandTest.brief(sport, dir.resolve("sport/jpn.md"), "--country", "JPN", "--from", "2023", "--to", "2023", "--all");
        assertThat(foreign).doesNotContain("có cuộc gặp, hội đàm", "[^").contains("đọc từ các đoạn văn về đối ngoại");
        String every = BriefCommandTest.brief(sport, dir.resolve("sport/jpn-all.md"), "--country", "JPN", "--from", "2023", "--to", "2023", "--all", "--all-passages");
        assertThat(BriefCommandTest.section(every, "Quan hệ chính trị – ngoại giao")).contains("có cuộc gặp, hội đàm giữa Việt Nam và Nhật Bản").contains("[^1]");
        assertThat(every).contains("đọc từ mọi đoạn văn (kể cả những đoạn không về đối ngoại)");
        BriefCommandTest.checkFootnotes(every, sport);
        String search = BriefCommandTest.brief(sport, dir.resolve("sport/search.md"), "--query", "bóng đá", "--all");
        assertThat(search).contains("báo cáo này dùng 1 tài liệu và nêu 0 sự kiện").doesNotContain("[^");
        assertThat(BriefCommandTest.brief(sport, dir.resolve("sport/search-all.md"), "--query", "bóng đá", "--all", "--all-passages"))
                .contains("báo cáo này dùng 1 tài liệu và nêu 1 sự kiện");
    }

    @Test
    void search_filters_narrow_the_documents_and_bad_ones_are_one_line() throws Exception {
        String md = brief("dated.md", "--query", "Nhật Bản", "--from", "2023-01-01", "--all");
        assertThat(md).startsWith("# Báo cáo theo kết quả tìm kiếm «Nhật Bản» (từ ngày: 2023-01-01)");
        assertThat(BriefCommandTest.checkFootnotes(md, data).values()).allSatisfy(n -> assertThat(n[0]).isEqualTo("ban-tin-2023.md"));
        String[][] bad = {{"--query", "Nhật Bản", "--from", "2023/01"}, {"--query", "", }, {"--query", "x", "--max-documents", "0"},
                {"--country", "JPN", "--from", "2020", "--to", "2024", "--outlet", "VnExpress"}, {"--country", "JPN", "--from", "2020", "--to", "2024", "--matched-passages"}, {"--country", "JPN", "--from", "2020-01", "--to", "2024"}};
        for (String[] options : bad) {
            List<String> args = new ArrayList<>(List.of("brief", "--data", data.toString()));
            args.addAll(List.of(options));
            args.add(dir.resolve("bad.md").toString());
            CliRun r = run(args.toArray(String[]::new));
            assertThat(r.status()).as(String.join(" ", options)).isEqualTo(2);
            assertThat(r.err().strip()).as(String.join(" ", options)).startsWith("caytre brief: ").doesNotContain("\n");
        }
        assertThat(dir.resolve("bad.md")).doesNotExist();
    }
}
