package org.caytre.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.caytre.ingest.RawText;
import org.caytre.model.Annotations;
import org.caytre.model.Document;
import org.caytre.model.EntityMention;
import org.caytre.model.PersonMention;
import org.caytre.structure.StructureParser;
import org.junit.jupiter.api.Test;

/** Whose people are whose: guesses of Vietnamese nationality, and "we" or "one" that are not Vietnam. */
class PersonCountriesTest {
    private static Annotations annotate(String text) {
        Document d = new StructureParser().parse(new RawText("t.txt", "txt", text, List.of()));
        return new Annotator().annotate(d);
    }

    private static String countryOf(Annotations a, String name) {
        for (PersonMention p : a.people()) if (p.name().equals(name)) return p.countryId();
        return "absent";
    }

    @Test
    void a_name_the_text_ties_to_another_country_is_of_that_country_in_every_mention() {
        Annotations a = annotate("Phó Thủ tướng Trung Quốc Lý Văn Hạo đến Washington. Sau đó, Phó Thủ tướng Lý Văn Hạo gặp Bộ trưởng Tài chính Mỹ.");
        assertThat(a.people()).filteredOn(p -> p.name().equals("Lý Văn Hạo")).extracting(PersonMention::countryId).containsOnly("CHN");
    }

    @Test
    void in_a_story_about_china_that_never_names_vietnam_an_unknown_official_is_nobodys_for_sure() {
        Annotations a = annotate("Mỹ và Trung Quốc nhất trí đối thoại thương mại sau khi Phó Thủ tướng Lưu Văn Hạc tới Washington.");
        assertThat(countryOf(a, "Lưu Văn Hạc")).isNull();
        Annotations home = annotate("Việt Nam và Trung Quốc nhất trí tăng cường hợp tác. Phó Thủ tướng Trần Văn Minh tiếp Đại sứ Trung Quốc.");
        assertThat(countryOf(home, "Trần Văn Minh")).isEqualTo("VNM");
    }

    @Test
    void we_and_one_are_not_vietnam() {
        assertThat(annotate("Ông nói: \"Chúng ta sẽ phải đàm phán với Nga\", và người ta tin rằng ông đúng.").entities())
                .extracting(EntityMention::id).doesNotContain("VNM");
        assertThat(annotate("Năm qua, ta đã thiết lập quan hệ với Bahamas.").entities()).extracting(EntityMention::id).contains("VNM");
    }

    @Test
    void a_body_between_the_title_and_the_name_belongs_to_the_title() {
        Annotations a = annotate("Bộ trưởng Bộ Công Thương Trần Văn Hùng tiếp Bộ trưởng Thương mại Ai Cập.");
        assertThat(a.people()).extracting(PersonMention::name).contains("Trần Văn Hùng");
        assertThat(countryOf(a, "Trần Văn Hùng")).isEqualTo("VNM");
    }

    @Test
    void a_body_or_an_acronym_after_a_title_is_no_persons_name() {
        Annotations a = annotate("Thứ trưởng Bộ Nội vụ đã phát biểu. Chủ tịch HĐQT ABC cho biết doanh thu tăng. Bộ trưởng Bộ Công Thương Lê Văn Tâm dự họp.");
        assertThat(a.people()).extracting(PersonMention::name).containsExactly("Lê Văn Tâm");
    }

    @Test
    void a_party_named_between_the_title_and_the_name_gives_the_office_and_its_country() {
        Annotations a = annotate("Tổng Bí thư Đảng Nhân dân Cách mạng Lào Bun Mi Xay tiếp đoàn đại biểu. Chủ tịch Ủy ban nhân dân tỉnh cho biết Trần Văn Lộc đã đến.");
        assertThat(a.people()).extracting(PersonMention::name).contains("Bun Mi Xay").doesNotContain("Đảng Nhân");
        assertThat(countryOf(a, "Bun Mi Xay")).isEqualTo("LAO");
        assertThat(a.people()).extracting(PersonMention::name).doesNotContain("Trần Văn Lộc");   // "… cho biết" is no body
    }

    @Test
    void a_person_named_again_by_one_word_after_ong_or_ba_is_the_person_named_in_full() {
        Annotations a = annotate("Ngoại trưởng Úc Peter Grant đến Hà Nội. Sau đó, ông Grant gặp các doanh nghiệp. Ông Minh không dự.");
        assertThat(a.people()).filteredOn(p -> p.name().equals("Peter Grant")).hasSize(2).extracting(PersonMention::countryId).containsOnly("AUS");
        assertThat(a.people()).extracting(PersonMention::name).doesNotContain("Minh");
    }
}
