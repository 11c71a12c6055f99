package org.caytre.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.caytre.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import picocli.CommandLine;

/** The Ingestion page shows a dead feed as an alert, the last runs and a failure with its reason, from a store that
 *  the CLI filled (an ingest with an empty file, a feed on a closed local port polled three times); its re-run button
 *  is refused while a run is going, and the page says why. */
class IngestionBrowserTest extends ChromiumHarness {
    static Path data;

    static int run(String... args) {
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(new StringWriter()));
        cmd.setErr(new PrintWriter(new StringWriter()));
        return cmd.execute(args);
    }

    @BeforeAll static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "no Chromium at /usr/bin/chromium");
        Path root = org.caytre.testing.TempDirs.create("caytre-ingestion"), docs = Files.createDirectories(root.resolve("docs"));
        data = root.resolve("data");
        Files.writeString(docs.resolve("tin.txt"), "Ngày 3/4/2024, Việt Nam và Ma-lai-xi-a ký kết thỏa thuận hợp tác hàng hải.\n");
        Files.writeString(docs.resolve("rong.txt"), "");
        assertThat(run("ingest", "--data", data.toString(), docs.toString())).isEqualTo(1);
        assertThat(run("feeds", "add", "--data", data.toString(), "http://127.0.0.1:1/rss.xml", "--name", "cong-dong")).isZero();
        for (int i = 0; i < 3; i++) assertThat(run("feeds", "poll", "--data", data.toString())).isEqualTo(1);
        store = org.caytre.kb.Store.open(data, null);
        running = org.caytre.kb.IngestLog.start(store, "ingest", "/kho/luu-tru");   // a run under way: its progress and ETA
        running.expect(8_000_000);
        running.record("/kho/luu-tru/a.txt", "stored", null, 2_000_000);
        server = WebServer.start(WebConfig.local(data));
        Files.createDirectories(SHOTS);
    }

    static org.caytre.kb.Store store;
    static org.caytre.kb.IngestLog.Run running;

    @AfterAll static void stop() {
        if (server != null) server.close();
        try {
            if (running != null) running.close();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test void the_ingestion_page_shows_dead_feeds_runs_and_failures() throws Exception {
        open("#/ingestion", "ingestion");
        assertThat(driver.findElement(By.cssSelector(".dead-feed[data-feed='cong-dong']")).getText()).contains("http://127.0.0.1:1/rss.xml");
        assertThat(driver.findElements(By.cssSelector("#runs tbody tr"))).hasSize(5);
        assertThat(driver.findElement(By.cssSelector("#running .run-progress")).getText())
                .contains("/kho/luu-tru").contains("2.0 / 8.0 MB (25%)").contains("còn khoảng");
        assertThat(driver.findElement(By.cssSelector("#running progress")).getAttribute("value")).isEqualTo("0.25");
        assertThat(driver.findElement(By.id("failures")).getText()).contains("rong.txt").contains("127.0.0.1:1/rss.xml").contains("cannot connect");
        assertThat(driver.findElement(By.id("nav-ingestion")).getText()).isEqualTo("Nhập liệu");
        assertThat(consoleErrors()).isEmpty();
        shot("ui-ingestion");
        driver.findElement(By.id("rerun-failures")).click();   // refused while the run above is going, and said so
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.cssSelector("#rerun-result.error")).isEmpty());
        assertThat(driver.findElement(By.id("rerun-result")).getText()).startsWith("Lỗi: another run is going (ingest /kho/luu-tru");
        assertThat(driver.findElement(By.id("failures")).getText()).contains("rong.txt");
    }
}
