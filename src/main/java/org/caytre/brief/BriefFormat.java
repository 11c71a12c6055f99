package org.caytre.brief;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/** The formats a brief is written in, and the one place that writes it as bytes or as files. */
public enum BriefFormat {
    MD("text/markdown; charset=utf-8"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    PDF("application/pdf");

    private final String mediaType;

    BriefFormat(String mediaType) { this.mediaType = mediaType; }

    public String mediaType() { return mediaType; }

    public String extension() { return name().toLowerCase(Locale.ROOT); }

    /** md, docx or pdf (any case); an IllegalArgumentException naming the value otherwise. */
    public static BriefFormat of(String name) {
        for (BriefFormat f : values()) if (f.extension().equalsIgnoreCase(name.strip())) return f;
        throw new IllegalArgumentException("unknown format '" + name + "' (md, docx or pdf)");
    }

    /** The brief in this format (Markdown links its charts as files beside it, see {@link #write}). */
    public byte[] render(Brief brief) throws IOException {
        return switch (this) {
            case MD -> brief.toMarkdown().getBytes(StandardCharsets.UTF_8);
            case DOCX -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                DocxWriter.write(brief, brief.chartsByFile(), out);
                yield out.toByteArray();
            }
            case PDF -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                PdfWriter.write(brief, out);
                yield out.toByteArray();
            }
        };
    }

    /**
     * Writes the brief to {@code out}, and for Markdown its charts as SVG files beside it; each file is written beside
     * its place and moved over it, so an interrupted run leaves the old file or none, never half of one.
     */
    public void write(Brief brief, Path out) throws IOException {
        Path dir = out.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        if (this == MD) for (Chart c : brief.charts()) atomically(dir.resolve(c.file()), c.svg());
        atomically(out, render(brief));
    }

    private static void atomically(Path file, byte[] bytes) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        Files.write(partial, bytes);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
