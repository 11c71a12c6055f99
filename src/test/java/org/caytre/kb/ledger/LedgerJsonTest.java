package org.caytre.kb.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LedgerJsonTest {
    private static final PartnershipLedger LEDGER = PartnershipLedger.of(
            List.of(new Fact("own.txt", "2019", "PARTNERSHIP", List.of("VNM", "AAA"), "2019", Map.of("level", "STRATEGIC"),
                    "Hai nước nâng quan hệ lên đối tác chiến lược.")),
            ReferenceTable.parse("test", List.of("AAA\tCOMPREHENSIVE\t2010-05-02\t\tJoint statement A\tmofa")));

    @Test
    void partners_have_the_contract_shape() {
        String json = LedgerJson.write(LedgerJson.partners(LocalDate.of(2020, 1, 1), LEDGER.asOf(LocalDate.of(2020, 1, 1))));
        assertThat(json).isEqualTo("{\"as_of\":\"2020-01-01\",\"partners\":[{\"country\":\"AAA\",\"level\":\"STRATEGIC\","
                + "\"since\":\"2019\",\"provenance\":\"document\",\"evidence\":\"Hai nước nâng quan hệ lên đối tác chiến lược.\","
                + "\"doc\":\"own.txt\",\"sources\":[{\"provenance\":\"document\",\"since\":\"2019\",\"doc\":\"own.txt\","
                + "\"evidence\":\"Hai nước nâng quan hệ lên đối tác chiến lược.\",\"kind\":\"official\",\"outlet\":null,"
                + "\"claim\":\"" + LEDGER.claims("AAA").get(1).claim().id() + "\",\"status\":\"in_force\"}],"
                + "\"name\":null,\"partner_kind\":\"country\"}]}");
    }

    @Test
    void a_history_lists_steps_with_their_end_and_a_check_lists_verdicts() {
        String history = LedgerJson.write(LedgerJson.history("AAA", LEDGER.history("AAA")));
        assertThat(history).startsWith("{\"country\":\"AAA\",\"history\":[{\"country\":\"AAA\",\"level\":\"COMPREHENSIVE\","
                + "\"since\":\"2010-05-02\",\"until\":\"2019-01-01\",\"provenance\":\"reference\",\"evidence\":\"Joint statement A (mofa)\",\"doc\":null");
        List<Verdict> verdicts = new StatedCountCheck(LEDGER).check(List.of(
                new Figure("own.txt", "2020", "partners", 1, "partners", null, "VNM", "Ta có 1 đối tác chiến lược.")));
        assertThat(LedgerJson.write(LedgerJson.checks(verdicts))).startsWith("{\"checks\":[{\"doc\":\"own.txt\","
                + "\"evidence\":\"Ta có 1 đối tác chiến lược.\",\"stated\":1,\"about\":\"STRATEGIC\",\"counting\":\"inclusive\","
                + "\"as_of\":\"2020-12-31\",\"verdict\":\"agree\",\"derived_count\":1,\"derived\":[{\"country\":\"AAA\"");
    }
}
