package org.caytre.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * "Viết báo cáo" in headless Chromium over the test corpus: on a country page the button downloads the brief as PDF
 * for the years chosen (the file lands in the download folder and reads back with PDFBox); on the areas page it
 * writes an area's brief, multilateral diplomacy first chosen.
 */
class BriefBrowserTest extends ChromiumHarness {
    @Test void the_country_page_downloads_the_brief_as_pdf() throws Exception {
        Path downloads = org.caytre.testing.TempDirs.create("caytre-downloads");
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        open("#/country/USA", "country");
        driver.findElement(By.id("brief-from")).clear();
        driver.findElement(By.id("brief-from")).sendKeys("2020");
        driver.findElement(By.id("brief-to")).clear();
        driver.findElement(By.id("brief-to")).sendKeys("2024");
        new Select(driver.findElement(By.id("brief-format"))).selectByValue("pdf");
        var button = driver.findElement(By.id("brief-download"));
        assertThat(button.getText()).isEqualTo("Viết báo cáo");
        assertThat(button.getAttribute("href")).contains("/api/v1/brief?country=USA&from=2020&to=2024&format=pdf&lang=vi");
        shot("ui-brief-country");
        button.click();
        Path pdf = downloads.resolve("caytre-brief-USA-2020-2024.pdf");
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> Files.exists(pdf) && pdf.toFile().length() > 0);
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(d)).contains("Quan hệ Việt Nam – Hoa Kỳ, giai đoạn 2020–2024", "Giai đoạn và nguồn");
        }
        assertThat(consoleErrors()).isEmpty();
        try (var files = Files.list(downloads)) { files.forEach(f -> f.toFile().delete()); }
        Files.delete(downloads);
    }

    @Test void the_search_page_downloads_the_brief_of_its_results() throws Exception {
        Path downloads = org.caytre.testing.TempDirs.create("caytre-downloads");
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        open("#/search?q=H%E1%BB%A3p%20t%C3%A1c&country=USA", "search");
        new Select(driver.findElement(By.id("brief-format"))).selectByValue("pdf");
        var button = driver.findElement(By.id("brief-download"));
        assertThat(button.getText()).isEqualTo("Viết báo cáo");
        assertThat(driver.findElements(By.id("brief-from"))).as("the search sets the documents, not years").isEmpty();
        assertThat(button.getAttribute("href")).contains("/api/v1/brief?q=H%E1%BB%A3p+t%C3%A1c&country=USA&format=pdf&lang=vi").doesNotContain("matched_only");
        driver.findElement(By.id("brief-matched")).click();   // only what the matching passages say
        assertThat(button.getAttribute("href")).contains("matched_only=true");
        button.click();
        Path pdf = downloads.resolve("caytre-brief-search-hop-tac.pdf");
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> Files.exists(pdf) && pdf.toFile().length() > 0);
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(d).replaceAll("\\s+", " ")).contains("Báo cáo theo kết quả tìm kiếm «Hợp tác» (quốc gia: USA)",
                    "báo cáo này dùng", "đoạn văn khớp với tìm kiếm", "Tài liệu đã dùng:");
        }
        assertThat(consoleErrors()).isEmpty();
        try (var files = Files.list(downloads)) { files.forEach(f -> f.toFile().delete()); }
        Files.delete(downloads);
    }

    @Test void the_areas_page_writes_an_area_brief() throws Exception {
        open("#/areas", "areas");
        assertThat(new Select(driver.findElement(By.id("brief-area"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("multilateral");
        new Select(driver.findElement(By.id("brief-format"))).selectByValue("md");
        String href = driver.findElement(By.id("brief-download")).getAttribute("href");
        assertThat(href).contains("area=multilateral").contains("format=md").doesNotContain("country=").doesNotContain("foreign=");
        open("#/areas?fa=0", "areas");   // "Chỉ đối ngoại" off on the page: the brief counts every passage too
        assertThat(driver.findElement(By.id("brief-download")).getAttribute("href")).contains("foreign=false");
        new Select(driver.findElement(By.id("brief-area"))).selectByValue("economic");
        assertThat(driver.findElement(By.id("brief-download")).getAttribute("href")).contains("area=economic");
        assertThat(consoleErrors()).isEmpty();
    }
}
