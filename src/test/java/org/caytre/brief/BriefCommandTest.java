package org.caytre.brief;

import org.caytre.cli.CliRun;
import static org.caytre.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caytre.kb.Store;
import org.caytre.structure.CorpusFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code caytre brief} end to end on real SQLite stores: one holding the test documents of {@code brief/docs}
 * (written for these tests), one holding {@code ../shared/corpus} and {@code ../shared/corpus-news-2024}. Every footnote's evidence must be in the stored
 * text of its document, and every sentence of a section but the "nothing found" ones must cite a footnote.
 */
class BriefCommandTest {
    private static final Pattern FOOTNOTE = Pattern.compile("(?m)^\\[\\^(\\d+)]: .*?\\(?`([^`]+)`\\)?, [^:]+: “(.*)”$");
    private static final Pattern MARKER = Pattern.compile("\\[\\^(\\d+)]");

    @TempDir static Path dir;
    private static Path docsData, corpusData;



    @BeforeAll
    static void ingest() throws Exception {
        docsData = dir.resolve("docs-data");
        Path docs = Path.of(BriefCommandTest.class.getResource("/brief/docs").toURI());
        CliRun.ingest(docsData, docs);
        corpusData = dir.resolve("corpus-data");
        CliRun.ingest(corpusData, CorpusFiles.shared().resolve("corpus"), CorpusFiles.shared().resolve("corpus-news-2024"));
    }

    private static String brief(Path data, String out, String... options) throws Exception {
        return brief(data, dir.resolve(out), options);
    }

    /** Runs caytre brief over the store in {@code data} into {@code file}, which it returns as text. */
    static String brief(Path data, Path file, String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("brief", "--data", data.toString()));
        args.addAll(List.of(options));
        args.add(file.toString());
        CliRun r = run(args.toArray(String[]::new));
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("written to " + file);
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void every_fact_of_the_test_documents_is_stated_once_with_its_evidence() throws Exception {
        String md = brief(docsData, "jpn.md", "--country", "Nhật Bản", "--from", "2020", "--to", "2024", "--all");
        assertThat(md).startsWith("# Quan hệ Việt Nam – Nhật Bản, giai đoạn 2020–2024");
        assertThat(md).contains("## Tình hình chung", "## Quan hệ chính trị – ngoại giao", "## Hợp tác kinh tế", "## Hợp tác đa phương",
                "## Bảo hộ công dân", "## Đánh giá", "## Giai đoạn và nguồn", "Giai đoạn: 2020–2024.");
        String political = section(md, "Quan hệ chính trị – ngoại giao");
        assertThat(political).contains("Ngày 15/3/2022, Việt Nam và Nhật Bản điện đàm", "Ngày 20/11/2022, có chuyến thăm",
                "Ngày 27/11/2023, quan hệ Việt Nam – Nhật Bản được xác lập ở mức Đối tác chiến lược toàn diện", "Ngày 28/11/2023, có cuộc gặp");
        assertThat(political.indexOf("15/3/2022")).isLessThan(political.indexOf("27/11/2023"));   // one chronology
        String economic = section(md, "Hợp tác kinh tế");
        assertThat(economic).contains("Nhật Bản hỗ trợ, viện trợ cho Việt Nam", "| kim ngạch thương mại | 2022 | 47.600.000.000 USD | [^");
        assertThat(section(md, "Bảo hộ công dân")).contains("| công dân được bảo hộ | 2022 | 120 citizens | [^");
        assertThat(section(md, "Hợp tác đa phương")).isEqualTo(
                "Các tài liệu trong kho không ghi nhận hoạt động đa phương nào liên quan đến Nhật Bản trong giai đoạn 2020–2024.");
        assertThat(section(md, "Giai đoạn và nguồn")).contains("`tong-ket-2022.md` — Tổng kết công tác đối ngoại với Nhật Bản năm 2022, 2022-12-20");
        Map<Integer, String[]> notes = checkFootnotes(md, docsData);
        assertThat(notes).hasSize(7);
        assertThat(notes.get(1)[0]).isEqualTo("ban-tin-2023.md");
    }

    @Test
    void by_default_single_source_events_are_left_out_and_the_brief_says_so() throws Exception {
        String md = brief(docsData, "jpn-confident.md", "--country", "JPN", "--from", "2020", "--to", "2024");
        assertThat(section(md, "Quan hệ chính trị – ngoại giao")).doesNotContain("điện đàm", "chuyến thăm");
        // the assessment names the single-source events' sources instead of stating them
        assertThat(section(md, "Đánh giá")).containsPattern("Ngoài ra, \\d+ sự kiện khác chỉ có một nguồn, chưa được xác nhận nên không được nêu ở trên: theo [^\\[]+\\.\\[\\^");
        assertThat(md).contains("đã được nhiều nguồn xác nhận hoặc có độ tin cậy cao");
        checkFootnotes(md, docsData);
    }

    @Test
    void a_period_without_facts_says_so_in_each_section_and_cites_nothing() throws Exception {
        String md = brief(docsData, "jpn-2015.md", "--country", "JPN", "--from", "2015", "--to", "2016", "--all");
        assertThat(section(md, "Quan hệ chính trị – ngoại giao")).isEqualTo(
                "Các tài liệu trong kho không ghi nhận sự kiện chính trị – ngoại giao nào với Nhật Bản trong giai đoạn 2015–2016.");
        assertThat(md).doesNotContain("[^");
        checkFootnotes(md, docsData);
    }

    @Test
    void the_usa_brief_over_the_shared_corpus_cites_its_documents_verbatim() throws Exception {
        String md = brief(corpusData, "usa.md", "--country", "USA", "--from", "2020", "--to", "2024");
        assertThat(checkFootnotes(md, corpusData)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(section(md, "Tình hình chung")).contains("Đối tác chiến lược toàn diện");
        // the table keeps only figures whose indicator fits their unit, and says how many it left out
        String economic = section(md, "Hợp tác kinh tế");
        assertThat(economic).containsPattern("\\| kim ngạch thương mại \\| [^|]+ \\| [\\d.,~]+ USD \\|")
                .doesNotContainPattern("\\| tốc độ tăng \\| [^|]+ \\| [\\d.,~]+ USD").doesNotContain("| other |")
                .containsPattern("Bảng chỉ nêu các số liệu có chỉ số và đơn vị khớp nhau; [1-9]\\d* số liệu khác bị loại");
    }

    @Test
    void the_english_brief_has_the_same_shape() throws Exception {
        String md = brief(corpusData, "usa-en.md", "--country", "USA", "--from", "2020", "--to", "2024", "--lang", "en");
        assertThat(md).startsWith("# Vietnam – United States relations, 2020–2024");
        assertThat(md).contains("## Overview", "## Political and diplomatic relations", "## Economic cooperation",
                "## Multilateral cooperation", "## Protection of citizens", "## Period and sources");
        checkFootnotes(md, corpusData);
    }

    @Test
    void the_assessment_says_what_changed_with_footnotes_and_draws_the_events() throws Exception {
        String md = brief(docsData, "assess/jpn.md", "--country", "JPN", "--from", "2020", "--to", "2024", "--all");
        String assessment = section(md, "Đánh giá");
        // the level before 2023 comes from the reference table, which the sentence says
        assertThat(assessment).contains("Ngày 27/11/2023, quan hệ Việt Nam – Nhật Bản được nâng lên Đối tác chiến lược toàn diện (trước đó, theo bảng tham chiếu của Cây Tre,",
                "Năm 2022, báo cáo nêu ", "![Số sự kiện nêu trong báo cáo theo năm và loại, 2020–2024](JPN-2020-2024-events.svg)");
        assertThat(dir.resolve("assess/JPN-2020-2024-events.svg")).content().startsWith("<?xml").contains("<svg", "2022", "2023");
        brief(docsData, "again/jpn.md", "--country", "JPN", "--from", "2020", "--to", "2024", "--all");
        assertThat(dir.resolve("again/JPN-2020-2024-events.svg")).as("the same brief, the same chart").hasSameBinaryContentAs(dir.resolve("assess/JPN-2020-2024-events.svg"));
        // with --all a single-source event is stated, and said to be unconfirmed, with its source
        assertThat(section(md, "Quan hệ chính trị – ngoại giao")).contains("điện đàm hoặc hội đàm trực tuyến (chưa được xác nhận; theo Tổng kết công tác đối ngoại với Nhật Bản năm 2022).[^");
        checkFootnotes(md, docsData);
    }

    @Test
    void a_level_claim_the_ledger_does_not_follow_is_said_to_be_unconfirmed_with_its_source() throws Exception {
        // one 2024 news article dates the comprehensive strategic partnership with the United States to 2015; the
        // ledger keeps the comprehensive partnership then (reference table), so the claim is reported, not stated
        String md = brief(corpusData, "usa-2015.md", "--country", "USA", "--from", "2015", "--to", "2016");
        assertThat(section(md, "Đánh giá")).containsPattern(
                "Theo [^\\[]+, quan hệ Việt Nam – Hoa Kỳ ở mức Đối tác chiến lược toàn diện từ 2015; thông tin này chưa được nguồn khác xác nhận\\.\\[\\^\\d+]");
        checkFootnotes(md, corpusData);
    }

    @Test
    void a_single_news_report_against_the_ledger_is_said_with_both_sources() throws Exception {
        // brief/conflict holds one news record (our own sentence, an outlet's url) calling the partnership with Japan
        // strategic in 2024, after the comprehensive strategic one that ban-tin-2023.md supports
        Path data = dir.resolve("conflict-data");
        CliRun.ingest(data, Path.of(BriefCommandTest.class.getResource("/brief/docs").toURI()),
                Path.of(BriefCommandTest.class.getResource("/brief/conflict").toURI()));
        String md = brief(data, "conflict/jpn.md", "--country", "JPN", "--from", "2020", "--to", "2024");
        assertThat(section(md, "Đánh giá")).contains("Các nguồn chưa thống nhất về khuôn khổ quan hệ Việt Nam – Nhật Bản: theo VnExpress, "
                + "từ 2024-04-02 là Đối tác chiến lược; theo Bản tin quan hệ Việt Nam – Nhật Bản tháng 11/2023, là Đối tác chiến lược toàn diện.[^");
        assertThat(section(md, "Tình hình chung")).contains("Đối tác chiến lược toàn diện").doesNotContain("là Đối tác chiến lược (");
        checkFootnotes(md, data);
    }

    @Test
    void the_multilateral_brief_states_vietnams_roles_from_multilateral_passages() throws Exception {
        String md = brief(corpusData, "multilateral.md", "--area", "multilateral", "--from", "2020", "--to", "2024");
        assertThat(md).startsWith("# Ngoại giao đa phương của Việt Nam, giai đoạn 2020–2024");
        assertThat(section(md, "Tình hình chung")).contains("Việt Nam đảm nhận vai trò");
        assertThat(section(md, "Giai đoạn và nguồn")).contains("Lĩnh vực: Ngoại giao đa phương;");
        assertThat(checkFootnotes(md, corpusData)).isNotEmpty();
    }

    @Test
    void an_area_keeps_only_the_events_reported_in_its_passages() throws Exception {
        String all = brief(corpusData, "usa-all.md", "--country", "USA", "--from", "2020", "--to", "2024", "--all");
        String economic = brief(corpusData, "usa-economic.md", "--country", "USA", "--from", "2020", "--to", "2024", "--all", "--area", "economic");
        assertThat(economic).startsWith("# Quan hệ Việt Nam – Hoa Kỳ: Ngoại giao kinh tế, giai đoạn 2020–2024");
        List<String> allSentences = eventSentences(all), economicSentences = eventSentences(economic);
        assertThat(allSentences).containsAll(economicSentences);
        assertThat(economicSentences.size()).isLessThan(allSentences.size());
        checkFootnotes(economic, corpusData);
        CliRun r = run("brief", "--data", corpusData.toString(), "--area", "nowhere", "--from", "2020", "--to", "2024", dir.resolve("x.md").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("caytre brief: unknown area 'nowhere'").doesNotContain("\n");
    }

    /** The sentences of the political section without their footnote markers (numbering differs between briefs). */
    private static List<String> eventSentences(String md) {
        return section(md, "Quan hệ chính trị – ngoại giao").lines().filter(l -> !l.isBlank()).map(l -> MARKER.matcher(l).replaceAll("")).toList();
    }

    @Test
    void a_bad_country_code_is_one_line_and_exit_2() {
        for (String bad : new String[] {"XYZ", "Narnia"}) {
            Path out = dir.resolve("bad-" + bad + ".md");
            CliRun r = run("brief", "--data", docsData.toString(), "--country", bad, "--from", "2020", "--to", "2024", out.toString());
            assertThat(r.status()).as(bad).isEqualTo(2);
            assertThat(r.err().strip()).startsWith("caytre brief: ").contains(bad).doesNotContain("\n");
            assertThat(out).doesNotExist();
        }
        CliRun r = run("brief", "--data", docsData.toString(), "--country", "JPN", "--from", "2024", "--to", "2020", dir.resolve("x.md").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("caytre brief: --from 2024 is after --to 2020");
    }

    @Test
    void an_empty_store_is_an_error_not_an_empty_brief() {
        Path out = dir.resolve("empty.md");
        CliRun r = run("brief", "--data", dir.resolve("no-such-data").toString(), "--country", "USA", "--from", "2020", "--to", "2024", out.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("caytre brief: the store holds no documents").doesNotContain("\n");
        assertThat(out).doesNotExist();
    }

    /**
     * Checks the footnote rules of {@code md} against the store in {@code data}: every sentence and table row of a
     * section body cites a footnote unless it is a "nothing found" sentence, every cited footnote is defined and
     * every defined one cited and numbered in the order first cited, and each footnote's evidence is in the stored text of its document. Returns number → [doc, evidence].
     */
    static Map<Integer, String[]> checkFootnotes(String md, Path data) throws Exception {
        Templates vi = new Templates("vi"), en = new Templates("en");
        Map<Integer, String[]> notes = new LinkedHashMap<>();
        Matcher f = FOOTNOTE.matcher(md);
        while (f.find()) notes.put(Integer.valueOf(f.group(1)), new String[] {f.group(2), f.group(3)});
        assertThat(md.lines().filter(l -> l.startsWith("[^"))).hasSize(notes.size());   // every definition parsed
        String body = md.substring(0, md.lastIndexOf("\n## "));   // the sections before the period and sources
        List<Integer> cited = new ArrayList<>();
        for (String line : body.lines().toList()) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("| ---") || line.startsWith("![")) continue;
            Matcher m = MARKER.matcher(line);
            boolean cites = false;
            while (m.find()) { cited.add(Integer.valueOf(m.group(1))); cites = true; }
            boolean header = line.startsWith("| ") && body.contains(line + "\n| ---");
            if (!cites && !header) assertThat(vi.isNothingSentence(line) || en.isNothingSentence(line)).as("uncited: " + line).isTrue();
        }
        assertThat(notes.keySet()).containsExactlyInAnyOrderElementsOf(cited.stream().distinct().toList());
        assertThat(cited.stream().distinct().toList()).as("numbered in the order first cited").isSorted();
        for (Map.Entry<Integer, String[]> n : notes.entrySet())
            assertThat(StoredText.holds(data, n.getValue()[0], n.getValue()[1])).as("footnote %d in %s: %s", n.getKey(), n.getValue()[0], n.getValue()[1]).isTrue();
        return notes;
    }


    /** The body of section {@code heading}, stripped. */
    static String section(String md, String heading) {
        int start = md.indexOf("\n## " + heading + "\n");
        assertThat(start).as(heading).isNotNegative();
        start += heading.length() + 5;
        int end = md.indexOf("\n## ", start);
        return md.substring(start, end < 0 ? md.length() : end).strip();
    }
}
