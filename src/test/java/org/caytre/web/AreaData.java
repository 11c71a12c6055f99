package org.caytre.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.caytre.cli.Main;
import picocli.CommandLine;

/**
 * A data directory for the relevance and area tests, ingested by the CLI from three short texts written for them: a
 * meeting on trade (bilateral, economic), a diplomatic note on the sea (bilateral, borders and seas) and a football
 * report whose "Anh gặp Đan Mạch" the extractor reads as a meeting (not about foreign relations).
 */
final class AreaData {
    private static Path data;

    private AreaData() {}

    static synchronized Path dataDir() throws Exception {
        if (data != null) return data;
        Path root = org.caytre.testing.TempDirs.create("caytre-areas"), docs = Files.createDirectories(root.resolve("docs"));
        Files.writeString(docs.resolve("kinh-te.txt"), "Ngày 12/3/2024, tại Hà Nội, Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Nhật Bản"
                + " Kishida Fumio. Hai bên nhất trí thúc đẩy thương mại song phương, đầu tư và xuất khẩu nông sản, triển khai hiệu quả"
                + " hiệp định thương mại tự do.\n");
        Files.writeString(docs.resolve("bien.txt"), "Ngày 20/5/2024, Bộ Ngoại giao đã trao công hàm cho Đại sứ quán Trung Quốc phản đối"
                + " việc tàu nước này xâm phạm vùng biển của Việt Nam trên Biển Đông, khẳng định chủ quyền của Việt Nam đối với quần đảo"
                + " Hoàng Sa.\n");
        Files.writeString(docs.resolve("bong-da.txt"), "Tối 8/6/2024, đội tuyển Anh gặp đội tuyển Đan Mạch ở vòng bảng. Huấn luyện viên"
                + " cho biết các cầu thủ đã sẵn sàng cho trận đấu, tiền đạo số 9 được kỳ vọng ghi bàn. Trước trận đấu, Thủ tướng Anh đã"
                + " tới thăm đội tuyển Đan Mạch và chúc các cầu thủ thi đấu tốt.\n");
        Path dir = root.resolve("data");
        CommandLine cmd = Main.commandLine();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(new StringWriter()));
        cmd.setErr(new PrintWriter(err));
        assertThat(cmd.execute("ingest", "--data", dir.toString(), docs.toString())).as(err.toString()).isZero();
        data = dir;
        return data;
    }
}
