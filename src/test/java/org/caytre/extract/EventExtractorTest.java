package org.caytre.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.caytre.model.Event;
import org.junit.jupiter.api.Test;

/** The hard cases: lists of events in one sentence, sides by title or "ta", coordinated countries, counts, plans. */
class EventExtractorTest {
    private static List<Event> events(String text, String type) {
        return Pipelines.extract(text).events().stream().filter(e -> e.type().equals(type)).toList();
    }

    @Test
    void a_semicolon_list_gives_one_event_per_item_with_its_own_date() {
        List<Event> calls = events("Phó Thủ tướng Phạm Bình Minh điện đàm với Ngoại trưởng Nga Láp-rốp (28/4/2020); "
                + "Bộ trưởng Ngoại giao Bùi Thanh Sơn điện đàm với Bộ trưởng Ngoại giao Nhật Bản (27/4/2021).", "PHONE_CALL");
        assertThat(calls).extracting(Event::participants, Event::date).containsExactlyInAnyOrder(
                tuple(List.of("VNM", "RUS"), "2020-04-28"), tuple(List.of("VNM", "JPN"), "2021-04-27"));
    }

    @Test
    void a_clause_without_a_trigger_continues_the_previous_one() {
        List<Event> calls = events("Chủ tịch nước Nguyễn Xuân Phúc điện đàm với Thủ tướng Nhật Bản Suga Yoshihide (20/4/2021); "
                + "Phó Thủ tướng Phạm Bình Minh (25/4/2021).", "PHONE_CALL");
        assertThat(calls).extracting(Event::date).containsExactlyInAnyOrder("2021-04-20", "2021-04-25");
        assertThat(calls).allSatisfy(e -> assertThat(e.participants()).containsExactlyInAnyOrder("VNM", "JPN"));
    }

    @Test
    void sides_come_from_titles_and_from_ta() {
        assertThat(events("Ngày 10/7/2021, Thủ tướng Phạm Minh Chính điện đàm với Thủ tướng Trung Quốc Lý Khắc Cường.", "PHONE_CALL"))
                .extracting(Event::participants).containsExactly(List.of("VNM", "CHN"));
        assertThat(events("Thủ tướng ta và Tổng thống Mỹ đã điện đàm trong năm 2020.", "PHONE_CALL"))
                .extracting(Event::participants).containsExactly(List.of("VNM", "USA"));
    }

    @Test
    void coordinated_countries_take_their_own_years() {
        List<Event> p = events("Việt Nam lần lượt nâng cấp quan hệ lên Đối tác Chiến lược Toàn diện với Hàn Quốc (2022), "
                + "Hoa Kỳ và Nhật Bản (2023).", "PARTNERSHIP");
        assertThat(p).extracting(e -> e.participants().get(1), Event::date)
                .containsExactlyInAnyOrder(tuple("KOR", "2022"), tuple("USA", "2023"), tuple("JPN", "2023"));
        assertThat(p).allSatisfy(e -> assertThat(e.attrs().get("level")).isEqualTo("COMPREHENSIVE_STRATEGIC"));
    }

    @Test
    void a_count_instead_of_a_date_dates_the_event_to_its_period() {
        assertThat(events("Trong năm 2020, lãnh đạo hai nước Việt Nam và Trung Quốc điện đàm 02 lần.", "PHONE_CALL"))
                .extracting(Event::participants, Event::date).containsExactly(tuple(List.of("VNM", "CHN"), "2020"));
    }

    @Test
    void plans_and_recommendations_are_not_events() {
        assertThat(Pipelines.extract("Thời gian tới, ta cần thúc đẩy nâng cấp quan hệ với Ốt-xtrây-li-a lên Đối tác Chiến lược "
                + "Toàn diện và sẽ tổ chức chuyến thăm Nhật Bản.").events()).isEmpty();
    }

    @Test
    void visits_know_their_host() {
        List<Event> v = events("Đoàn Bộ Quốc phòng đã thăm làm việc Lào, Ma-lai-xi-a (02/2020). "
                + "Tàu khu trục Mỹ thăm cảng Cam Ranh tháng 03/2020.", "VISIT");
        assertThat(v).extracting(e -> e.attrs().get("host")).containsExactlyInAnyOrder("LAO", "MYS", "VNM");
    }

    @Test
    void evidence_is_the_clause_and_quotes_the_source() {
        Extraction x = Pipelines.extract("Ngày 29/12/2020, ta và Anh ký kết Hiệp định FTA.");
        Event e = x.events().stream().filter(ev -> ev.type().equals("AGREEMENT")).findFirst().orElseThrow();
        assertThat(e.attrs()).containsEntry("agreement", "AGR:UKVFTA").containsEntry("stage", "SIGNED");
        assertThat(x.document().text(e.evidence())).contains("ký kết Hiệp định FTA");
    }

    @Test
    void typical_sentences_of_the_genre_written_for_this_test() {
        Extraction x = Pipelines.extract("""
                Thủ tướng Phạm Minh Chính thăm chính thức Ốt-xtrây-li-a và Niu Di-lân (3-9/3/2024).

                Chủ tịch nước Võ Văn Thưởng đón Tổng thống Hàn Quốc Yoon Suk Yeol thăm cấp nhà nước Việt Nam (22-24/6/2023).

                Việt Nam đã ký Hiệp định Đối tác Kinh tế Toàn diện (CEPA) với UAE (10/2023).

                Việt Nam trúng cử Phó Chủ tịch Đại hội đồng Liên Hợp quốc khóa 77.

                Hàn Quốc viện trợ 1 triệu USD cho Việt Nam khắc phục hậu quả bão lũ (9/2024).
                """);
        assertThat(x.events()).extracting(Event::type, e -> e.participants().get(e.participants().size() - 1), Event::date)
                .contains(tuple("VISIT", "AUS", "2024-03-03/2024-03-09"), tuple("VISIT", "NZL", "2024-03-03/2024-03-09"),
                        tuple("VISIT", "KOR", "2023-06-22/2023-06-24"), tuple("AGREEMENT", "ARE", "2023-10"),
                        tuple("AID", "KOR", "2024-09"));
        assertThat(x.events()).filteredOn(e -> e.type().equals("VISIT") && e.participants().contains("KOR"))
                .allSatisfy(e -> assertThat(e.attrs()).containsEntry("host", "VNM"));
        assertThat(x.events()).filteredOn(e -> e.type().equals("MULTILATERAL_ROLE")).singleElement()
                .satisfies(e -> assertThat(e.attrs()).containsEntry("body", "ORG:UNGA").containsEntry("role", "vice-president"));
        assertThat(x.events()).filteredOn(e -> e.type().equals("AID")).singleElement()
                .satisfies(e -> assertThat(e.attrs()).containsEntry("from", "KOR").containsEntry("amount", 1_000_000.0));
    }
}
