package org.caytre.spark;

import java.io.Serializable;

/**
 * One unit of work shipped to an executor: a local {@code file} (its path), a {@code line} of a JSONL corpus or a
 * Parquet row as JSON ({@code path}: the corpus, {@code line}: its 1-based number), a {@code remote} file read
 * through Hadoop (its URI and {@code bytes}), or a {@code bad} input the driver could not list ({@code text}: why).
 */
record WorkItem(String kind, String path, long line, String text, byte[] bytes) implements Serializable {
    static WorkItem file(String path) { return new WorkItem("file", path, 0, null, null); }

    static WorkItem line(String corpus, long line, String json) { return new WorkItem("line", corpus, line, json, null); }

    static WorkItem remote(String uri, byte[] bytes) { return new WorkItem("remote", uri, 0, null, bytes); }

    static WorkItem bad(String path, String reason) { return new WorkItem("bad", path, 0, reason, null); }
}
