package org.caytre.kb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Small invented Vietnamese news items (our own sentences, seeded), written as files for ingest tests: phone calls,
 * visits and trade figures between Vietnam and a handful of partners, with dates that repeat across items so that
 * events merge across documents.
 */
final class NewsGenerator {
    private static final List<String> PARTNERS = List.of("Nhật Bản", "Hàn Quốc", "Ấn Độ", "Úc", "Pháp", "Đức", "Lào", "Campuchia", "Thái Lan", "Singapore");
    private static final List<String> FILLER = List.of(
            "Hai bên nhất trí tăng cường hợp tác trong các lĩnh vực giáo dục, y tế và du lịch.",
            "Lãnh đạo hai nước đánh giá cao kết quả hợp tác thời gian qua và trao đổi về các vấn đề cùng quan tâm.",
            "Phía bạn khẳng định coi trọng quan hệ hữu nghị truyền thống với Việt Nam.",
            "Hai bên cũng thảo luận về hợp tác ứng phó biến đổi khí hậu và chuyển đổi số.");

    private NewsGenerator() {}

    static void write(Path dir, int count, long seed) throws IOException {
        Files.createDirectories(dir);
        Random r = new Random(seed);
        for (int i = 0; i < count; i++) {
            String partner = PARTNERS.get(r.nextInt(PARTNERS.size()));
            int day = 1 + r.nextInt(5), month = 1 + r.nextInt(12);
            StringBuilder text = new StringBuilder("TIN ĐỐI NGOẠI SỐ " + i + "\n\n");
            text.append("Ngày ").append(day).append('/').append(month).append("/2023, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã điện đàm với Bộ trưởng Ngoại giao ")
                    .append(partner).append(".\n\n");
            for (int k = 0; k < 2 + r.nextInt(4); k++) text.append(FILLER.get(r.nextInt(FILLER.size()))).append("\n\n");
            text.append("Kim ngạch thương mại giữa Việt Nam và ").append(partner).append(" đạt ").append(5 + r.nextInt(40))
                    .append(" tỷ USD trong năm 2022.\n");
            Files.writeString(dir.resolve(String.format("tin-%03d.txt", i)), text);
        }
    }
}
