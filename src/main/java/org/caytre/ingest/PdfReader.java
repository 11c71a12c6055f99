package org.caytre.ingest;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDF text layer, page by page, with a form feed line between pages (the structure stage finds page tops by it);
 * the document information's title and creation date are given with source {@code properties}.
 */
final class PdfReader {
    private PdfReader() {}

    static Content read(Path file, byte[] bytes, long maxChars) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            StringBuilder out = new StringBuilder();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                if (page > 1) out.append("\f\n");
                out.append(stripper.getText(pdf));
                if (out.length() > maxChars)   // checked per page: a small PDF can draw far more text than its size
                    throw new IngestException(file, "text too large (more than " + maxChars + " characters by page " + page
                            + "; the limit is --max-size " + maxChars / (1024 * 1024) + " MB)");
            }
            if (out.toString().isBlank()) throw new IngestException(file, "no text layer (scanned PDF?)");
            var info = pdf.getDocumentInformation();
            String title = info.getTitle() == null || info.getTitle().isBlank() ? null : info.getTitle().strip();
            String date = info.getCreationDate() == null ? null : Properties.date(info.getCreationDate().toInstant());
            return new Content(out.toString(), new RawText.Given(title, date, "properties"));
        } catch (InvalidPasswordException e) {
            throw new IngestException(file, "encrypted PDF (password required)", e);
        } catch (IOException e) {
            throw new IngestException(file, "unreadable or truncated PDF: " + ZipLimits.firstLine(e), e);
        }
    }
}
