/** Reading files of every supported format into repaired text, with clear errors for bad input; streaming JSONL corpora. */
package org.caytre.ingest;
