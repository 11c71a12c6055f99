package org.caytre.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.caytre.text.VietnameseText;

/**
 * Reads a file of any supported format into repaired text ({@link RawText}). Immutable and thread-safe.
 *
 * <p>The format comes from the content first (PDF and ZIP magic numbers, an HTML root, Markdown marks in a .txt)
 * and from the extension otherwise. Every failure is an {@link IngestException} naming the file and the reason.
 *
 * <pre>{@code RawText raw = new DocumentReader().read(Path.of("cong-van.md")); }</pre>
 */
public final class DocumentReader {
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;
    // Markdown written into .txt by converters: <sup>N</sup>, **bold** lines, escaped \* or # headings
    private static final Pattern MARKDOWN_SIGNS = Pattern.compile("<sup>\\d+</sup>|(?m)^\\*\\*\\S|(?m)^\\\\\\*|(?m)^#{1,6} \\S");

    private final long maxBytes;

    public DocumentReader() { this(DEFAULT_MAX_BYTES); }

    public DocumentReader(long maxBytes) { this.maxBytes = maxBytes; }

    public RawText read(Path file) {
        byte[] bytes = load(file);
        String name = file.getFileName().toString();
        String format = format(name, bytes);
        String text = switch (format) {
            case "pdf" -> PdfReader.toText(file, bytes);
            case "docx" -> DocxReader.toText(file, bytes);
            case "html" -> HtmlReader.toText(decodeText(file, bytes));
            case "md" -> MarkdownReader.toText(decodeText(file, bytes));
            default -> decodeText(file, bytes);
        };
        if (format.equals("txt") && MARKDOWN_SIGNS.matcher(text).find()) {
            format = "md";
            text = MarkdownReader.toText(text);
        }
        String repaired = VietnameseText.repair(text.replace("\r\n", "\n").replace('\r', '\n'));
        if (repaired.isBlank()) throw new IngestException(file, "no text in file");
        return new RawText(name, format, repaired, List.of());
    }

    private byte[] load(Path file) {
        if (!Files.exists(file)) throw new IngestException(file, "no such file");
        if (Files.isDirectory(file)) throw new IngestException(file, "is a folder, not a file");
        try {
            long size = Files.size(file);
            if (size == 0) throw new IngestException(file, "empty file");
            if (size > maxBytes)
                throw new IngestException(file, "file too large (" + size + " bytes; the limit is " + maxBytes + ")");
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IngestException(file, "cannot read: " + e.getMessage(), e);
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

    private static String decodeText(Path file, byte[] bytes) {
        if (TextDecoder.looksBinary(bytes)) throw new IngestException(file, "binary content, not a text document");
        return TextDecoder.decode(bytes);
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
