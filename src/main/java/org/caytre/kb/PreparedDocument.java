package org.caytre.kb;

import org.caytre.extract.Extraction;

/**
 * One document read and extracted, ready for its transaction. {@code source} identifies it across runs (absolute
 * path, or "jsonl:" + the record's id); {@code name} is the id it would like (file name or record id);
 * {@code contentHash} covers the input and the date given with it; {@code date}/{@code dateSource} the document date
 * and where it came from (text, jsonl, option), or null; {@code url}/{@code origin} the JSONL url and source.
 */
public record PreparedDocument(String source, String name, String contentHash, String title, String date,
                               String dateSource, String url, String origin, Extraction extraction) {}
