package org.caytre.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.caytre.ingest.RawText;
import org.junit.jupiter.api.Test;

/**
 * The structure stage costs time in proportion to the text: 4× the text may cost at most 8× the time (a quadratic
 * path costs 16×; the marker search that scanned the rest of the document for every line cost that).
 */
class LinearTimeTest {
    // lines without the next marker's digits: for each, the old search looked through the rest of the document
    private static final String BLOCK = "Kim ngạch thương mại hai chiều tăng mạnh so với cùng kỳ năm trước.\n"
            + "Hai bên nhất trí thúc đẩy hợp tác trong khuôn khổ ASEAN và APEC.\n\n";

    private static double seconds(int blocks) {
        RawText raw = new RawText("big.txt", "txt", BLOCK.repeat(blocks), List.of());
        StructureParser parser = new StructureParser();
        double best = Double.MAX_VALUE;
        for (int run = 0; run < 2; run++) {
            long t0 = System.nanoTime();
            parser.parse(raw);
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        return best;
    }

    @Test
    void four_times_the_text_costs_at_most_eight_times_the_time() {
        seconds(2_000);                              // warm-up
        double small = seconds(4_000), large = seconds(16_000);   // ~0.6 MB and ~2.4 MB
        assertThat(large).as("%.3f s for 4x the text of %.3f s", large, small).isLessThan(8 * Math.max(small, 0.02));
    }
}
