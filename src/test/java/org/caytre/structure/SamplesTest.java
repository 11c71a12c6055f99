package org.caytre.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.caytre.ingest.DocumentReader;
import org.caytre.model.Document;
import org.caytre.model.Footnote;
import org.junit.jupiter.api.Test;

/** The invented sample documents of samples/ through the whole reading and structuring path. */
class SamplesTest {
    private static Document parse(String name) {
        return new StructureParser().parse(new DocumentReader().read(Path.of("samples", name)));
    }

    @Test
    void pdf_extracted_report_loses_its_page_furniture_and_keeps_its_footnotes() {
        Document d = parse("bao-cao-doi-ngoai.txt");
        assertThat(d.footnotes()).extracting(Footnote::number).containsExactly(1, 2, 3, 4);
        assertThat(d.footnotes()).allSatisfy(f -> assertThat(f.markerOffset()).isNotNull());
        assertThat(d.text(d.footnotes().get(1).body())).endsWith("Đối tác Chiến lược Toàn diện (12/2022).");
        assertThat(d.text()).doesNotContain("SỞ NGOẠI VỤ TỈNH MẪU").contains("sau đại dịch COVID-19, lạm phát");
        assertThat(d.sections()).extracting(s -> s.label()).containsExactly("I.", "II.", "1.", "Thứ nhất,", "Thứ hai,", "2.", "III.");
        assertThat(d.metadata().type()).isEqualTo("báo cáo");
        assertThat(d.metadata().referenceYear()).isEqualTo(2022);
    }

    @Test
    void markdown_dispatch_metadata() {
        Document d = parse("cong-van.md");
        assertThat(d.metadata().number()).isEqualTo("118-CV/SNV");
        assertThat(d.metadata().date()).isEqualTo("2024-02-05");
        assertThat(d.metadata().place()).isEqualTo("Hòa Bình Xanh");
        assertThat(d.metadata().type()).isEqualTo("công văn");
        assertThat(d.metadata().issuer()).isEqualTo("Sở Ngoại vụ Ủy ban nhân dân Tỉnh Mẫu");
        assertThat(d.footnotes()).hasSize(2).allSatisfy(f -> assertThat(f.markerOffset()).isNotNull());
    }

    @Test
    void html_news_item_title_date_and_footnote() {
        Document d = parse("tin-tuc.html");
        assertThat(d.metadata().title()).startsWith("Bộ trưởng Ngoại giao thăm chính thức Xinh-ga-po");
        assertThat(d.metadata().date()).isEqualTo("2023-08-18");
        assertThat(d.footnotes()).hasSize(1);
    }
}
