package org.caytre.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What {@code caytre demo} says about the sample documents, and the undated-documents warning of {@code ingest}. */
class DemoSummaryTest {
    @TempDir Path dir;
    private final StringWriter out = new StringWriter(), err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void the_demo_reports_findings_per_sample_document_in_vietnamese() {
        assertThat(run("demo", "--no-serve", "--data", dir.resolve("data").toString())).as(err.toString()).isZero();
        String s = out.toString();
        assertThat(s).contains(
                "tin-tuc.html — ngày 18/8/2023",
                "«Bộ trưởng Ngoại giao thăm chính thức Xinh-ga-po»",
                "• Chuyến thăm: Việt Nam – Xinh-ga-po, từ 14/8/2023 đến 16/8/2023; nước chủ nhà Xinh-ga-po",
                "«Từ ngày 14 đến 16/8/2023, Bộ trưởng Ngoại giao Trần Minh Khoa thăm chính thức Singapore",
                "• Điện đàm: Việt Nam – Úc, ngày 10/8/2023",
                "• kim ngạch thương mại: khoảng 8,3 tỷ USD",
                "Trần Minh Khoa, Bộ trưởng Ngoại giao (Việt Nam)",
                "Mác-cơ Ha-li-đây, Ngoại trưởng (Úc)",
                "cong-van.md (công văn) — ngày 5/2/2024",
                "• Nâng cấp quan hệ: Việt Nam – Hoa Kỳ, tháng 9/2023; cấp quan hệ Đối tác chiến lược toàn diện",
                "• Thiết lập quan hệ ngoại giao: Việt Nam – Quần đảo Cúc, tháng 5/2023",
                "bao-cao-doi-ngoai.txt (báo cáo)",
                "• xuất khẩu: khoảng 1,25 tỷ USD",
                "Pác Min-su, Đại sứ (Hàn Quốc)");
        // findings, not a dump of records: no nulls, no raw type codes or attribute maps
        assertThat(s).doesNotContain("null", "VISIT", "PHONE_CALL", "status=", "{", "Nhân vật (0): \n");
        assertThat(s.lines().filter(l -> l.startsWith("    • "))).allSatisfy(l -> assertThat(l).doesNotContain("occurred"));
    }

    @Test
    void vietnamese_dates_and_numbers() {
        assertThat(DocumentSummary.date("2022")).isEqualTo("năm 2022");
        assertThat(DocumentSummary.date("2022-03")).isEqualTo("tháng 3/2022");
        assertThat(DocumentSummary.date("2023-08-14/2023-08-16")).isEqualTo("từ 14/8/2023 đến 16/8/2023");
        assertThat(DocumentSummary.number(1.25e9)).isEqualTo("1,25 tỷ");
        assertThat(DocumentSummary.number(320e6)).isEqualTo("320 triệu");
        assertThat(DocumentSummary.number(1200)).isEqualTo("1.200");
    }

    @Test
    void ingest_warns_once_how_many_documents_have_no_date_and_how_to_give_one() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        for (int i = 1; i <= 3; i++)
            Files.writeString(docs.resolve("tin-" + i + ".txt"), "Việt Nam và Lào ký kết " + i + " văn kiện hợp tác về giáo dục.\n");
        Files.writeString(docs.resolve("co-ngay.txt"), "Hà Nội, ngày 3/4/2024\n\nViệt Nam và Lào ký kết văn kiện hợp tác về y tế.\n");
        assertThat(run("ingest", "--data", dir.resolve("data").toString(), docs.toString())).as(err.toString()).isZero();
        assertThat(err.toString().lines().filter(l -> l.contains("have no date")))
                .singleElement().asString().contains("3 of the 4 documents stored have no date", "--date", "\"date\" field");

        err.getBuffer().setLength(0);
        assertThat(run("ingest", "--data", dir.resolve("data2").toString(), "--date", "2024", docs.toString())).isZero();
        assertThat(err.toString()).doesNotContain("have no date");
    }
}
