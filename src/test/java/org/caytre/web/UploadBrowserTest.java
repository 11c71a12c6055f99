package org.caytre.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The desk in headless Chromium on a server with a write token: files and a zip uploaded from the Documents page and
 * found in search, the documents list and the reader (with the original file); batch search; a person's offices and an
 * organisation's people; the download links of a filtered search.
 */
class UploadBrowserTest extends ChromiumHarness {
    static final String SON = "---\ndate: 2024-06-01\n---\n\nĐÀ NẴNG - Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đại sứ Niu Di-lân nhân dịp kết "
            + "thúc nhiệm kỳ; hai bên bàn về học bổng cho sinh viên Việt Nam.";
    static final String BOATS = "CÀ MAU - Ngư dân ven biển được hướng dẫn ghi nhật ký khai thác điện tử cho tàu cá xa bờ.";
    static Path data, files;

    @BeforeAll static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "no Chromium at /usr/bin/chromium");
        data = org.caytre.testing.TempDirs.create("caytre-upload-ui");
        files = org.caytre.testing.TempDirs.create("caytre-upload-files");
        server = WebServer.start(WebConfig.local(data).withWriteToken(SavedSearchApiTest.TOKEN));
        Files.createDirectories(SHOTS);
        SavedSearchApiTest.upload(server, "son.md", SON);
        SavedSearchApiTest.upload(server, "niu-ooc.txt", DeskDownloadsApiTest.NEW_YORK);
    }

    @AfterAll static void stop() {
        if (server != null) server.close();
        for (Path dir : new Path[] {data, files})
            if (dir != null) try (var all = Files.walk(dir)) {
                all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (java.io.IOException e) {
                // a temporary folder left behind
            }
    }

    static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"); }

    @Test void files_and_a_zip_uploaded_from_the_documents_page_are_found_in_search_and_the_reader() throws Exception {
        Path md = Files.writeString(files.resolve("ha-noi.md"), DeskDownloadsApiTest.HANOI);
        Path zip = files.resolve("tàu cá.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("ca-mau/tau-ca.txt"));
            z.write(BOATS.getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("anh.txt"));
            z.write(new byte[] {0, 1, 2, 0, 0, 9});
        }
        open("#/documents", "documents");
        js("sessionStorage.setItem('caytre.token', arguments[0])", SavedSearchApiTest.TOKEN);
        if (driver.findElement(By.id("upload-details")).getAttribute("open") == null) driver.findElement(By.id("upload-open")).click();
        driver.findElement(By.id("upload-input")).sendKeys(md + "\n" + zip);
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> "2".equals(d.findElement(By.id("upload-zone")).getAttribute("data-uploaded"))
                && d.findElements(By.cssSelector("#upload-results li.pending")).isEmpty());
        List<WebElement> ok = driver.findElements(By.cssSelector("#upload-results li.ok"));
        assertThat(ok).extracting(e -> e.getAttribute("data-doc")).containsExactlyInAnyOrder("ha-noi.md", "ca-mau_tau-ca.txt");
        assertThat(driver.findElements(By.cssSelector("#upload-results li.failed"))).singleElement()
                .satisfies(e -> assertThat(e.getText()).isEqualTo("✗ anh.txt: binary content, not a text document"));
        shot("upload");

        open("#/search?q=" + enc("nhat ky khai thac dien tu"), "search");
        assertThat(driver.findElements(By.cssSelector(".hit"))).first()
                .satisfies(hit -> assertThat(hit.getAttribute("data-passage")).startsWith("ca-mau_tau-ca.txt:"));
        open("#/documents?sort=-ingested", "documents");
        assertThat(driver.findElements(By.cssSelector("#docs-table tbody tr"))).extracting(e -> e.getAttribute("data-doc"))
                .contains("ha-noi.md", "ca-mau_tau-ca.txt");
        open("#/doc/ha-noi.md", "doc");
        String href = driver.findElement(By.id("original-file")).getAttribute("href");
        HttpResponse<String> original = SavedSearchApiTest.HTTP.send(HttpRequest.newBuilder(URI.create(href)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(original.body()).isEqualTo(DeskDownloadsApiTest.HANOI);
        assertThat(consoleErrors()).isEmpty();
    }

    @Test void a_folder_chosen_from_the_documents_page_uploads_its_documents_under_their_paths() throws Exception {
        Path folder = Files.createDirectories(files.resolve("thu-muc").resolve("ca-mau"));
        Files.writeString(folder.resolve("lua.txt"), "CÀ MAU - Nông dân chuyển đổi ruộng lúa nhiễm mặn sang nuôi tôm kết hợp trồng lúa.");
        Files.writeString(folder.getParent().resolve("muoi.md"), "BẠC LIÊU - Diêm dân được hỗ trợ bạt trải ruộng muối sạch.");
        Files.writeString(folder.getParent().resolve(".an.txt"), "không đọc");
        Files.write(folder.getParent().resolve("anh.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0});
        open("#/documents?upload=1", "documents");
        js("sessionStorage.setItem('caytre.token', arguments[0])", SavedSearchApiTest.TOKEN);
        driver.findElement(By.id("upload-folder")).sendKeys(folder.getParent().toString());
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> "2".equals(d.findElement(By.id("upload-zone")).getAttribute("data-uploaded"))
                && d.findElements(By.cssSelector("#upload-results li.pending")).isEmpty());
        assertThat(driver.findElements(By.cssSelector("#upload-results li.ok"))).extracting(e -> e.getAttribute("data-doc"))
                .containsExactlyInAnyOrder("thu-muc_ca-mau_lua.txt", "thu-muc_muoi.md");
        assertThat(driver.findElement(By.id("upload-skipped")).getText()).startsWith("1 ");
        assertThat(apiGet("api/v1/search?q=" + enc("ruong muoi sach")).get("hits").get(0).get("doc").asText()).isEqualTo("thu-muc_muoi.md");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test void batch_search_shows_each_entrys_hits_as_search_counts_them() throws Exception {
        open("#/batch", "batch");
        driver.findElement(By.id("batch-entries")).sendKeys("Niu Di-lân\nBùi Thanh Sơn\nkhông có chữ này xyzzy");
        driver.findElement(By.id("batch-run")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector("#batch-table tbody tr")).isEmpty());
        List<WebElement> rows = driver.findElements(By.cssSelector("#batch-table tbody tr"));
        assertThat(rows).hasSize(3);
        for (WebElement row : rows) {
            JsonNode search = apiGet("api/v1/search?q=" + enc(row.getAttribute("data-entry")));
            assertThat(row.getAttribute("data-passages")).as(row.getAttribute("data-entry")).isEqualTo(search.get("total").asText());
        }
        assertThat(rows.get(0).getAttribute("data-passages")).isNotEqualTo("0");
        assertThat(driver.findElement(By.id("batch-csv")).isDisplayed()).isTrue();
        shot("batch-search");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test void a_person_shows_their_offices_and_an_organisation_its_people() throws Exception {
        open("#/entity/" + enc("PER:Bùi Thanh Sơn"), "entity");
        assertThat(driver.findElement(By.id("entity-offices")).getText()).contains("Bộ trưởng Ngoại giao", "2024-06-01");
        shot("person-offices");
        open("#/entity/ORG:UN", "entity");
        WebElement people = driver.findElement(By.id("entity-people"));
        assertThat(people.findElements(By.cssSelector("tbody tr"))).extracting(e -> e.getAttribute("data-person")).contains("PER:Antonio Guterres");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test void a_filtered_search_downloads_every_hit_with_its_filters() throws Exception {
        open("#/search?q=" + enc("Niu Di-lân") + "&kind=md", "search");
        assertThat(driver.findElement(By.id("search-kind")).getAttribute("value")).isEqualTo("md");
        String total = driver.findElement(By.id("total")).getAttribute("textContent").split(" ")[0];
        String href = driver.findElement(By.cssSelector("#export-search a.export-csv")).getAttribute("href");
        assertThat(href).contains("kind=md").contains("format=csv");
        HttpResponse<String> csv = SavedSearchApiTest.HTTP.send(HttpRequest.newBuilder(URI.create(href)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(csv.body().lines().count()).isEqualTo(1 + Long.parseLong(total));
        assertThat(csv.body()).doesNotContain("niu-ooc.txt");
        assertThat(consoleErrors()).isEmpty();
    }
}
