package org.caytre.kb.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class IsoPeriodTest {

    @ParameterizedTest
    @CsvSource({
            "2023, 2023-01-01, 2023-12-31",
            "2024-02, 2024-02-01, 2024-02-29",
            "2023-09-10, 2023-09-10, 2023-09-10",
            "2021-H1, 2021-01-01, 2021-06-30",
            "2021-H2, 2021-07-01, 2021-12-31",
            "2023-Q4, 2023-10-01, 2023-12-31",
            "2023-08-14/2023-08-16, 2023-08-14, 2023-08-16",
            "2021/2023, 2021-01-01, 2023-12-31"})
    void a_period_covers_its_first_to_its_last_day(String text, LocalDate first, LocalDate last) {
        IsoPeriod p = IsoPeriod.parse(text);
        assertThat(p.first()).isEqualTo(first);
        assertThat(p.last()).isEqualTo(last);
        assertThat(p.text()).isEqualTo(text);
    }

    @Test
    void bad_text_fails_naming_it_or_gives_null_for_data() {
        assertThatThrownBy(() -> IsoPeriod.parse("2023-13")).hasMessageContaining("'2023-13'");
        assertThatThrownBy(() -> IsoPeriod.parse("2021-H3")).hasMessageContaining("'2021-H3'");
        assertThat(IsoPeriod.parseOrNull("tháng 9")).isNull();
        assertThat(IsoPeriod.parseOrNull(null)).isNull();
    }

    @Test
    void compatible_periods_lie_one_inside_the_other() {
        assertThat(IsoPeriod.parse("2023").compatible(IsoPeriod.parse("2023-09-10"))).isTrue();
        assertThat(IsoPeriod.parse("2023-09-10").compatible(IsoPeriod.parse("2023"))).isTrue();
        assertThat(IsoPeriod.parse("2008-05").compatible(IsoPeriod.parse("2023"))).isFalse();
        assertThat(IsoPeriod.parse("2023-09-10").finerThan(IsoPeriod.parse("2023-09"))).isTrue();
    }
}
