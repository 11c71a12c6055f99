package org.caytre.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped world geometry (built by {@link WorldMapBuilder}): alpha-3 names, sound rings, no antimeridian streaks. */
class WorldMapTest {
    @Test void countries_are_named_by_alpha3_with_rings_that_never_jump_across_the_map() throws Exception {
        JsonNode geo = new ObjectMapper().readTree(getClass().getResourceAsStream("/web/vendor/world-110m.geo.json"));
        Map<String, JsonNode> byName = new HashMap<>();
        for (JsonNode f : geo.get("features")) {
            byName.put(f.get("properties").get("name").asText(), f.get("geometry"));
            JsonNode g = f.get("geometry");
            JsonNode polygons = g.get("type").asText().equals("Polygon") ? new ObjectMapper().createArrayNode().add(g.get("coordinates")) : g.get("coordinates");
            for (JsonNode polygon : polygons)
                for (JsonNode ring : polygon) {
                    assertThat(ring.size()).isGreaterThanOrEqualTo(4);
                    for (int i = 1; i < ring.size(); i++)
                        assertThat(Math.abs(ring.get(i).get(0).asDouble() - ring.get(i - 1).get(0).asDouble())).isLessThan(180);
                }
        }
        assertThat(byName).hasSizeGreaterThan(170).containsKeys("VNM", "USA", "CHN", "RUS", "JPN", "KOR", "IND", "AUS", "NZL", "LAO", "KHM");
        JsonNode vietnam = byName.get("VNM").get("coordinates").get(0);
        for (JsonNode point : vietnam) assertThat(point.get(0).asDouble()).isBetween(102.0, 110.0);
        assertThat(WorldMapBuilder.alpha3("704")).isEqualTo("VNM");
        assertThat(WorldMapBuilder.alpha3("840")).isEqualTo("USA");
        assertThat(WorldMapBuilder.alpha3("-99")).isNull();
    }

    @Test void the_shipped_country_codes_are_those_icu_gives() throws Exception {
        Map<String, String> shipped = new ObjectMapper().readValue(getClass().getResourceAsStream("/web/vendor/iso3-to-iso2.json"),
                new com.fasterxml.jackson.core.type.TypeReference<Map<String, String>>() {});
        assertThat(shipped).isEqualTo(WorldMapBuilder.alpha2ByAlpha3()).containsEntry("VNM", "VN").containsEntry("CAF", "CF");
    }
}
