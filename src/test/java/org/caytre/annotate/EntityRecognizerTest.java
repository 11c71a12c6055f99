package org.caytre.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.caytre.model.EntityMention;
import org.caytre.model.PersonMention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EntityRecognizerTest {
    private static List<String> ids(String s) {
        return EntityRecognizer.standard().find(s, 0, s.length()).stream().map(EntityMention::id).toList();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Ta nâng cấp quan hệ với Ốt-xtrây-li-a.           | AUS",
            "Quan hệ với Ô-xtrây-li-a phát triển.              | AUS",
            "Đoàn doanh nghiệp Úc sang thăm.                   | AUS",
            "Hợp tác với Australia được đẩy mạnh.              | AUS",
            "Quan hệ với Niu Di-lân, Niu Di lân và New Zealand. | NZL",
            "Hợp tác với Xinh-ga-po.                           | SGP",
            "Tình hình Mi-an-ma và Myanmar.                    | MMR",
            "Hỗ trợ Cam-pu-chia, Campuchia, Cam pu chia.       | KHM",
            "Hỗ trợ Nê-pan chống dịch.                         | NPL",
            "Xung đột tại Xy-ri kéo dài.                       | SYR",
            "FTA Hàn Quốc - I-xra-en.                          | KOR",
            "Lực lượng gìn giữ hòa bình tại Nam Xu-đăng.       | SSD",
            "Quan hệ Việt Nam - Hoa Kỳ và với Mỹ.              | USA",
            "Quan hệ với Nhật Bản và Hàn Quốc.                 | JPN",
            "Quan hệ với Triều Tiên.                           | PRK",
            "Quan hệ với Ấn Độ.                                | IND",
            "Thiết lập quan hệ với Bahamas.                    | BHS",
            "Ký CEPA với UAE.                                  | ARE",
            "Quan hệ với Han Quoc phát triển.                  | KOR",
            "Nam Phi là thành viên BRICS.                      | ZAF",
            "Nước ta là thành viên tích cực.                   | VNM",
            "Hợp tác với Ma-rốc và A-déc-bai-gian.             | AZE",
            "Hợp tác với Ma rốc và Azerbaijan.                 | MAR",
            "Hop tac giua Viet Nam va an do duoc tang cuong.   | IND",
    })
    void links_country_names_in_every_spelling(String text, String id) {
        assertThat(ids(text.strip())).contains(id);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Ta và Anh ký kết Hiệp định FTA song phương.       | GBR",
            "Pháp và I-ta-li-a đề nghị tham gia.               | FRA",
            "Quan hệ với Đức và Nga được thúc đẩy.             | DEU",
    })
    void short_names_count_in_context(String text, String id) {
        assertThat(ids(text.strip())).contains(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bài viết của ThS Vũ Anh Tuấn đăng trên tạp chí.", "Anh hùng dân tộc được tôn vinh.",
            "anh em hai nước gắn bó.", "Xây dựng Nhà nước pháp quyền và Pháp luật nghiêm minh.",
            "Các nước Mỹ La-tinh và Nam Á.", "Ông Nguyễn Minh Đức phát biểu.", "Miền Nam phát triển nhanh.",
            "Đoàn đại biểu Bộ Công an do Thứ trưởng làm Trưởng đoàn.", "Lực lượng công an do tỉnh quản lý."})
    void ambiguous_short_names_are_not_countries_here(String text) {
        assertThat(ids(text)).doesNotContain("GBR", "FRA", "USA", "DEU", "VNM", "IND");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Ủy viên không thường trực Hội đồng Bảo an Liên Hợp quốc | ORG:UNSC",
            "chương trình nghị sự của HĐBA/LHQ                     | ORG:UNSC",
            "Đại hội đồng Liên Hợp quốc khóa 75                    | ORG:UNGA",
            "vai trò tại Liên hợp quốc                             | ORG:UN",
            "EVFTA chính thức có hiệu lực                          | AGR:EVFTA",
            "Hiệp định thương mại tự do Việt Nam - EU có hiệu lực  | AGR:EVFTA",
            "tuân thủ Công ước Luật biển 1982                      | AGR:UNCLOS",
            "đàm phán Bộ Quy tắc ứng xử ở Biển Đông                | AGR:COC",
            "Nghị quyết số 34-NQ/TW của Bộ Chính trị               | DOC:34-NQ/TW",
            "Quyết định số 2013/QĐ-TTg                             | DOC:2013/QĐ-TTg",
            "Nghị quyết Đại hội lần thứ XIII của Đảng              | CONGRESS:XIII",
    })
    void organisations_agreements_documents_and_congresses(String text, String id) {
        List<String> found = ids(text.strip());
        assertThat(found).contains(id);
        if (id.equals("ORG:UNSC")) assertThat(found).doesNotContain("ORG:UN");
    }

    @Test
    void acronyms_inside_capitalised_titles_are_not_organisations() {
        assertThat(ids("QUAN HỆ ĐỐI NGOẠI CỦA VIỆT NAM NĂM 2020")).doesNotContain("ORG:NAM");
    }

    @Test
    void people_with_titles_and_their_side() {
        String s = "Tổng Bí thư, Chủ tịch nước Nguyễn Phú Trọng điện đàm với Thủ tướng Nhật Bản Suga Yoshihide; "
                + "Thủ tướng ta hội đàm với Tổng thống Pu-tin.";
        var ents = EntityRecognizer.standard().find(s, 0, s.length());
        List<PersonMention> p = new PersonRecognizer().find(s, 0, s.length(), ents);
        assertThat(p).extracting(PersonMention::name).containsExactly("Nguyễn Phú Trọng", "Suga Yoshihide", "Vla-đi-mia Pu-tin");
        assertThat(p).extracting(PersonMention::countryId).containsExactly("VNM", "JPN", "RUS");
        assertThat(p.get(0).title()).isEqualTo("Tổng Bí thư, Chủ tịch nước");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Hai nước hợp tác trong khối Pháp ngữ.",
            "Kim ngạch đạt gần 1 tỉ đôla Mỹ.", "Tin bài kết thúc.\nViệt Anh - Như Tâm\n", "Lễ đón tại Phủ Chủ tịch - Ảnh: HUY NAM."})
    void languages_currencies_bylines_and_photo_credits_name_no_country(String text) {
        assertThat(ids(text)).doesNotContain("FRA", "USA", "GBR", "ORG:NAM");
    }

    @Test
    void a_name_without_its_tone_marks_is_no_match_in_text_with_them() {
        // "Cu-ba" written without tone marks is not "Cụ bà" (an old woman); tone placement alone may differ ("hoà" = "hòa")
        assertThat(ids("Cụ bà tặng vàng cho quỹ từ thiện của xã.")).isEmpty();
        assertThat(ids("Đoàn đại biểu Cu-ba thăm Hà Nội.")).containsExactly("CUB");
    }

    @Test
    void a_country_after_a_vietnamese_family_name_is_a_persons_given_name() {
        assertThat(ids("Theo ông Dương Trung Quốc, cần có phản ứng tương xứng.")).isEmpty();
        assertThat(ids("Nhà thơ Lê Anh đọc bài thơ mới.")).isEmpty();
        // at a sentence's start a family name may be a common word: "Đoàn" (delegation)
        assertThat(ids("Đoàn Trung Quốc đến sân bay Nội Bài chiều qua.")).containsExactly("CHN");
    }

    @Test
    void a_pair_of_short_names_after_a_word_of_language_is_a_pair_of_languages() {
        assertThat(ids("Cuốn từ điển Anh - Việt mới được tái bản.")).isEmpty();
        assertThat(ids("Bản hợp đồng song ngữ Việt - Trung có hai bản.")).isEmpty();
        assertThat(ids("Quan hệ Việt - Trung tiếp tục phát triển.")).containsExactly("VNM", "CHN");
    }

    @Test
    void names_listed_after_a_word_of_language_and_religious_honorifics_are_no_countries() {
        assertThat(ids("Tấm bia khắc ba thứ tiếng Việt, Nga, Anh và Pháp.")).isEmpty();
        assertThat(ids("Đức Phật đản sinh; Đức Giáo hoàng gửi thông điệp.")).isEmpty();
        assertThat(ids("Ý định ấy nổi lên một lần nữa.")).isEmpty();
        assertThat(ids("Quan hệ với Nga, Anh và Pháp được củng cố.")).containsExactly("RUS", "GBR", "FRA");
    }
}
