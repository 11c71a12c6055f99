package org.caytre.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * A zip uploaded from the desk: its files one at a time, each named by its path inside the archive made into one safe
 * file name ({@code báo cáo/2023.txt} → {@code báo_cáo_2023.txt}). Folders, hidden files and macOS resource forks are
 * left out; what they unpack to together is bounded (a zip bomb is stopped while unpacking). A problem with the archive
 * itself (broken, empty, too many files, too large) is reported as one more refused entry, so the files before it keep
 * their results.
 */
final class UploadArchive {
    /** Most files one archive may hold. */
    static final int MAX_ENTRIES = 1000;

    private UploadArchive() {}

    interface Entry {
        /** {@code refusal} is null when {@code bytes} hold the entry; else the reason it was not unpacked. */
        void accept(String name, byte[] bytes, String refusal) throws IOException, java.sql.SQLException, InterruptedException;
    }

    static boolean isZip(String fileName) {
        return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    /** Unpacks {@code in}: each file at most {@code maxFile} bytes (a larger one is refused), at most {@code maxBytes} in all. */
    static void entries(InputStream in, String archive, long maxFile, long maxBytes, Entry each) throws IOException, java.sql.SQLException, InterruptedException {
        String label = UploadController.fileName(archive);
        long total = 0;
        int count = 0;
        Set<String> names = new HashSet<>();
        java.io.PushbackInputStream peek = new java.io.PushbackInputStream(in, 2);
        byte[] magic = peek.readNBytes(2);
        peek.unread(magic);
        if (magic.length < 2 || magic[0] != 'P' || magic[1] != 'K') {
            each.accept(label, null, "not a zip archive");
            return;
        }
        in = peek;
        try (ZipInputStream zip = new ZipInputStream(in, java.nio.charset.StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                String path = e.getName().replace('\\', '/');
                if (e.isDirectory() || skipped(path)) continue;
                if (++count > MAX_ENTRIES) {
                    each.accept(label, null, "more than " + MAX_ENTRIES + " files in one archive; the rest were not read");
                    return;
                }
                String name = unique(UploadController.fileName(path.replace('/', '_')), names);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                boolean tooLarge = false;
                for (int n; (n = zip.read(buffer)) > 0; ) {
                    total += n;
                    if (out.size() + n > maxFile) tooLarge = true;
                    if (total > maxBytes) {
                        each.accept(name, null, "the archive unpacks to more than " + maxBytes + " bytes (zip bomb?); this file and the rest were not read");
                        return;
                    }
                    if (!tooLarge) out.write(buffer, 0, n);
                }
                if (tooLarge) each.accept(name, null, "file too large (the limit is " + maxFile + " bytes)");
                else each.accept(name, out.toByteArray(), null);   // an empty or unreadable file: the ingest says why
            }
        } catch (ZipException | java.io.EOFException e) {
            each.accept(label, null, "not a readable zip archive" + (count > 0 ? " after " + (count - 1) + " files" : "")
                    + " (" + (e.getMessage() == null ? "truncated" : e.getMessage()) + ")");
            return;
        }
        if (count == 0) each.accept(label, null, "no files in the archive");
    }

    private static boolean skipped(String path) {
        for (String part : path.split("/")) if (part.startsWith(".") || part.equals("__MACOSX")) return true;
        return false;
    }

    /** Two entries whose safe names collide get -2, -3, … before the extension. */
    private static String unique(String name, Set<String> seen) {
        String out = name;
        int dot = name.lastIndexOf('.');
        for (int i = 2; !seen.add(out); i++) out = dot > 0 ? name.substring(0, dot) + "-" + i + name.substring(dot) : name + "-" + i;
        return out;
    }
}
