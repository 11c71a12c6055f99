package org.caytre.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The analyst's desk on a real store: for each page of the UI, the time from navigation to the page being ready
 * ({@code data-ready-at}, set by app.js: ES modules, API answers and rendering included) and its DOM size, in headless
 * Chromium, with a screenshot; then the size and time of each API answer the pages ask for. Not a test: {@code
 * bin/desk-bench DATA_DIR} serves the directory and runs it. Each page is loaded {@code RUNS} times in a fresh tab
 * (the first load also fetches the scripts); the table gives the median and the largest.
 */
public final class DeskBenchmark {
    private static final int RUNS = 3;

    public static void main(String[] args) throws Exception {
        String base = args[0].endsWith("/") ? args[0] : args[0] + "/";
        Path shots = Path.of(args.length > 1 ? args[1] : "target/desk-bench");
        Files.createDirectories(shots);
        HttpClient http = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        JsonNode hit = json.readTree(get(http, base + "api/v1/search?q=" + enc("hợp tác kinh tế") + "&limit=1").body()).get("hits").get(0);
        JsonNode person = json.readTree(get(http, base + "api/v1/events?country=" + enc("PER:Tô Lâm") + "&limit=1").body());
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "#/search");
        pages.put("search", "#/search?q=" + enc("hợp tác kinh tế"));
        pages.put("search-page-2", "#/search?q=" + enc("hợp tác kinh tế") + "&offset=30");
        pages.put("search-2019", "#/search?q=" + enc("hợp tác kinh tế") + "&from=2019-01-01&to=2019-12-31");
        pages.put("reader", "#/doc/" + enc(hit.get("doc").asText()));
        pages.put("documents", "#/documents");
        pages.put("documents-dated", "#/documents?sort=-date&from=2018-01-01&to=2019-12-31");
        pages.put("country", "#/country/USA");
        pages.put("timeline", "#/timeline");
        pages.put("timeline-japan", "#/timeline?country=" + enc("Nhật Bản"));
        pages.put("network", "#/network");
        pages.put("figures", "#/figures");
        pages.put("check", "#/check");
        pages.put("person", "#/entity/" + enc("PER:Tô Lâm"));
        pages.put("organisation", "#/entity/ORG:ASEAN");
        pages.put("batch", "#/batch");
        System.out.printf("person events: %s%n", person.get("total"));

        ChromeOptions o = new ChromeOptions().setBinary("/usr/bin/chromium");
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1440,1000");
        ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build(), o);
        System.out.println("| page | ready after load (median / max of " + RUNS + ") | DOM elements |");
        System.out.println("| --- | --- | --- |");
        try {
            for (Map.Entry<String, String> p : pages.entrySet()) {
                List<Long> times = new ArrayList<>();
                long dom = 0;
                for (int run = 0; run < RUNS; run++) {
                    driver.get("about:blank");
                    driver.get(base + p.getValue());
                    new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> "true".equals(d.findElement(By.id("view")).getAttribute("data-ready")));
                    WebElement view = driver.findElement(By.id("view"));
                    if (!driver.findElements(By.cssSelector("#view .error")).isEmpty())
                        throw new IllegalStateException(p.getKey() + ": " + driver.findElement(By.cssSelector("#view .error")).getText());
                    times.add(Long.parseLong(view.getAttribute("data-ready-at")));
                    dom = ((Number) ((JavascriptExecutor) driver).executeScript("return document.getElementsByTagName('*').length")).longValue();
                }
                Files.write(shots.resolve(p.getKey() + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
                List<Long> sorted = times.stream().sorted().toList();
                System.out.printf("| %s `%s` | %d ms / %d ms | %,d |%n", p.getKey(), p.getValue(), sorted.get(RUNS / 2), sorted.get(RUNS - 1), dom);
            }
        } finally {
            driver.quit();
        }
        System.out.println();
        System.out.println("| API answer | bytes | time |");
        System.out.println("| --- | --- | --- |");
        for (String path : List.of("documents", "documents?sort=-date&from=2018&to=2019", "events", "events?country=" + enc("Nhật Bản"),
                "events/counts", "events/span", "statistics", "statistics/indicators", "statistics?indicator=exports&sort=-period",
                "countries/USA", "entities/" + enc("PER:Tô Lâm"), "search?q=" + enc("hợp tác kinh tế") + "&limit=30",
                "search?q=" + enc("hợp tác kinh tế") + "&limit=30&offset=30", "partners?as_of=2023-12-31", "check", "names",
                "documents/" + enc(hit.get("doc").asText()), "entities/ORG:ASEAN", "export/events?format=csv&country=" + enc("Nhật Bản"),
                "export/events?format=graphml", "export/statistics?format=csv&indicator=exports",
                "export/search?format=csv&q=" + enc("hợp tác kinh tế") + "&from=2019&to=2019")) {
            long start = System.nanoTime();
            HttpResponse<String> r = get(http, base + "api/v1/" + path);
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (r.statusCode() != 200) throw new IllegalStateException(path + " → " + r.statusCode() + " " + r.body());
            System.out.printf("| `%s` | %,d | %d ms |%n", path, r.body().getBytes(StandardCharsets.UTF_8).length, ms);
        }
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"); }
}
