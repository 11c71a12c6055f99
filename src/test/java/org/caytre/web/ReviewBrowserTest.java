package org.caytre.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Analyst review in headless Chromium: an analyst rejects a wrong (corroborated) event in the reader's event panel and
 * merges two single-source duplicates; the timeline and the country pages change accordingly.
 */
class ReviewBrowserTest {
    @TempDir Path dir;
    WebServer server;
    ChromeDriver driver;
    Path profile;

    @AfterEach void stop() throws Exception {
        if (driver != null) driver.quit();
        if (server != null) server.close();
        if (profile != null)
            try (var files = Files.walk(profile)) { files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete()); }
    }

    void open(String hash, String page) {
        driver.get(server.url() + hash);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            WebElement v = d.findElement(By.id("view"));
            return page.equals(v.getAttribute("data-page")) && "true".equals(v.getAttribute("data-ready"));
        });
    }

    WebElement await(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElements(By.cssSelector(css)).stream().findFirst().orElse(null));
    }

    List<String> shown(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(e -> e.getAttribute("data-event")).toList();
    }

    void shot(String name) throws Exception {
        Files.createDirectories(BrowserTest.SHOTS);
        Files.write(BrowserTest.SHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    void review(String doc, String event, String reasonText, String button, String other) {
        open("#/doc/" + doc + "/e/" + event, "doc");
        await("#event-review");
        WebElement token = driver.findElement(By.id("review-token"));
        token.clear();
        token.sendKeys(ReviewApiTest.LAN);
        driver.findElement(By.id("review-reason")).sendKeys(reasonText);
        if (other != null) driver.findElement(By.id("review-other")).sendKeys(other);
        driver.findElement(By.id(button)).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElements(By.cssSelector("#review-history li")).size() == 1);
    }

    @Test
    void an_analyst_rejects_a_wrong_event_and_merges_two_duplicates_and_the_timeline_and_country_pages_change() throws Exception {
        assumeTrue(Files.isExecutable(BrowserTest.CHROMIUM) && Files.isExecutable(BrowserTest.CHROMEDRIVER), "no Chromium at /usr/bin/chromium");
        server = WebServer.start(WebConfig.local(ReviewApiTest.data(dir)).withReviewers(dir.resolve("reviewers.tsv")));
        JsonNode events = ReviewApiTest.JSON.readTree(
                java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url() + "api/v1/events")).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString()).body());
        String jpn = ReviewApiTest.call(events, "JPN");
        List<String> fra = new ArrayList<>();
        for (JsonNode e : events.get("events")) if (e.get("participants").toString().contains("FRA")) fra.add(e.get("id").asText());
        assertThat(fra).hasSize(2);

        profile = org.caytre.testing.TempDirs.create("caytre-chromium");
        ChromeOptions o = new ChromeOptions().setBinary(BrowserTest.CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1440,1000", "--user-data-dir=" + profile);
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(BrowserTest.CHROMEDRIVER.toFile()).build(), o);

        open("#/timeline", "timeline");   // by default corroborated or confident events: Japan's call, not the French duplicates
        assertThat(shown("#view .events [data-event]")).contains(jpn).doesNotContainAnyElementsOf(fra);
        open("#/country/JPN", "country");
        assertThat(shown("#country-events [data-event]")).containsExactly(jpn);

        review("a1", jpn, "hai bản tin nhầm cuộc gặp khác", "review-reject", null);
        assertThat(driver.findElement(By.id("event-review")).getAttribute("data-status")).isEqualTo("rejected");
        shot("ui-review-reject");
        review("e1", fra.get(0), "cùng một cuộc điện đàm, một báo ghi lệch một ngày", "review-merge", fra.get(1));
        assertThat(driver.findElements(By.cssSelector("#event-sources li"))).hasSize(1);   // the other outlet's report joined
        assertThat(driver.findElement(By.id("event-support")).getText()).contains("2");
        shot("ui-review-merge");

        open("#/timeline", "timeline");
        assertThat(shown("#view .events [data-event]")).doesNotContain(jpn).contains(fra.get(0)).doesNotContain(fra.get(1));
        open("#/country/JPN", "country");
        assertThat(shown("#country-events [data-event]")).isEmpty();
        open("#/country/FRA", "country");
        assertThat(shown("#country-events [data-event]")).containsExactly(fra.get(0));
        assertThat(driver.findElements(By.cssSelector("#country-events [data-event='" + fra.get(0) + "'] ul li"))).hasSize(2);
        shot("ui-review-country");
    }
}
