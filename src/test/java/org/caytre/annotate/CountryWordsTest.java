package org.caytre.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.caytre.ingest.RawText;
import org.caytre.model.Document;
import org.caytre.model.EntityMention;
import org.caytre.structure.StructureParser;
import org.junit.jupiter.api.Test;

/** The lexicon of words holding a country's syllable, derived from pair counts, on sentences written for this test. */
class CountryWordsTest {
    private static List<String> derived(String... sentences) {
        CountryWords counts = new CountryWords();
        for (int i = 0; i < 12; i++) for (String s : sentences) counts.add(s);
        return counts.derive(new CountryWords.Thresholds(8, 0.8, 1.0, 2)).stream().map(p -> p.text() + " " + p.kind()).toList();
    }

    @Test
    void words_of_the_language_and_names_are_derived_and_countries_side_by_side_are_not() {
        List<String> out = derived(
                "Người dân cần tuân thủ pháp luật và góp ý kiến cho dự thảo.",
                "Theo quy định của pháp luật, mọi ý kiến đều được ghi nhận.",
                "Ca sĩ Đỗ Mỹ Linh và ca sĩ Trần Mỹ Linh cùng biểu diễn, khán giả góp ý kiến.",
                "Quan hệ Mỹ Trung căng thẳng; nước Mỹ và nước Pháp lên tiếng về pháp luật quốc tế.",
                "Các biện pháp trừng phạt mới được công bố, biện pháp trừng phạt kéo dài.",
                "Hai nước đã có ý kiến về các biện pháp trừng phạt và về mỹ thuật, linh hoạt, trung thành.");
        assertThat(out).contains("Pháp luật word", "Ý kiến word", "Mỹ Linh name");
        assertThat(out).noneMatch(p -> p.startsWith("Mỹ Trung") || p.startsWith("Nước Mỹ") || p.startsWith("Pháp trừng"));
    }

    @Test
    void a_word_opening_a_sentence_is_no_country() {
        String text = "Ý kiến của cử tri được ghi nhận. Áo dài truyền thống được trưng bày. Tổng thống Pháp thăm Ý.";
        Document d = new StructureParser().parse(new RawText("t.txt", "txt", text, List.of()));
        List<EntityMention> found = new Annotator().annotate(d).entities();
        assertThat(found).extracting(EntityMention::id).containsExactlyInAnyOrder("FRA", "ITA");
        assertThat(found).allMatch(e -> e.span().start() > text.indexOf("Tổng thống"));
    }

    @Test
    void a_word_is_read_on_the_lower_case_uses_of_the_country_syllable_and_not_where_the_country_goes_on_into_a_verb() {
        CountryWords counts = new CountryWords();
        for (int i = 0; i < 12; i++) {
            counts.add("Chị bán mỹ phẩm ở chợ, còn quầy mỹ phẩm bên cạnh đông khách.");
            counts.add("Cảnh quan và mỹ quan đô thị cần giữ, mỹ quan thành phố đẹp hơn.");
            counts.add("Hôm nay phía Mỹ quan ngại về tình hình và nước Mỹ quan tâm tới khu vực.");
            counts.add("Dự án sản phẩm mới ra mắt, Mỹ nói; nước Mỹ và nước Anh lên tiếng, Mỹ cho biết.");
            counts.add("Triển lãm ở Bảo tàng Mỹ thuật, Cục Mỹ thuật, Hội Mỹ thuật; giới mỹ thuật khen, sinh viên mỹ thuật xem.");
            counts.add("Tác phẩm mỹ thuật đương đại và ngành mỹ thuật ứng dụng cần nhiều đầu tư.");
        }
        // the country's own uses ("Mỹ nói", "nước Mỹ") make "mỹ" frequent; its lower-case uses are the words
        List<String> out = counts.derive(new CountryWords.Thresholds(8, 0.8, 1.5, 2)).stream().map(p -> p.text() + " " + p.kind()).toList();
        // a word capitalised inside names ("Bảo tàng Mỹ thuật") is still the word
        assertThat(out).contains("Mỹ phẩm word", "Mỹ thuật word").doesNotContain("Mỹ quan word");
    }
}
