import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.caytre.search.PassageIndex;
import org.caytre.search.SearchBench;
import org.caytre.search.SearchRequest;

/**
 * The JSON answers of the bench mix and the development queries (first, next and deep pages) over an index, one line
 * each, so two jars can be compared byte for byte after a change to the search path (ranking, scores, snippets,
 * facets):
 *
 *   java -cp OLD.jar bin/profile/SearchAnswers.java DATA/index ../shared/queries/search-dev.json > old.txt
 *   java -cp NEW.jar bin/profile/SearchAnswers.java DATA/index ../shared/queries/search-dev.json > new.txt; cmp old.txt new.txt
 */
public class SearchAnswers {
    public static void main(String[] a) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<SearchRequest> requests = new ArrayList<>();
        for (SearchBench.Entry e : SearchBench.mix()) requests.add(e.request());
        for (JsonNode q : json.readTree(Path.of(a[1]).toFile())) requests.add(SearchRequest.of(q.get("q").asText()));
        try (PassageIndex index = PassageIndex.openReadOnly(Path.of(a[0]))) {
            for (SearchRequest r : requests)
                for (int[] page : new int[][] {{r.offset(), r.limit()}, {r.offset() + 10, 10}, {3, 4}, {55, 10}, {0, 100}}) {
                    SearchRequest p = r.withOffset(page[0]).withLimit(page[1]);
                    System.out.println(json.writeValueAsString(index.search(p).toJson()));
                }
        }
    }
}
