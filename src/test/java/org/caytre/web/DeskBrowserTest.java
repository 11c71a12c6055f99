package org.caytre.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The analyst's desk in headless Chromium: paging through search results, a date-range filter, a person's page. */
class DeskBrowserTest extends ChromiumHarness {
    List<String> passages() {
        List<String> ids = new ArrayList<>();
        for (WebElement e : driver.findElements(By.cssSelector(".hit"))) ids.add(e.getAttribute("data-passage"));
        return ids;
    }

    @Test void search_results_page_forward_and_back_with_the_total_kept() throws Exception {
        JsonNode all = apiGet("api/v1/search?q=hop%20tac&limit=60");
        assertThat(all.get("total").asInt()).as("enough hits for two pages").isGreaterThan(30);
        open("#/search?q=" + URLEncoder.encode("hop tac", StandardCharsets.UTF_8), "search");
        List<String> first = passages();
        assertThat(first).hasSize(30);
        String range = driver.findElement(By.id("pager-range")).getText();
        assertThat(range).startsWith("1–30").contains(String.valueOf(all.get("total").asInt()));
        driver.findElement(By.id("pager-next")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("offset=30"));
        waitReady("search");
        List<String> second = passages();
        List<String> expected = new ArrayList<>();
        all.get("hits").forEach(h -> expected.add(h.get("passage_id").asText()));
        assertThat(second).isNotEmpty().containsExactlyElementsOf(expected.subList(30, 30 + second.size()));
        Set<String> overlap = new HashSet<>(first);
        overlap.retainAll(second);
        assertThat(overlap).isEmpty();
        assertThat(driver.findElement(By.cssSelector(".hitlist")).getAttribute("start")).isEqualTo("31");
        shot("search-page-2");
        driver.findElement(By.id("pager-prev")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("offset="));
        waitReady("search");
        assertThat(passages()).containsExactlyElementsOf(first);
        assertThat(consoleErrors()).isEmpty();
    }

    @Test void a_date_range_keeps_only_the_documents_dated_in_it() throws Exception {
        JsonNode page = apiGet("api/v1/documents?limit=1");
        String year = page.get("facets").get("years").fieldNames().next();
        long inYear = page.get("facets").get("years").get(year).asLong();
        open("#/documents", "documents");
        assertThat(driver.findElement(By.id("docs-total")).getText()).contains(String.valueOf(page.get("total").asLong()));
        setDate("docs-from", year + "-01-01");
        setDate("docs-to", year + "-12-31");
        driver.findElement(By.id("docs-apply")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("from=" + year));
        waitReady("documents");
        List<WebElement> rows = driver.findElements(By.cssSelector("#docs-table tbody tr"));
        assertThat(rows).hasSize((int) inYear);
        for (WebElement r : rows) assertThat(r.getAttribute("data-date")).startsWith(year);
        shot("documents-date-range");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test void the_timeline_keeps_the_events_at_least_as_confident_as_asked_and_downloads_them() throws Exception {
        long all = apiGet("api/v1/events?limit=1").get("total").asLong();
        long sure = apiGet("api/v1/events?limit=1&min_confidence=0.7").get("total").asLong();
        assertThat(sure).as("some events below 0.7, some above").isPositive().isLessThan(all);
        open("#/timeline?all=1", "timeline");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("tl-confidence"))).selectByValue("0.7");
        driver.findElement(By.cssSelector("#view form.filters button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("min_confidence=0.7"));
        waitReady("timeline");
        assertThat(driver.findElement(By.id("events-total")).getText()).startsWith(String.valueOf(sure) + " ");
        String jsonl = driver.findElement(By.cssSelector("#export-events a.export-jsonl")).getAttribute("href");
        assertThat(jsonl).contains("min_confidence=0.7");
        var r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(jsonl)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(r.body().lines().count()).as("one event a line (CSV cells may hold line breaks)").isEqualTo(sure);
        assertThat(consoleErrors()).isEmpty();
    }

    void setDate(String id, String isoDay) {
        js("arguments[0].value = arguments[1]", driver.findElement(By.id(id)), isoDay);
    }

    @Test void a_person_has_a_page_with_their_events_and_documents_reached_from_the_reader() throws Exception {
        String person = null, docId = null;
        for (int n = 0; n < 4 && person == null; n++) {
            docId = TestData.corpusDocId(n);
            JsonNode doc = apiGet("api/v1/documents/" + URLEncoder.encode(docId, StandardCharsets.UTF_8));
            for (JsonNode e : doc.get("annotations").get("entities"))
                if (e.get("entity").asText().startsWith("PER:")) { person = e.get("entity").asText(); break; }
        }
        assertThat(person).as("a person named in the shared documents").isNotNull();
        String escaped = URLEncoder.encode(person, StandardCharsets.UTF_8).replace("+", "%20");
        JsonNode entity = apiGet("api/v1/entities/" + escaped);
        open("#/entity/" + escaped, "entity");
        assertThat(driver.findElement(By.id("entity-name")).getText()).startsWith(person.substring(4));
        assertThat(driver.findElements(By.cssSelector("#entity-docs li"))).hasSize(Math.min(20, entity.get("documents_total").asInt()));
        assertThat(driver.findElements(By.cssSelector("#entity-events > li"))).hasSize(Math.min(20, entity.get("events_total").asInt()));
        assertThat(driver.findElement(By.id("entity-docs")).getText()).contains(docId);
        shot("person");
        driver.findElement(By.cssSelector("#entity-docs a")).click();
        waitReady("doc");
        assertThat(driver.findElement(By.id("reader-legend")).getText()).isNotBlank();
        assertThat(consoleErrors()).isEmpty();
    }
}
