package org.caytre.web;

import java.nio.file.Path;
import org.caytre.kb.Store;
import org.caytre.search.PassageIndex;

/**
 * What the handlers read: the store and the search index of one data directory. The index is opened for writing
 * only when uploads are enabled (Lucene allows one writer: a server that accepts uploads and a {@code caytre ingest}
 * cannot share a data directory at the same time); otherwise it is searched as of its last commit.
 */
final class Backend implements AutoCloseable {
    private final Store store;
    private final Path dataDir;
    private final LiveIndex index;
    private final boolean writable;

    Backend(WebConfig config) {
        this.dataDir = config.dataDir();
        this.writable = config.writeToken() != null;
        this.store = Store.open(config.dataDir(), config.dbUrl());
        try {
            this.index = new LiveIndex(config.dataDir().resolve("index"), store, config.writeToken() != null);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        warmUp = Thread.ofVirtual().name("caytre-warm-up").start(this::warmUp);
    }

    private final Thread warmUp;

    /**
     * Builds the ledger, the check report and the weighed events once at start, so the first visitor of the map, the
     * check or the timeline does not wait.
     */
    private void warmUp() {
        try {
            checks();
            new org.caytre.kb.KnowledgeBase(store).eventCounts(new org.caytre.kb.KnowledgeBase.EventFilter(null, null, null, null, null, null, true, false));
        } catch (java.sql.SQLException | RuntimeException e) {
            // the first request builds them and reports the error
        }
    }

    Store store() { return store; }

    private record Cached<T>(String version, T value) {}

    private volatile Cached<org.caytre.kb.ledger.PartnershipLedger> ledger;
    private volatile Cached<Object> checks;
    private volatile Cached<org.caytre.kb.ledger.PartnershipLedger> foreignLedger;

    /** What changes whenever a document is added, replaced or removed, or an analyst acts (a claim decision moves the ledger). */
    private String version() throws java.sql.SQLException {
        try (var c = store.connect(); var st = c.prepareStatement("SELECT COUNT(*), MAX(ingested_at), (SELECT COUNT(*) FROM reviews) FROM documents");
             var r = st.executeQuery()) {
            r.next();
            return r.getLong(1) + "|" + r.getString(2) + "|" + r.getLong(3);
        }
    }

    /**
     * The partnership ledger, rebuilt only when the store has changed since (documents added, replaced or removed):
     * building it reads every stored partnership mention, too much for every request of a busy server.
     */
    org.caytre.kb.ledger.PartnershipLedger ledger() throws java.sql.SQLException { return ledger(false); }

    /** With {@code foreignOnly}, the ledger of partnership mentions in passages about foreign relations (cached apart). */
    org.caytre.kb.ledger.PartnershipLedger ledger(boolean foreignOnly) throws java.sql.SQLException {
        if (foreignOnly) {
            String version = version();
            var cached = foreignLedger;
            if (cached != null && cached.version().equals(version)) return cached.value();
            org.caytre.kb.ledger.PartnershipLedger built = new org.caytre.kb.Ledgers(store).ledger(true);
            foreignLedger = new Cached<>(version, built);
            return built;
        }
        String version = version();
        var cached = ledger;
        if (cached != null && cached.version().equals(version)) return cached.value();
        org.caytre.kb.ledger.PartnershipLedger built = new org.caytre.kb.Ledgers(store).ledger();
        ledger = new Cached<>(version, built);
        return built;
    }

    /** The check report's JSON, kept like the ledger until the store changes (it reads the partner counts among the stored figures). */
    Object checks() throws java.sql.SQLException {
        String version = version();
        var cached = checks;
        if (cached != null && cached.version().equals(version)) return cached.value();
        var ledger = ledger();
        Object built = org.caytre.kb.ledger.LedgerJson.checks(new org.caytre.kb.ledger.StatedCountCheck(ledger)
                .check(new org.caytre.kb.Ledgers(store).partnerFigures()), ledger.conflicts());
        checks = new Cached<>(version, built);
        return built;
    }

    Path dataDir() { return dataDir; }

    /** The index, or a 503 saying how to build one; an index deleted or rebuilt under the server is noticed ({@link LiveIndex}). */
    PassageIndex index() { return index.get(); }

    boolean hasIndex() { return index.present(); }

    /** Whether this server holds the index's writer (it has a write token): writes go through {@link #index()}. */
    boolean writable() { return writable; }

    @Override
    public void close() {
        try {                          // the warm-up reads the store: let it end before the store closes and its files go
            warmUp.join(java.time.Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        index.close();
        store.close();
    }
}
