package org.caytre.search;

import java.util.List;
import org.caytre.extract.Extraction;
import org.caytre.ingest.RawText;
import org.caytre.pipeline.Pipeline;

/** A short report written for these tests (invented content), run through the real pipeline. */
final class SampleText {
    static final String REPORT = """
            I. QUAN HỆ SONG PHƯƠNG
            Thủ tướng đã thăm chính thức Hoa Kỳ từ ngày 8 đến 10/3/2023 và hội đàm với Tổng thống Bai-đơn.
            II. HỢP TÁC KINH TẾ
            Quan hệ với Mỹ tiếp tục phát triển; hai bên nhất trí thúc đẩy hoà giải các khác biệt.
            III. ĐA PHƯƠNG
            Ta tham gia tích cực tại Liên hợp quốc, thúc đẩy hòa bình và vai trò của ASEAN¹.
            IV. VĂN HÓA
            Má tôi kể chuyện con ma trong rừng tre.
            V. GHI CHÚ
            Chuyện này mà không ai tin, kể cả má.

            ¹ Hiệp hội các quốc gia Đông Nam Á gồm mười nước thành viên.
            """;

    private SampleText() {}

    static Extraction extraction(String text) {
        return Pipeline.standard().extract(Pipeline.standard().parse(new RawText("bao-cao.txt", "txt", text, List.of())));
    }
}
