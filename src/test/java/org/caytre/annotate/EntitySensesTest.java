package org.caytre.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.caytre.ingest.RawText;
import org.caytre.model.Document;
import org.caytre.model.EntityMention;
import org.caytre.structure.StructureParser;
import org.junit.jupiter.api.Test;

/** "Anh" is a pronoun, a brother or the United Kingdom: the document decides (sentences written for this test). */
class EntitySensesTest {
    private static List<String> ids(String text) {
        Document d = new StructureParser().parse(new RawText("t.txt", "txt", text, List.of()));
        return new Annotator().annotate(d).entities().stream().map(EntityMention::id).toList();
    }

    @Test
    void a_pronoun_opening_a_sentence_in_a_story_about_people_is_no_country() {
        assertThat(ids("Ca sĩ Minh Khoa vừa ra mắt album mới. Anh cho biết album được thu âm trong hai năm. "
                + "Anh là người tự viết lời cho cả mười bài hát.")).doesNotContain("GBR");
        assertThat(ids("Chương trình Anh trai hát hay thu hút khán giả. Khách mời là Anh trai Minh.")).doesNotContain("GBR");
        assertThat(ids("Cầu thủ được bán với giá 30 triệu bảng Anh.")).doesNotContain("GBR");
    }

    @Test
    void the_same_word_is_the_country_when_the_document_says_so() {
        assertThat(ids("Thủ tướng Anh sẽ thăm Ấn Độ. Anh là đối tác thương mại lớn của Ấn Độ.")).filteredOn("GBR"::equals).hasSize(2);
        assertThat(ids("Anh, Pháp và Đức ra tuyên bố chung.")).contains("GBR", "FRA", "DEU");
        assertThat(ids("Đội tuyển Anh thắng đậm ở vòng bảng.")).contains("GBR");
    }

    @Test
    void a_nationality_before_a_foreign_name_or_after_an_abbreviation_is_the_country_but_a_syllable_of_a_name_is_not() {
        assertThat(ids("Nhà văn Pháp Étienne Roux từng viết như vậy.")).contains("FRA");
        assertThat(ids("Trong bảng đấu có ĐT Pháp và ĐT Bỉ.")).contains("FRA");
        assertThat(ids("Ca sĩ Lê Mỹ Hằng vừa ra mắt bài hát mới.")).doesNotContain("USA");
    }

    @Test
    void a_syllable_of_a_place_joined_by_a_dash_is_no_short_form_of_a_country() {
        assertThat(ids("Dự án cao tốc Cần Thơ - Mỹ Phước đã khởi công.")).doesNotContain("USA");
        assertThat(ids("Quan hệ Việt - Mỹ phát triển tốt.")).contains("VNM", "USA");
    }

    @Test
    void a_one_syllable_name_after_a_form_of_address_is_a_persons_given_name() {
        assertThat(ids("Trả lời phóng viên, ông Đức cho biết công ty sẽ mở rộng sản xuất.")).isEmpty();
        assertThat(ids("Bà Nga, giáo viên ở Hà Nội, kể lại câu chuyện.")).isEmpty();
        assertThat(ids("Bà Merkel của Đức đã gặp ông Putin của Nga.")).containsExactly("DEU", "RUS");
        assertThat(ids("Anh ta quen một người tên Đức ở Nha Trang, còn cậu Nga là em họ.")).isEmpty();
    }
}
