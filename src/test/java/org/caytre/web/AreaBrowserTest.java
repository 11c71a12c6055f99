package org.caytre.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The area facet and filter and the "only foreign affairs" switch, in headless Chromium over a store the CLI filled
 * with a trade meeting, a diplomatic note on the sea and a football report (AreaData).
 */
class AreaBrowserTest extends ChromiumHarness {
    @BeforeAll static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "no Chromium at /usr/bin/chromium");
        server = WebServer.start(WebConfig.local(AreaData.dataDir()));
        Files.createDirectories(SHOTS);
    }

    @AfterAll static void stop() { if (server != null) server.close(); }

    @Test void the_area_facet_narrows_a_search_to_the_passages_of_that_area() throws Exception {
        open("#/search?from=2024-01-01", "search");
        WebElement facet = driver.findElement(By.cssSelector(".facet[data-facet='area']"));
        assertThat(facet.getText()).contains("Ngoại giao kinh tế").contains("Biên giới, biển đảo");
        int before = driver.findElements(By.cssSelector(".hit")).size();
        facet.findElement(By.cssSelector("a[title='economic']")).click();
        waitReady("search");
        assertThat(driver.getCurrentUrl()).contains("area=economic");
        assertThat(driver.findElements(By.cssSelector(".hit"))).hasSizeLessThan(before)
                .allSatisfy(h -> assertThat(h.getAttribute("data-passage")).startsWith("kinh-te.txt"));
        assertThat(driver.findElement(By.id("total")).getText()).contains("Ngoại giao kinh tế");
        assertThat(consoleErrors()).isEmpty();
        shot("ui-search-area");
    }

    @Test void the_timeline_shows_only_foreign_affairs_by_default_and_filters_by_area() throws Exception {
        open("#/timeline?all=1", "timeline");
        assertThat(driver.findElement(By.id("fa-only")).isSelected()).isTrue();
        assertThat(driver.findElement(By.id("event-list")).getText()).doesNotContain("bong-da.txt").contains("kinh-te.txt");
        driver.findElement(By.id("fa-only")).click();
        waitReady("timeline");
        assertThat(driver.getCurrentUrl()).contains("fa=0");
        assertThat(driver.findElement(By.id("event-list")).getText()).contains("bong-da.txt");
        open("#/timeline?all=1&area=borders-seas", "timeline");
        assertThat(driver.findElement(By.id("tl-area")).getAttribute("value")).isEqualTo("borders-seas");
        assertThat(driver.findElement(By.id("event-list")).getText()).contains("bien.txt").doesNotContain("kinh-te.txt");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test void the_areas_page_charts_events_per_area_per_year() throws Exception {
        open("#/areas", "areas");
        assertThat(driver.findElement(By.cssSelector("#areas-table thead")).getText()).contains("2024");
        assertThat(driver.findElement(By.cssSelector("#areas-table tr[data-area='economic']")).getText()).contains("1 · 0");
        assertThat(driver.findElement(By.cssSelector("#areas-chart canvas")).isDisplayed()).isTrue();
        open("#/doc/bong-da.txt", "doc");
        assertThat(driver.findElement(By.id("doc-relevance")).getText()).contains("Đối ngoại 0.0");
        open("#/country/JPN", "country");
        assertThat(driver.findElement(By.id("fa-only")).isSelected()).isTrue();
        open("#/network?date=2024-12-31", "network");
        assertThat(driver.findElement(By.id("fa-only")).isSelected()).isTrue();
        assertThat(consoleErrors()).isEmpty();
        shot("ui-areas");
    }
}
