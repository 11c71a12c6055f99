package org.caytre.ingest;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/** PDF text layer, page by page, with a form feed line between pages (the structure stage finds page tops by it). */
final class PdfReader {
    private PdfReader() {}

    static String toText(Path file, byte[] bytes) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            StringBuilder out = new StringBuilder();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                if (page > 1) out.append("\f\n");
                out.append(stripper.getText(pdf));
            }
            if (out.toString().isBlank()) throw new IngestException(file, "no text layer (scanned PDF?)");
            return out.toString();
        } catch (InvalidPasswordException e) {
            throw new IngestException(file, "encrypted PDF (password required)", e);
        } catch (IOException e) {
            throw new IngestException(file, "unreadable or truncated PDF: " + e.getMessage(), e);
        }
    }
}
