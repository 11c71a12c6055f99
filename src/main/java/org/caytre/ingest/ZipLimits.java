package org.caytre.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Defuses zip bombs before POI opens a DOCX: inflates every entry once, counting the bytes it really unpacks to (the
 * sizes in the headers can lie), and stops at the limit — a one-line error naming the file and the limit.
 */
final class ZipLimits {
    private static final int MAX_ENTRIES = 10_000;

    private ZipLimits() {}

    static void check(Path file, byte[] bytes, long maxUnpacked) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[1 << 16];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (++entries > MAX_ENTRIES)
                    throw new IngestException(file, "ZIP holds more than " + MAX_ENTRIES + " entries (zip bomb?)");
                for (int n; (n = read(zip, buffer)) > 0; ) {
                    total += n;
                    if (total > maxUnpacked)
                        throw new IngestException(file, "unpacks to more than " + maxUnpacked + " bytes (entry " + e.getName()
                                + "; the limit is " + DocumentReader.UNPACK_FACTOR + " × --max-size " + maxUnpacked
                                / DocumentReader.UNPACK_FACTOR / (1024 * 1024) + " MB; zip bomb?)");
                }
            }
        } catch (IOException e) {
            throw new IngestException(file, "unreadable DOCX (broken ZIP): " + firstLine(e), e);
        }
        if (entries == 0) throw new IngestException(file, "unreadable DOCX (empty or broken ZIP)");
    }

    private static int read(InputStream in, byte[] buffer) throws IOException { return in.read(buffer); }

    /** The first line of a library's message (POI explains a zip bomb in four). */
    static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl).strip();
    }
}
