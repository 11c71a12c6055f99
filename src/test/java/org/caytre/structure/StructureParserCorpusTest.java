package org.caytre.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.caytre.model.Document;
import org.caytre.model.Footnote;
import org.caytre.model.Marker;
import org.caytre.model.Paragraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Structure recovery on the real shared documents (read from ../shared/corpus). */
class StructureParserCorpusTest {
    private static Document parse(String name) { return new StructureParser().parse(CorpusFiles.raw(name)); }

    private static List<Integer> numbers(List<Marker> markers) { return markers.stream().map(Marker::number).toList(); }

    @Test
    void report2020_has_34_footnotes_each_linked_to_its_own_marker() {
        Document d = parse(CorpusFiles.D000);
        assertThat(d.footnotes()).hasSize(34);
        assertThat(d.markers()).hasSize(34);
        assertThat(d.unresolvedMarkers()).isEmpty();
        assertEveryBodyLinkedOnce(d);
    }

    @Test
    void review2021_has_10_bodies_and_13_markers_with_11_to_13_unresolved() {
        Document d = parse(CorpusFiles.D001);
        assertThat(d.footnotes()).extracting(Footnote::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(numbers(d.markers())).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
        assertThat(numbers(d.unresolvedMarkers())).containsExactly(11, 12, 13);
        assertEveryBodyLinkedOnce(d);
    }

    @Test
    void journal_article_keeps_17_endnote_markers_unresolved_and_out_of_the_text() {
        Document d = parse(CorpusFiles.D004);
        assertThat(d.footnotes()).isEmpty();
        assertThat(numbers(d.unresolvedMarkers())).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17);
        for (Marker m : d.unresolvedMarkers()) {
            char before = d.text().charAt(m.offset() - 1);
            assertThat(Character.isWhitespace(before)).as("marker %s follows a word", m).isFalse();
            assertThat(Character.isDigit(d.text().charAt(m.offset()))).as("marker %s not glued into a number", m).isFalse();
        }
        assertThat(d.text()).contains("“lấy phục vụ lợi ích đất nước làm mục tiêu cao nhất”.");
    }

    @Test
    void markdown_dispatch_has_12_footnotes_linked_through_sup_markers() {
        Document d = parse(CorpusFiles.D002);
        assertThat(d.footnotes()).extracting(Footnote::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(d.unresolvedMarkers()).isEmpty();
        assertEveryBodyLinkedOnce(d);
        assertThat(d.text()).doesNotContain("<sup>").doesNotContain("**");
    }

    @ParameterizedTest
    @ValueSource(strings = {CorpusFiles.D000, CorpusFiles.D001, CorpusFiles.D002})
    void no_body_paragraph_contains_footnote_text(String name) {
        Document d = parse(name);
        for (Footnote f : d.footnotes()) {
            String body = d.text(f.body());
            String probe = body.substring(0, Math.min(40, body.length()));
            for (Paragraph p : d.paragraphs())
                assertThat(d.text(p.span())).as("footnote %d in body", f.number()).doesNotContain(probe);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {CorpusFiles.D000, CorpusFiles.D001, CorpusFiles.D004})
    void no_running_header_or_page_number_survives(String name) {
        Document d = parse(name);
        assertThat(d.text()).doesNotContain("LÝ LUẬN VÀ THỰC TIỄN, Số 36");
        for (Paragraph p : d.paragraphs()) assertThat(d.text(p.span())).doesNotMatch("\\(?\\d{1,4}\\)?");
        for (Footnote f : d.footnotes()) assertThat(d.text(f.body())).doesNotMatch(".*\\s\\d{1,3}$");
    }

    @Test
    void sentences_cut_by_page_and_footnote_blocks_are_joined() {
        Document d = parse(CorpusFiles.D000);
        assertThat(d.text()).contains("chưa từng có trong nhiều thập niên qua.")
                .contains("mà Đại hội XII của Đảng đã đề ra,")
                .contains("(29-30/10/2020 và 20-22/11/2020)");
        Footnote f18 = d.footnotes().get(17);
        assertThat(d.text(f18.body())).startsWith("Tổng Bí thư").endsWith("Nguyễn Thị Kim Ngân (14/5).");
        Document d1 = parse(CorpusFiles.D001);
        assertThat(d1.text()).contains("các nền kinh tế lớn. Tuy nhiên, xu hướng phục hồi");
    }

    @Test
    void markers_glued_to_names_and_numbers_are_told_apart() {
        Document d = parse(CorpusFiles.D000);
        String text = d.text();
        assertThat(text.substring(d.markers().get(0).offset() - 6, d.markers().get(0).offset())).isEqualTo("(UNDP)");
        Marker m23 = d.markers().get(22);
        assertThat(text.substring(m23.offset() - 8, m23.offset())).isEqualTo("COVID-19");
        assertThat(text).contains("G20").contains("AIPA 41").contains("Khóa 75").doesNotContain("COVID-1923");
    }

    @ParameterizedTest
    @ValueSource(strings = {CorpusFiles.D000, CorpusFiles.D001, CorpusFiles.D004})
    void evidence_maps_back_to_the_source(String name) {
        Document d = parse(name);
        for (Paragraph p : d.paragraphs()) {
            String quoted = d.sourceText(p.span()).replaceAll("\\s+", " ");
            String first = d.text(p.span()).split(" ")[0];
            assertThat(quoted).startsWith(first);
        }
    }

    private static void assertEveryBodyLinkedOnce(Document d) {
        Set<Integer> offsets = new HashSet<>();
        for (Footnote f : d.footnotes()) {
            assertThat(f.markerOffset()).as("footnote %d linked", f.number()).isNotNull();
            assertThat(offsets.add(f.markerOffset())).as("footnote %d has its own marker", f.number()).isTrue();
        }
    }
}
