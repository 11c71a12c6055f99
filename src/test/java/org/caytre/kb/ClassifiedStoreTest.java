package org.caytre.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.caytre.classify.Area;
import org.caytre.kb.KnowledgeBase.EventFilter;
import org.caytre.kb.KnowledgeBase.EventView;
import org.caytre.pipeline.Pipeline;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Relevance and areas stored with documents, passages, event mentions and statistics, on both real backends. */
class ClassifiedStoreTest {
    @TempDir Path dir;

    static java.util.stream.Stream<String> backends() { return Backends.all(); }

    @ParameterizedTest @MethodSource("backends")
    void relevance_and_areas_are_stored_and_filter_events(String backend) throws Exception {
        Store store = Backends.open(backend, dir);
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("hop-tac.txt"), "Ngày 4/9/2023, tại Hà Nội, Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng"
                + " Ô-xtrây-li-a; hai bên nhất trí tăng cường thương mại song phương, đầu tư và xuất khẩu nông sản.\n");
        Files.writeString(docs.resolve("the-thao.txt"), "Tối 2/7/2023, đội tuyển Anh gặp đội tuyển Đan Mạch ở vòng bảng. Huấn luyện viên"
                + " cho biết các cầu thủ đã sẵn sàng cho trận đấu, tiền đạo số 9 được kỳ vọng ghi bàn; khán giả chật kín sân.\n");
        new Ingester(store, Pipeline.standard(), null, 1).run(List.of(docs), (source, status, bytes, reason) -> {});
        try (Connection c = store.connect()) {
            assertThat(Sql.strings(c, "SELECT id FROM documents WHERE relevance >= 0.5")).containsExactly("hop-tac.txt");
            assertThat(Sql.strings(c, "SELECT areas FROM passages WHERE id = 'hop-tac.txt:p0'")).singleElement()
                    .satisfies(a -> assertThat(Area.split(a)).contains(Area.BILATERAL, Area.ECONOMIC));
            assertThat(Sql.strings(c, "SELECT areas FROM passages WHERE id = 'the-thao.txt:p0'")).containsExactly("");
            assertThat(Sql.count(c, "SELECT COUNT(*) FROM event_mentions WHERE relevance IS NULL")).isZero();
        }
        KnowledgeBase kb = new KnowledgeBase(store);
        List<EventView> economic = kb.events(EventFilter.ALL.classified(Area.ECONOMIC, false));
        assertThat(economic).isNotEmpty().allSatisfy(e -> assertThat(e.participants()).contains("AUS"));
        assertThat(kb.events(EventFilter.ALL.classified(Area.CITIZENS, false))).isEmpty();
        List<EventView> foreign = kb.events(EventFilter.ALL.classified(null, true));
        assertThat(foreign).allSatisfy(e -> assertThat(e.mentions()).extracting(KnowledgeBase.Mention::doc).contains("hop-tac.txt"));
        AreaYears.Counts counts = new AreaYears(store).count(true);
        assertThat(counts.areas().get(Area.ECONOMIC)).singleElement().satisfies(y -> {
            assertThat(y.year()).isEqualTo("2023");
            assertThat(y.events()).isEqualTo(economic.size());
        });
        Consistency.assertNoOrphansOrDuplicates(store);
    }
}
