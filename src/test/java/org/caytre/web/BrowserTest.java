package org.caytre.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import java.text.Normalizer;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The UI in headless Chromium from Debian (skipped only when /usr/bin/chromium is absent; .ci/run installs it): search
 * without diacritics → reader → footnote; the map's date slider recolours a country; markup in a document stays text.
 * Every page is screenshotted into target/screenshots/.
 */
class BrowserTest extends ChromiumHarness {
    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
    }

    /** A query whose words no passage holds together says so above the passages that hold some of them. */
    @Test void a_search_answered_by_some_of_its_words_says_so() {
        open("#/search?q=" + URLEncoder.encode("hop tac", StandardCharsets.UTF_8), "search");
        assertThat(driver.findElements(By.cssSelector(".hit"))).isNotEmpty();
        assertThat(driver.findElements(By.id("relaxed"))).isEmpty();
        open("#/search?q=" + URLEncoder.encode("hop tac zyxwvq", StandardCharsets.UTF_8), "search");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.id("relaxed")).isEmpty());
        assertThat(driver.findElement(By.id("relaxed")).getText()).contains("một phần");
        assertThat(driver.findElements(By.cssSelector(".hit"))).isNotEmpty();
    }

    @Test void search_without_diacritics_opens_the_hit_in_the_reader_and_its_footnote() throws Exception {
        // a paragraph with a footnote marker, and words of it typed without diacritics (found at run time, not copied)
        String docId = TestData.corpusDocId(1);
        JsonNode doc = apiGet("api/v1/documents/" + URLEncoder.encode(docId, StandardCharsets.UTF_8));
        JsonNode footnote = null, paragraph = null;
        for (JsonNode f : doc.get("passages")) {
            if (!f.get("kind").asText().equals("footnote") || !f.get("marker_offset").isInt()) continue;
            int at = f.get("marker_offset").asInt();
            for (JsonNode p : doc.get("passages"))
                if (p.get("kind").asText().equals("paragraph") && p.get("start").asInt() <= at && at <= p.get("end").asInt()
                        && p.get("text").asText().split("\\s+").length > 12) { footnote = f; paragraph = p; break; }
            if (paragraph != null) break;
        }
        assertThat(paragraph).as("a paragraph with a footnote marker").isNotNull();
        String[] words = paragraph.get("text").asText().replaceAll("[^\\p{L}\\p{N} ]", " ").trim().split("\\s+");
        String query = "\"" + fold(String.join(" ", Arrays.copyOfRange(words, 2, 9))).toLowerCase() + "\"";
        assertThat(query).matches("[\\p{ASCII}]+");

        open("#/search", "search");
        driver.findElement(By.id("q")).sendKeys(query);
        driver.findElement(By.id("go")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector(".hit")).isEmpty());
        waitReady("search");
        WebElement hit = driver.findElement(By.cssSelector(".hit[data-passage='" + paragraph.get("id").asText() + "']"));
        assertThat(hit.findElements(By.cssSelector(".snippet mark"))).isNotEmpty();
        shot("search");

        hit.findElement(By.cssSelector("a.hit-title")).click();
        waitReady("doc");
        String pid = paragraph.get("id").asText().substring(paragraph.get("id").asText().lastIndexOf(':') + 1);
        assertThat(driver.getCurrentUrl()).endsWith("/" + pid);
        WebElement para = driver.findElement(By.id(pid));
        assertThat(para.getText()).startsWith(paragraph.get("text").asText().substring(0, 20));
        assertThat(driver.findElements(By.cssSelector("#reader .hl-ent"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("#outline li"))).isNotEmpty();
        shot("reader");

        String fid = footnote.get("id").asText().substring(footnote.get("id").asText().lastIndexOf(':') + 1);
        WebElement marker = para.findElement(By.cssSelector(".fn-marker[data-fn='" + fid + "']"));
        js("arguments[0].scrollIntoView({block: 'center'})", marker);
        marker.click();
        WebElement text = new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.findElement(By.id("footnote-text")));
        assertThat(text.isDisplayed()).isTrue();
        assertThat(text.getText()).isEqualTo(footnote.get("text").asText().strip());
        assertThat(driver.getCurrentUrl()).endsWith("/" + fid);   // the footnote's own shareable link
        shot("reader-footnote");

        WebElement event = driver.findElement(By.cssSelector("#reader .hl-ev:not(.hl-ent)"));
        js("arguments[0].scrollIntoView({block: 'center'})", event);
        event.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("event-sources")).isEmpty());
        assertThat(driver.getCurrentUrl()).contains("/e/ev-");
        shot("reader-event");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test void the_date_slider_recolours_the_united_states_between_2020_and_2023() throws Exception {
        open("#/network?date=2020-12-31", "network");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "2020-12-31".equals(d.findElement(By.id("view")).getAttribute("data-as-of")));
        String colour2020 = mapColour("USA");
        String level2020 = driver.findElement(By.cssSelector("#partner-list li[data-country='USA']")).getAttribute("data-level");
        shot("network-2020");
        WebElement slider = driver.findElement(By.id("date-slider"));
        js("arguments[0].value = 2023 * 12 + 11; arguments[0].dispatchEvent(new Event('input'))", slider);   // months since year 0: 2023-12
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "2023-12-31".equals(d.findElement(By.id("view")).getAttribute("data-as-of")));
        String colour2023 = mapColour("USA");
        String level2023 = driver.findElement(By.cssSelector("#partner-list li[data-country='USA']")).getAttribute("data-level");
        assertThat(level2020).isEqualTo("COMPREHENSIVE");
        assertThat(level2023).isEqualTo("COMPREHENSIVE_STRATEGIC");
        assertThat(colour2023).isNotEqualTo(colour2020);
        assertThat(driver.getCurrentUrl()).endsWith("#/network?date=2023-12-31");
        shot("network");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test void the_slider_spans_the_dated_events_and_takes_in_a_date_asked_for_before_them() throws Exception {
        JsonNode span = apiGet("api/v1/events/span");
        String before = (Integer.parseInt(span.get("first").asText().substring(0, 4)) - 3) + "-06-30";
        open("#/network?date=" + before, "network");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> before.equals(d.findElement(By.id("view")).getAttribute("data-as-of")));
        WebElement slider = driver.findElement(By.id("date-slider"));
        assertThat(slider.getAttribute("data-first")).isEqualTo(before);
        open("#/network", "network");
        slider = driver.findElement(By.id("date-slider"));
        assertThat(slider.getAttribute("data-first")).startsWith(span.get("first").asText().substring(0, 4));
        assertThat(consoleErrors()).isEmpty();
    }

    /** The colour the map series gives a country (what ECharts paints). */
    String mapColour(String iso) {
        return (String) js("const o = echarts.getInstanceByDom(document.getElementById('map')).getOption();"
                + "const d = o.series[0].data.find(x => x.name === arguments[0]); return d ? d.itemStyle.areaColor : null;", iso);
    }

    @Test void markup_in_a_document_is_shown_as_text_and_never_runs() throws Exception {
        open("#/doc/xss-sample.txt", "doc");
        String text = driver.findElement(By.id("reader")).getText();
        assertThat(text).contains("<script>window.caytreHacked = 1;", "<img src=\"x\" onerror=", "<a href=\"javascript:");
        assertThat(driver.findElements(By.cssSelector("#view img, #view script, #view a[href^='javascript']"))).isEmpty();
        assertThat(js("return window.caytreHacked === undefined && document.title !== 'hacked'")).isEqualTo(true);
        shot("xss-reader");
        open("#/search?q=" + URLEncoder.encode("doan ma", StandardCharsets.UTF_8), "search");
        assertThat(driver.findElement(By.id("view")).getText()).contains("<script>").doesNotContain("&lt;");   // unescaped, as text
        assertThat(driver.findElements(By.cssSelector("#view img, #view script"))).isEmpty();
        assertThat(js("return window.caytreHacked === undefined")).isEqualTo(true);
        shot("xss-search");
        assertThat(consoleErrors()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"country, country, #/country/USA, #steps .step", "timeline, timeline, #/timeline, #timeline-chart canvas",
            "figures, figures, #/figures, .figure-group", "check, check, #/check, .check", "documents, documents, #/documents, table.grid tbody tr",
            "home, search, #/search, #q", "search-facets, search, #/search?q=hop%20tac%20Hoa%20Ky, .facet li"})
    void every_page_renders_without_errors(String name, String page, String hash, String expected) throws Exception {
        open(hash, page);
        assertThat(driver.findElements(By.cssSelector(expected))).as(expected).isNotEmpty();
        shot(name);
        driver.findElement(By.id("lang")).click();   // the English switch re-renders the page
        waitReady(page);
        assertThat(driver.findElement(By.id("nav-search")).getText()).isEqualTo("Search");
        shot(name + "-en");
        assertThat(consoleErrors()).isEmpty();
    }
}
