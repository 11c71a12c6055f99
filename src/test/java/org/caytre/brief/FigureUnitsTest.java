package org.caytre.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.caytre.internal.DataFiles;
import org.junit.jupiter.api.Test;

/** {@code brief/figure-units.tsv}: which figures a brief dares to table, and that the file names what extraction writes. */
class FigureUnitsTest {
    @Test
    void an_indicator_is_tabled_only_in_a_unit_that_fits_it() {
        assertThat(FigureUnits.agree("growth rate", "%")).isTrue();
        assertThat(FigureUnits.agree("growth rate", "USD")).as("a growth rate is no sum of money").isFalse();
        assertThat(FigureUnits.agree("trade turnover", "USD")).isTrue();
        assertThat(FigureUnits.agree("trade turnover", "EUR")).as("any ISO 4217 currency").isTrue();
        assertThat(FigureUnits.agree("trade turnover", "%")).isFalse();
        assertThat(FigureUnits.agree("aid", "USD")).isTrue();
        assertThat(FigureUnits.agree("other", "USD")).as("a figure extraction could not name").isFalse();
        assertThat(FigureUnits.agree("citizens protected or repatriated", "citizens")).isTrue();
        assertThat(FigureUnits.agree("citizens protected or repatriated", "flights")).isFalse();
        assertThat(FigureUnits.agree("rank", null)).isTrue();
        assertThat(FigureUnits.agree("exports", null)).isFalse();
        assertThat(FigureUnits.kind("XYZ")).as("three capitals that are no currency").isEqualTo("XYZ");
    }

    @Test
    void the_file_names_only_indicators_and_units_extraction_writes() {
        Set<String> indicators = new HashSet<>(), units = new HashSet<>();
        for (String[] row : DataFiles.table("/extract/indicators.tsv")) indicators.add(row[1]);
        for (String[] row : DataFiles.table("/annotate/units.tsv")) units.add(row[1]);
        assertThat(indicators).containsAll(FigureUnits.indicators());
        for (String indicator : FigureUnits.indicators())
            for (String unit : FigureUnits.allowed(indicator))
                assertThat(FigureUnits.kinds().contains(unit) || units.contains(unit)).as("%s: unit %s", indicator, unit).isTrue();
    }
}
