package org.caytre.cli;

import org.caytre.kb.Store;
import picocli.CommandLine.Option;

/** {@code --data DIR} and {@code --db URL}, shared by every command that reads or writes the knowledge base. */
final class StoreOptions {
    @Option(names = "--data", paramLabel = "DIR", description = "data directory (default: $CAYTRE_DATA or ./caytre-data)")
    String data;

    @Option(names = "--db", paramLabel = "URL", description = "jdbc:postgresql://… instead of the SQLite file (default: $CAYTRE_DB)")
    String db;

    Store open() { return Store.open(data, db); }

    /** The search index beside the store: {@code DIR/index}. */
    java.nio.file.Path indexDir() { return Store.dataDir(data).resolve("index"); }
}
