package org.caytre.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.caytre.ingest.RawText;
import org.caytre.model.Document;
import org.caytre.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/** Relevance and areas of work on sentences written for this test (no corpus text). */
class RelevanceTest {
    static Classification classify(String text) {
        Document d = Pipeline.standard().parse(new RawText("test.txt", "txt", text, List.of()));
        return Relevance.of(d, Pipeline.standard().annotate(d));
    }

    @Test void a_diplomatic_paragraph_is_relevant_and_a_match_report_is_not() {
        Classification c = classify("""
                Chiều 5/3, tại Hà Nội, Thủ tướng đã hội đàm với Thủ tướng Niu Di-lân; hai bên nhất trí nâng quan hệ hai nước lên \
                đối tác chiến lược toàn diện và thúc đẩy thương mại song phương.

                Ở phút 78, tiền đạo đội khách ghi bàn ấn định tỷ số 2-1 sau đường chuyền của tiền vệ cánh trái, khán giả trên sân \
                đứng dậy vỗ tay.
                """);
        assertThat(c.paragraphs()).hasSize(2);
        assertThat(c.paragraphs().get(0).relevance()).isGreaterThan(0.9);
        assertThat(c.paragraphs().get(0).areas()).contains(Area.BILATERAL, Area.ECONOMIC);
        assertThat(c.paragraphs().get(1).relevance()).isLessThan(Classification.RELEVANT);
        assertThat(c.paragraphs().get(1).areas()).isEmpty();
    }

    @Test void a_sports_page_is_an_irrelevant_document_even_when_it_names_countries() {
        Classification c = classify("""
                Đội tuyển Anh gặp đội tuyển Đan Mạch ở vòng bảng; huấn luyện viên cho biết các cầu thủ đã sẵn sàng cho trận đấu.

                Trận đấu diễn ra lúc 23h, người hâm mộ có thể xem trực tiếp bóng đá trên kênh thể thao; thủ môn đội chủ nhà bị chấn thương.
                """);
        assertThat(c.document()).isLessThan(Classification.RELEVANT);
        assertThat(c.paragraphs()).allSatisfy(p -> assertThat(p.relevant()).isFalse());
    }

    @Test void the_heading_of_a_review_chapter_labels_the_passages_under_it() {
        Classification c = classify("""
                BÁO CÁO TỔNG KẾT CÔNG TÁC ĐỐI NGOẠI

                I. KẾT QUẢ CÔNG TÁC

                6. Làm tốt công tác bảo hộ công dân và công tác người Việt Nam ở nước ngoài

                Trong năm, ta đã triển khai kịp thời các biện pháp cần thiết, giúp nhiều người trở về an toàn và ổn định cuộc sống.

                7. Đẩy mạnh thông tin đối ngoại và ngoại giao văn hóa

                Nhiều hoạt động được tổ chức ở nhiều nơi, góp phần giới thiệu đất nước và con người.
                """);
        List<Classification.Passage> body = c.paragraphs().stream().filter(p -> !p.areas().isEmpty()).toList();
        assertThat(c.paragraphs()).anySatisfy(p -> assertThat(p.areas()).contains(Area.CITIZENS));
        assertThat(c.paragraphs()).anySatisfy(p -> assertThat(p.areas()).contains(Area.CULTURE_INFO));
        assertThat(body).isNotEmpty();
    }

    @Test void several_areas_at_once() {
        Classification c = classify("""
                Hai bên khẳng định sẽ giải quyết tranh chấp trên Biển Đông bằng biện pháp hòa bình, phù hợp với UNCLOS, đồng thời \
                tăng cường hợp tác quốc phòng, trao đổi đoàn giữa hải quân hai nước.
                """);
        assertThat(c.paragraphs().get(0).areas()).contains(Area.BORDERS_SEAS, Area.DEFENCE, Area.BILATERAL);
    }

    @Test void area_codes_round_trip_and_an_unknown_code_names_the_known_ones() {
        assertThat(Area.split(Area.join(java.util.EnumSet.of(Area.ECONOMIC, Area.PARTY)))).containsExactlyInAnyOrder(Area.PARTY, Area.ECONOMIC);
        assertThat(Area.join(java.util.EnumSet.of(Area.ECONOMIC, Area.PARTY))).isEqualTo("party,economic");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Area.parse("sport")).hasMessageContaining("borders-seas");
    }
}
