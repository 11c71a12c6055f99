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
 * What every browser test needs: the server over the test data directory, a fresh headless Chromium from Debian per
 * test (skipped only when /usr/bin/chromium is absent; .ci/run installs it), waiting for a page to be ready, screenshots
 * into target/screenshots/, the console's errors and the API's answers.
 */
abstract class ChromiumHarness {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium"), CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target/screenshots");
    static WebServer server;
    ChromeDriver driver;
    Path profile;

    @BeforeAll static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "no Chromium at /usr/bin/chromium");
        server = WebServer.start(WebConfig.local(TestData.dataDir()));
        Files.createDirectories(SHOTS);
    }

    @AfterAll static void stop() { if (server != null) server.close(); }

    @BeforeEach void browser() throws Exception {
        profile = org.caytre.testing.TempDirs.create("caytre-chromium");
        ChromeOptions o = new ChromeOptions().setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1440,1000", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(), o);
    }

    @AfterEach void quit() throws Exception {
        if (driver != null) driver.quit();
        try (var files = Files.walk(profile)) { files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete()); }
    }

    void open(String hash, String page) {
        driver.get(server.url() + hash);
        waitReady(page);
    }

    void waitReady(String page) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            WebElement v = d.findElement(By.id("view"));
            return page.equals(v.getAttribute("data-page")) && "true".equals(v.getAttribute("data-ready"));
        });
        assertThat(driver.findElements(By.cssSelector("#view .error"))).as(() -> "error shown on " + page + ": "
                + driver.findElements(By.cssSelector("#view .error")).stream().map(WebElement::getText).toList()).isEmpty();
    }

    void shot(String name) throws Exception {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    Object js(String script, Object... args) { return ((JavascriptExecutor) driver).executeScript(script, args); }

    /** Console errors other than a missing favicon: a CSP violation or a script failure shows up here. */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).filter(m -> !m.contains("favicon")).toList();
    }

    static JsonNode apiGet(String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new ObjectMapper().readTree(r.body());
    }
}
