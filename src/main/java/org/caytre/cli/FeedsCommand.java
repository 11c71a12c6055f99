package org.caytre.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.caytre.intake.FeedPoller;
import org.caytre.intake.IndexedIngest;
import org.caytre.kb.FeedStore;
import org.caytre.kb.IngestLog;
import org.caytre.kb.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code caytre feeds add|list|poll}: RSS and Atom feeds whose items' pages are ingested, each once. */
@Command(name = "feeds", description = "RSS/Atom feeds: add one, list them, poll them (each item's page fetched and ingested once).",
        subcommands = {FeedsCommand.Add.class, FeedsCommand.ListFeeds.class, FeedsCommand.Poll.class})
final class FeedsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    @Command(name = "add", description = "Add a feed (its name becomes the outlet of its documents; default: the URL's host).")
    static final class Add implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin StoreOptions storeOptions;
        @Parameters(paramLabel = "URL") String url;
        @Option(names = "--name", paramLabel = "N") String name;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
            String host;
            try {
                URI uri = URI.create(url);
                if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) throw new IllegalArgumentException();
                host = uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
            } catch (IllegalArgumentException e) {
                err.println("caytre feeds add: " + url + ": not an http(s) URL");
                return 2;
            }
            String n = name != null && !name.isBlank() ? name.strip() : host;
            try (Store store = storeOptions.open()) {
                new FeedStore(store).add(n, url);
            } catch (IllegalArgumentException e) {
                err.println("caytre feeds add: " + e.getMessage());
                return 2;
            }
            out.println("feeds: added " + n + " (" + url + ")");
            return 0;
        }
    }

    @Command(name = "list", description = "The feeds, with when each was last read and its failures.")
    static final class ListFeeds implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin StoreOptions storeOptions;
        @Option(names = "--json") boolean json;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (Store store = storeOptions.open()) {
                List<FeedStore.Feed> feeds = new FeedStore(store).list();
                if (json) {
                    out.println(new ObjectMapper().writeValueAsString(Map.of("feeds", feeds.stream().map(FeedStore.Feed::json).toList())));
                } else {
                    if (feeds.isEmpty()) out.println("no feeds (caytre feeds add URL [--name N])");
                    for (FeedStore.Feed f : feeds)
                        out.printf("%-20s %s  %s%n", f.name(), f.url(), health(f));
                }
            }
            return 0;
        }
    }

    /** "last read …", and the failed polls in a row with the last reason. */
    static String health(FeedStore.Feed f) {
        return "last read " + (f.lastOkAt() == null ? "never" : f.lastOkAt().substring(0, 19))
                + (f.failures() == 0 ? "" : ", " + f.failures() + " failed polls" + (f.dead() ? " (DEAD)" : "") + ": " + f.lastError());
    }

    @Command(name = "poll", description = "Read every feed (or the named ones) and ingest the pages of new items; exit 1 when a feed or item failed.")
    static final class Poll implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin StoreOptions storeOptions;
        @Parameters(arity = "0..*", paramLabel = "NAME") List<String> names;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
            try (Store store = storeOptions.open()) {
                List<FeedStore.Feed> feeds = new FeedStore(store).list().stream()
                        .filter(f -> names == null || names.isEmpty() || names.contains(f.name())).toList();
                if (feeds.isEmpty()) {
                    err.println("caytre feeds poll: no feeds" + (names == null || names.isEmpty() ? " (caytre feeds add URL)" : " named " + names));
                    return 2;
                }
                try (IndexedIngest ingest = IndexedIngest.open(store, storeOptions.indexDir(), err)) {
                    return poll(ingest, feeds, Store.dataDir(storeOptions.data), out, err) ? 0 : 1;
                }
            }
        }
    }

    /** Polls {@code feeds} in one logged run; a line per feed; false when a feed or an item failed. */
    static boolean poll(IndexedIngest ingest, List<FeedStore.Feed> feeds, java.nio.file.Path dataDir, PrintWriter out, PrintWriter err)
            throws Exception {
        return FeedPoller.pollAll(ingest, feeds, dataDir.resolve("feeds"), out, err);
    }
}
