package org.caytre.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ibm.icu.util.Region;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Build-time tool (test scope): converts world-atlas's {@code countries-110m.json} (TopoJSON, countries keyed by ISO
 * 3166 numeric code) to the GeoJSON the map page registers with ECharts, each feature named by its ISO alpha-3 code
 * (ICU maps numeric → region → alpha-3). Run after {@code npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz}:
 * <pre>{@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.caytre.web.WorldMapBuilder \
 *   -Dexec.args="package/countries-110m.json src/main/resources/web/vendor/world-110m.geo.json src/main/resources/web/vendor/iso3-to-iso2.json"}</pre>
 * or from an IDE; the output is checked in (with its licence in {@code web/vendor/NOTICE}). The third file maps alpha-3 to
 * alpha-2 codes for the UI's country names.
 */
public final class WorldMapBuilder {
    private static final ObjectMapper JSON = new ObjectMapper();

    private WorldMapBuilder() {}

    public static void main(String[] args) throws IOException {
        JsonNode topo = JSON.readTree(Files.readString(Path.of(args[0])));
        Files.writeString(Path.of(args[1]), JSON.writeValueAsString(convert(topo)));
        if (args.length > 2) Files.writeString(Path.of(args[2]), JSON.writeValueAsString(alpha2ByAlpha3()));
    }

    /** ISO 3166 alpha-3 → alpha-2 of every territory ICU knows, for the browser's Intl.DisplayNames (alpha-2 only). */
    static java.util.Map<String, String> alpha2ByAlpha3() {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        for (Region r : Region.getAvailable(Region.RegionType.TERRITORY)) {
            String iso3 = new ULocale("", r.toString()).getISO3Country();
            if (!iso3.isEmpty() && r.toString().length() == 2) out.put(iso3, r.toString());
        }
        return out;
    }

    static ObjectNode convert(JsonNode topo) {
        List<List<double[]>> arcs = decodeArcs(topo);
        ObjectNode out = JSON.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = out.putArray("features");
        for (JsonNode g : topo.get("objects").get("countries").get("geometries")) {
            String iso3 = alpha3(g.path("id").asText(""));
            if (iso3 == null || !g.has("arcs")) continue;   // territories without an ISO code (Kosovo, N. Cyprus…)
            if (iso3.equals("ATA")) continue;                // Antarctica: no partner, half the map's height
            ObjectNode f = features.addObject().put("type", "Feature");
            f.putObject("properties").put("name", iso3).put("en", g.path("properties").path("name").asText());
            ObjectNode geometry = f.putObject("geometry").put("type", g.get("type").asText());
            ArrayNode coordinates = geometry.putArray("coordinates");
            if (g.get("type").asText().equals("Polygon")) polygon(g.get("arcs"), arcs, coordinates);
            else for (JsonNode p : g.get("arcs")) polygon(p, arcs, coordinates.addArray());
        }
        return out;
    }

    static String alpha3(String numeric) {
        try {
            Region r = Region.getInstance(Integer.parseInt(numeric));
            String iso3 = new ULocale("", r.toString()).getISO3Country();
            return iso3.isEmpty() ? null : iso3;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Quantized, delta-encoded arcs back to longitude/latitude. */
    private static List<List<double[]>> decodeArcs(JsonNode topo) {
        JsonNode t = topo.get("transform");
        double sx = t.get("scale").get(0).asDouble(), sy = t.get("scale").get(1).asDouble();
        double tx = t.get("translate").get(0).asDouble(), ty = t.get("translate").get(1).asDouble();
        List<List<double[]>> out = new ArrayList<>();
        for (JsonNode arc : topo.get("arcs")) {
            List<double[]> points = new ArrayList<>();
            long x = 0, y = 0;
            for (JsonNode p : arc) {
                x += p.get(0).asLong();
                y += p.get(1).asLong();
                points.add(new double[] {round(x * sx + tx), round(y * sy + ty)});
            }
            out.add(points);
        }
        return out;
    }

    private static double round(double v) { return Math.round(v * 1000) / 1000.0; }

    /** Rings of arc indices (~i: arc i reversed); consecutive arcs share their end point, written once. */
    private static void polygon(JsonNode rings, List<List<double[]>> arcs, ArrayNode out) {
        for (JsonNode ring : rings) {
            ArrayNode points = out.addArray();
            boolean first = true;
            for (JsonNode index : ring) {
                int i = index.asInt();
                List<double[]> arc = new ArrayList<>(arcs.get(i >= 0 ? i : ~i));
                if (i < 0) java.util.Collections.reverse(arc);
                for (int k = first ? 0 : 1; k < arc.size(); k++) points.addArray().add(arc.get(k)[0]).add(arc.get(k)[1]);
                first = false;
            }
            unwrap(points);
        }
    }

    /**
     * A ring crossing the antimeridian (Russia's Chukotka, Fiji) jumps from +180 to −180 and, drawn flat, would streak
     * across the whole map: keep its longitudes continuous (past ±180), then bring the ring back to the side most of
     * it lies on.
     */
    private static void unwrap(ArrayNode ring) {
        double shift = 0, previous = Double.NaN, sum = 0;
        for (JsonNode point : ring) {
            double lon = point.get(0).asDouble();
            if (!Double.isNaN(previous) && Math.abs(lon + shift - previous) > 180) shift += lon + shift > previous ? -360 : 360;
            ((ArrayNode) point).set(0, round(lon + shift));
            previous = lon + shift;
            sum += lon + shift;
        }
        double mean = sum / Math.max(1, ring.size());
        double back = mean > 180 ? -360 : mean < -180 ? 360 : 0;
        if (back != 0) for (JsonNode point : ring) ((ArrayNode) point).set(0, round(point.get(0).asDouble() + back));
    }
}
