package org.caytre.intake;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.caytre.kb.FeedStore;
import org.caytre.kb.IngestLog;
import org.caytre.kb.Ingester;

/**
 * {@code caytre feeds poll}: reads each RSS or Atom feed (Rome) with a conditional GET (its last ETag and
 * Last-Modified), fetches every item's page not fetched before, saves it under {@code DIR/feeds/NAME/} and ingests it
 * through {@link Ingester} with the item's publication date (the feed's, in Vietnam's time zone) as the document date;
 * the stored document gets the item's link and the feed's name as its outlet. A feed that cannot be read is one line
 * and a failed poll in the store, never the end of the run.
 *
 * <pre>{@code new FeedPoller(ingest, dataDir.resolve("feeds"), out).poll(feeds.list(), run);}</pre>
 */
public final class FeedPoller {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** A page larger than this is not a news article. */
    private static final long MAX_PAGE = 20_000_000;

    /** What a poll of one feed did; {@code error} is null when the feed was read (or had not changed). */
    public record Result(String feed, boolean notModified, int items, int fetched, int skipped, int failed, String error) {}

    private final IndexedIngest ingest;
    private final FeedStore feeds;
    private final Path pages;
    private final PrintWriter out;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(TIMEOUT).build();

    public FeedPoller(IndexedIngest ingest, Path pages, PrintWriter out) {
        this.ingest = ingest;
        this.feeds = new FeedStore(ingest.store());
        this.pages = pages;
        this.out = out;
    }

    /** Polls {@code feeds} in one logged run (pages saved under {@code pages}); a line per feed on {@code out}, the
     *  failures on {@code err}; false when a feed or an item failed. */
    public static boolean pollAll(IndexedIngest ingest, List<FeedStore.Feed> feeds, Path pages, PrintWriter out, PrintWriter err)
            throws SQLException, InterruptedException {
        FeedPoller poller = new FeedPoller(ingest, pages, err);
        boolean ok = true;
        try (IngestLog.Run run = IngestLog.start(ingest.store(), "feeds", String.join(" ", feeds.stream().map(FeedStore.Feed::name).toList()))) {
            for (FeedStore.Feed f : feeds) {
                Result r = poller.poll(f, run);
                if (r.error() != null || r.failed() > 0) ok = false;
                if (r.error() != null) out.printf("feeds: %s: failed (%s)%n", f.name(), r.error());
                else if (r.notModified()) out.printf("feeds: %s: not modified%n", f.name());
                else out.printf("feeds: %s: %d items, %d new ingested, %d already fetched, %d failed%n", f.name(), r.items(), r.fetched(), r.skipped(), r.failed());
            }
            run.finish(null);
        }
        out.flush();
        err.flush();
        return ok;
    }

    public Result poll(FeedStore.Feed feed, IngestLog.Run run) throws SQLException, InterruptedException {
        HttpRequest.Builder get = HttpRequest.newBuilder(URI.create(feed.url())).timeout(TIMEOUT).header("User-Agent", "caytre");
        if (feed.etag() != null) get.header("If-None-Match", feed.etag());
        if (feed.lastModified() != null) get.header("If-Modified-Since", feed.lastModified());
        SyndFeed parsed;
        HttpResponse<byte[]> response;
        try {
            response = http.send(get.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() == 304) {
                feeds.polledOk(feed.name(), null, null);
                run.record(feed.url(), "polled", null, 0);
                return new Result(feed.name(), true, 0, 0, 0, 0, null);
            }
            if (response.statusCode() / 100 != 2) throw new IOException("HTTP " + response.statusCode());
        } catch (IOException | IllegalArgumentException e) {
            return failed(feed, run, why(e));
        }
        try {
            parsed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(response.body())));
        } catch (IOException | FeedException | IllegalArgumentException e) {   // Rome: IllegalArgumentException for XML of another kind
            return failed(feed, run, "not RSS or Atom: " + oneLine(e.getMessage()));
        }
        feeds.polledOk(feed.name(), response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Last-Modified").orElse(null));
        run.record(feed.url(), "polled", null, response.body().length);   // a failure of this feed is over
        int fetched = 0, skipped = 0, failed = 0;
        List<SyndEntry> entries = parsed.getEntries();
        for (SyndEntry e : entries) {
            String link = link(e);
            if (link == null) continue;
            if (feeds.fetched(link)) {
                skipped++;
                continue;
            }
            Date when = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            String published = when == null ? null : when.toInstant().atZone(VIETNAM).toLocalDate().toString();
            if (fetch(new FeedStore.Item(link, feed.name(), e.getTitle(), published), run)) fetched++;
            else failed++;
        }
        return new Result(feed.name(), false, entries.size(), fetched, skipped, failed, null);
    }

    private Result failed(FeedStore.Feed feed, IngestLog.Run run, String reason) throws SQLException {
        feeds.polledFailed(feed.name(), reason);
        run.record(feed.url(), "failed", "feed " + feed.name() + ": " + reason, 0);
        out.println("caytre: feed " + feed.name() + " (" + feed.url() + "): " + reason);
        return new Result(feed.name(), false, 0, 0, 0, 0, reason);
    }

    /** Fetches one item's page and ingests it; true when it was stored (or its text already was). */
    public boolean fetch(FeedStore.Item item, IngestLog.Run run) throws SQLException, InterruptedException {
        String error;
        try {
            long start = System.nanoTime();
            HttpResponse<byte[]> page = http.send(HttpRequest.newBuilder(URI.create(item.link())).timeout(TIMEOUT)
                    .header("User-Agent", "caytre").build(), HttpResponse.BodyHandlers.ofByteArray());
            if (page.statusCode() / 100 != 2) throw new IOException("HTTP " + page.statusCode());
            if (page.body().length > MAX_PAGE) throw new IOException("page too large (" + page.body().length + " bytes)");
            long download = (System.nanoTime() - start) / 1_000_000;
            Path saved = Files.createDirectories(pages.resolve(safe(item.feed()))).resolve(name(item.link(), page));
            Files.write(saved, page.body());
            String[] reason = {null};
            ingest.ingest(run, List.of(saved), item.published(), (source, status, bytes, why) -> {
                if (status == Ingester.Status.FAILED) reason[0] = why;
            });
            error = reason[0];
            if (error == null) run.record(item.link(), "fetched", null, page.body().length, download);   // the link's failure is over
            if (error == null) feeds.attach(saved.toAbsolutePath().normalize().toString(), item.link(), item.feed());
            feeds.item(item, saved.toString(), error);
        } catch (IOException | IllegalArgumentException e) {
            error = why(e);
            feeds.item(item, null, error);
            run.record(item.link(), "failed", error, 0);
        }
        if (error != null) out.println("caytre: " + item.link() + " (feed " + item.feed() + "): " + error);
        else out.println("feeds: " + item.feed() + ": " + (item.title() == null ? item.link() : item.title()));
        return error == null;
    }

    private static String link(SyndEntry e) {
        String link = e.getLink();
        if ((link == null || link.isBlank()) && !e.getLinks().isEmpty()) link = e.getLinks().get(0).getHref();
        return link == null || link.isBlank() ? null : link.strip();
    }

    /** The page's file: a hash of its link (links hold characters no file system likes), with the extension of its
     *  content type so the matching reader reads it (HTML unless the server says PDF or DOCX). */
    private static String name(String link, HttpResponse<?> page) {
        String type = page.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        String ext = type.contains("pdf") ? ".pdf" : type.contains("wordprocessingml") ? ".docx" : type.startsWith("text/plain") ? ".txt" : ".html";
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(link.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12) + ext;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String safe(String feedName) {
        String s = feedName.replaceAll("[^\\p{L}\\p{N}._-]", "_");
        return s.startsWith(".") ? "_" + s : s;
    }

    /** An HTTP failure in words: a refused connection or a timeout says so, other exceptions give their own text. */
    private static String why(Exception e) {
        if (e instanceof java.net.ConnectException) return "cannot connect" + (e.getMessage() == null ? "" : ": " + oneLine(e.getMessage()));
        if (e instanceof java.net.http.HttpTimeoutException) return "timed out after " + TIMEOUT.toSeconds() + " s";
        return e.getMessage() == null ? e.getClass().getSimpleName() : oneLine(e.getMessage());
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
