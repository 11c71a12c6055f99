package org.caytre.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A search saved from the UI shows, on the Alerts page, a document ingested after it, until it is marked seen. */
class AlertBrowserTest extends ChromiumHarness {
    @TempDir static Path data;

    @BeforeAll static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "no Chromium at /usr/bin/chromium");
        server = WebServer.start(WebConfig.local(data).withWriteToken(SavedSearchApiTest.TOKEN));
        Files.createDirectories(SHOTS);
        SavedSearchApiTest.upload(server, "tin-1.txt", SavedSearchApiTest.FIRST);
    }

    @AfterAll static void stop() { if (server != null) server.close(); }

    @Test void a_saved_search_shows_what_arrived_since_the_last_visit() throws Exception {
        open("#/search?q=Niu%20Di-l%C3%A2n", "search");
        js("sessionStorage.setItem('caytre.token', arguments[0])", SavedSearchApiTest.TOKEN);
        driver.findElement(By.id("save-search")).click();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent()).sendKeys("Niu Di-lân");
        driver.switchTo().alert().accept();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("saved-note")).isEmpty());

        Thread.sleep(5);
        String second = SavedSearchApiTest.upload(server, "tin-2.txt", SavedSearchApiTest.SECOND);
        SavedSearchApiTest.upload(server, "tin-3.txt", SavedSearchApiTest.OTHER);
        open("#/alerts", "alerts");
        WebElement card = driver.findElement(By.cssSelector("#saved-list .saved"));
        assertThat(card.findElement(By.cssSelector(".badge-new")).getAttribute("data-count")).isEqualTo("1");
        card.findElement(By.cssSelector(".show-new")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !card.findElements(By.cssSelector(".new-docs li")).isEmpty());
        assertThat(card.findElements(By.cssSelector(".new-docs li a"))).singleElement()
                .satisfies(a -> assertThat(a.getAttribute("href")).contains(second));
        shot("alerts");
        card.findElement(By.cssSelector(".mark-seen")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "0".equals(card.findElement(By.cssSelector(".badge-new")).getAttribute("data-count")));
        open("#/search", "search");
        open("#/alerts", "alerts");
        assertThat(driver.findElement(By.cssSelector("#saved-list .badge-new")).getAttribute("data-count")).isEqualTo("0");
        assertThat(consoleErrors()).isEmpty();
    }
}
