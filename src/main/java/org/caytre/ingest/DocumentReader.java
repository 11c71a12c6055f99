package org.caytre.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.caytre.text.LegacyEncoding;
import org.caytre.text.VietnameseText;

/**
 * Reads a file of any supported format into repaired text ({@link RawText}). Immutable and thread-safe.
 *
 * <p>The format comes from the content first (PDF and ZIP magic numbers, an HTML root, Markdown marks in a .txt)
 * and from the extension otherwise. Every failure is an {@link IngestException} naming the file and the reason.
 * One size limit guards memory and time: the file, the text it holds (PDF, DOCX) and — {@link #UNPACK_FACTOR}
 * times it, for the XML around the text — what a DOCX unpacks to.
 *
 * <pre>{@code RawText raw = new DocumentReader().read(Path.of("cong-van.md")); }</pre>
 */
public final class DocumentReader {
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;
    /** A DOCX may unpack to this many times the size limit: its XML markup outweighs its text several times. */
    public static final int UNPACK_FACTOR = 4;
    // Markdown written into .txt by converters: <sup>N</sup>, **bold** lines, escaped \* or # headings
    private static final Pattern MARKDOWN_SIGNS = Pattern.compile("<sup>\\d+</sup>|(?m)^\\*\\*\\S|(?m)^\\\\\\*|(?m)^#{1,6} \\S");

    private final long maxBytes;

    public DocumentReader() { this(DEFAULT_MAX_BYTES); }

    /** @param maxBytes the size limit (file, text, and {@link #UNPACK_FACTOR} × for unpacked DOCX parts) */
    public DocumentReader(long maxBytes) { this.maxBytes = maxBytes; }

    public long maxBytes() { return maxBytes; }

    public RawText read(Path file) { return read(file, load(file)); }

    /** Reads content already in memory (standard input, an upload); {@code file} names it in messages. */
    public RawText read(Path file, byte[] bytes) {
        if (bytes.length == 0) throw new IngestException(file, "empty file");
        if (bytes.length > maxBytes) throw new IngestException(file, tooLarge("file", bytes.length));
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String format = format(name, bytes);
        List<String> warnings = new ArrayList<>();
        Content content = switch (format) {
            case "pdf" -> PdfReader.read(file, bytes, maxBytes);
            case "docx" -> DocxReader.read(file, bytes, maxBytes * UNPACK_FACTOR);
            case "html" -> HtmlReader.read(decodeText(file, bytes, warnings));
            case "md" -> MarkdownReader.read(decodeText(file, bytes, warnings));
            default -> Content.of(decodeText(file, bytes, warnings));
        };
        String text = content.text();
        if (text.length() > maxBytes) throw new IngestException(file, tooLarge("text", text.length()));
        if (format.equals("txt") && MARKDOWN_SIGNS.matcher(text).find()) {
            format = "md";
            content = MarkdownReader.read(text);
            text = content.text();
        }
        if (format.equals("pdf") || format.equals("docx")) {
            LegacyEncoding.Kind legacy = LegacyEncoding.detect(text);   // typed in a .VnTime or VNI font
            if (legacy != LegacyEncoding.Kind.NONE) warnings.add("converted from " + legacy + " (legacy Vietnamese font encoding)");
        }
        long fontDefects = text.chars().filter(c -> c == '\u01A3' || c == '\u01A2').count();
        if (fontDefects > 0) warnings.add("repaired " + fontDefects + " ƣ/Ƣ (U+01A3/U+01A2) to ư/Ư (a PDF font defect)");
        String repaired = VietnameseText.repair(text.replace("\r\n", "\n").replace('\r', '\n'));
        if (repaired.isBlank()) throw new IngestException(file, "no text in file");
        return new RawText(name, format, repaired, warnings, content.given());
    }

    private String tooLarge(String what, long size) {
        return what + " too large (" + size + (what.equals("text") ? " characters" : " bytes") + "; the limit is "
                + maxBytes + ", --max-size " + maxBytes / (1024 * 1024) + " MB)";
    }

    private byte[] load(Path file) {
        String missing = missing(file);
        if (missing != null) throw new IngestException(file, missing);
        if (Files.isDirectory(file)) throw new IngestException(file, "is a folder, not a file");
        try {
            long size = Files.size(file);
            if (size == 0) throw new IngestException(file, "empty file");
            if (size > maxBytes) throw new IngestException(file, tooLarge("file", size));
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IngestException(file, "cannot read: " + e.getMessage(), e);
        }
    }

    /** Why {@code file} cannot be opened at all (no such file, a broken or looping symbolic link), or null. */
    public static String missing(Path file) {
        if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return "no such file";
        if (!Files.exists(file)) return symlinkLoop(file)
                ? "symbolic link loop (the link leads back to itself)" : "broken symbolic link (its target does not exist)";
        return null;
    }

    private static boolean symlinkLoop(Path file) {
        try {
            file.toRealPath();
            return false;
        } catch (java.nio.file.FileSystemException e) {
            return String.valueOf(e.getReason()).contains("levels of symbolic links");
        } catch (IOException e) {
            return false;
        }
    }

    private static String format(String name, byte[] b) {
        if (startsWith(b, "%PDF")) return "pdf";
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (startsWith(b, "PK")) return "docx";
        return switch (ext) {
            case "pdf" -> "pdf";      // without the magic number: let PDFBox say what is wrong
            case "docx" -> "docx";
            case "md", "markdown" -> "md";
            case "html", "htm", "xhtml" -> "html";
            default -> looksLikeHtml(b) ? "html" : "txt";
        };
    }

    private static String decodeText(Path file, byte[] bytes, List<String> warnings) {
        if (TextDecoder.looksBinary(bytes)) throw new IngestException(file, "binary content, not a text document");
        TextDecoder.Decoded d = TextDecoder.decodeReporting(bytes);
        warnings.addAll(d.warnings());
        return d.text();
    }

    private static boolean looksLikeHtml(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 512), java.nio.charset.StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    private static boolean startsWith(byte[] b, String magic) {
        if (b.length < magic.length()) return false;
        for (int i = 0; i < magic.length(); i++) if (b[i] != magic.charAt(i)) return false;
        return true;
    }
}
