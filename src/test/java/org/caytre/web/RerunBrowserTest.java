package org.caytre.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The Ingestion page's "Chạy lại các tệp lỗi" button: a failed file fixed on disk is stored by the re-run, the page
 *  says so and its failure list empties. */
class RerunBrowserTest extends ChromiumHarness {
    static Path root;

    @BeforeAll static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "no Chromium at /usr/bin/chromium");
        root = org.caytre.testing.TempDirs.create("caytre-rerun");
        server = WebServer.start(WebConfig.local(RerunApiTest.failedIngest(root)));
        Files.createDirectories(SHOTS);
    }

    @Test void the_rerun_button_stores_the_fixed_file_and_empties_the_failures() throws Exception {
        open("#/ingestion", "ingestion");
        assertThat(driver.findElement(By.id("failures")).getText()).contains("rong.txt");
        Files.writeString(root.resolve("docs/rong.txt"), RerunApiTest.FIXED);
        var button = driver.findElement(By.id("rerun-failures"));
        assertThat(button.getText()).isEqualTo("Chạy lại các tệp lỗi");
        button.click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.findElements(By.id("rerun-result")).isEmpty());
        assertThat(driver.findElement(By.id("rerun-result")).getText()).isEqualTo("Đã chạy lại 1 mục lỗi: 1 đã lưu, 0 vẫn lỗi");
        assertThat(driver.findElement(By.id("failures")).getText()).isEqualTo("Không có");
        assertThat(driver.findElements(By.id("rerun-failures"))).isEmpty();   // nothing left to re-run
        assertThat(driver.findElement(By.cssSelector("#runs tbody tr")).getText()).contains("rerun").contains("1 failures");
        assertThat(consoleErrors()).isEmpty();
        shot("ui-ingestion-rerun");
    }
}
