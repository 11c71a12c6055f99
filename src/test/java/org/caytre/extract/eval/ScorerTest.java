package org.caytre.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import org.caytre.structure.CorpusFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScorerTest {
    private static final ObjectMapper M = new ObjectMapper();
    private static final String DOC = "Ta và Anh ký kết Hiệp định FTA (29/12). Thủ tướng ta điện đàm với Thủ tướng Nhật Bản (08/5).\n"
            + "Tăng trưởng đạt 5,64%<sup>3</sup> trong **6 tháng**.";

    private static JsonNode j(String s) {
        try { return M.readTree(s.replace('\'', '"')); } catch (IOException e) { throw new IllegalStateException(e); }
    }

    private static Score score(String gold, String pred) { return new Scorer().score(j(gold), j(pred), DOC, false); }

    @Test
    void events_match_on_type_participants_date_prefix_and_key_attributes() {
        String gold = "{'doc':'d','entities':[],'statistics':[],'events':[{'type':'PHONE_CALL','participants':['VNM','JPN'],"
                + "'date':'2020-05','attrs':{}}, {'type':'AGREEMENT','participants':['VNM','GBR'],'date':'2020',"
                + "'attrs':{'agreement':'AGR:UKVFTA','stage':'SIGNED'}}]}";
        // PER ids ignored; a more precise date matches; a duplicate prediction is a false positive
        Score s = score(gold, "{'events':[{'type':'PHONE_CALL','participants':['JPN','VNM','PER:Suga'],'date':'2020-05-08',"
                + "'evidence':'điện đàm với Thủ tướng Nhật Bản'},{'type':'PHONE_CALL','participants':['VNM','JPN'],'date':'2020-05-08',"
                + "'evidence':'điện đàm'},{'type':'AGREEMENT','participants':['VNM','GBR'],'date':'2020-12-29',"
                + "'attrs':{'agreement':'agr:ukvfta','stage':'RATIFIED'},'evidence':'Ta và Anh ký kết'}]}");
        assertThat(s.events()).isEqualTo(new Counts(1, 3, 2));
        assertThat(s.eventsByType().get("AGREEMENT")).isEqualTo(new Counts(0, 1, 1));
        assertThat(s.evidenceFound()).isEqualTo(3);
    }

    @Test
    void a_less_precise_date_or_a_range_start_is_judged_by_its_start() {
        assertThat(Scorer.dateMatches(j("'2020-09-29'"), j("'2020'"))).isFalse();
        assertThat(Scorer.dateMatches(j("'2020-10'"), j("'2020-10-29/2020-10-30'"))).isTrue();
        assertThat(Scorer.dateMatches(j("null"), j("null"))).isTrue();
    }

    @Test
    void invented_agreement_ids_are_not_compared() {
        JsonNode g = j("{'type':'AGREEMENT','participants':['VNM'],'date':null,'attrs':{'agreement':'AGR:VNM-XYZ','stage':'SIGNED'}}");
        JsonNode p = j("{'type':'AGREEMENT','participants':['VNM'],'date':'2021','attrs':{'agreement':'something','stage':'signed'}}");
        assertThat(Scorer.eventMatches(g, p)).isTrue();
    }

    @Test
    void statistics_need_the_value_and_overlapping_evidence() {
        String gold = "{'statistics':[{'value':5.64,'evidence':'Tăng trưởng đạt 5,64%'}]}";
        assertThat(score(gold, "{'statistics':[{'value':5.64000000001,'evidence':'đạt 5,64% trong 6 tháng'}]}").statistics())
                .isEqualTo(new Counts(1, 1, 1));
        assertThat(score(gold, "{'statistics':[{'value':5.64,'evidence':'Thủ tướng ta'}]}").statistics()).isEqualTo(new Counts(0, 1, 1));
        assertThat(score(gold, "{'statistics':[{'value':5.6,'evidence':'5,64%'}]}").statistics()).isEqualTo(new Counts(0, 1, 1));
        assertThat(score(gold, "{'statistics':[{'value':5.64,'evidence':'not in the text'}]}").evidenceFound()).isZero();
    }

    @Test
    void held_out_documents_compare_only_countries_and_listed_ids() {
        String gold = "{'entities':['VNM','ORG:ASEAN','AGR:VNM-XYZ']}";
        assertThat(new Scorer().score(j(gold), j("{'entities':['VNM','ORG:ASEAN','ORG:MADEUP']}"), DOC, true).entities())
                .isEqualTo(new Counts(2, 2, 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {CorpusFiles.D000, CorpusFiles.D001, CorpusFiles.D002, CorpusFiles.D004})
    void gold_scored_against_itself_is_perfect(String name) throws IOException {
        JsonNode gold = M.readTree(CorpusFiles.shared().resolve("gold").resolve(name.replace(".txt", ".json")).toFile());
        String text = Files.readString(CorpusFiles.corpus(name));
        Score s = new Scorer().score(gold, gold, text, false);
        assertThat(s.entities().f1()).isEqualTo(1.0);
        assertThat(s.events().f1()).isEqualTo(1.0);
        assertThat(s.statistics().f1()).isEqualTo(1.0);
        assertThat(s.evidenceShare()).isEqualTo(1.0);
    }
}
