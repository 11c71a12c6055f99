package org.caytre.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.text.Normalizer;
import org.caytre.kb.Store;

/** The brief tests' view of a store: a document's stored text, and text compared as NFC with whitespace runs joined. */
final class StoredText {
    private StoredText() {}

    /** The passages of {@code doc} in order, one per line; fails when the store holds none. */
    static String of(Path data, String doc) throws Exception {
        try (Store store = Store.open(data, null); Connection c = store.connect()) {
            return of(c, doc);
        }
    }

    static String of(Connection c, String doc) throws Exception {
        StringBuilder text = new StringBuilder();
        try (PreparedStatement s = c.prepareStatement("SELECT text FROM passages WHERE doc_id = ? ORDER BY start_offset")) {
            s.setString(1, doc);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) text.append(r.getString(1)).append('\n');
            }
        }
        assertThat(text).as("stored text of " + doc).isNotEmpty();
        return text.toString();
    }

    /** NFC, whitespace runs as one space, stripped: how text is compared after a round trip through a layout. */
    static String normal(String s) { return Normalizer.normalize(s, Normalizer.Form.NFC).strip().replaceAll("\\s+", " "); }

    /**
     * {@link #normal} with a hyphen and the space after it joined: a layout may break a long word after its hyphen, and
     * the store keeps a hyphen at a line end as "20- 22" in evidence where the passage text reads "20-22".
     */
    static String loose(String s) { return normal(s).replace("- ", "-"); }

    /**
     * NFC with no whitespace at all: how a PDF's extracted text is compared, since a line may break after any '/' or
     * '-' and PDFBox reads some glyph gaps (after ’) as spaces; letters, diacritics and their order must still match.
     */
    static String compact(String s) { return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", ""); }

    /**
     * Whether {@code evidence} is in document {@code doc} as stored: in its passages, or (evidence keeps the footnote
     * markers that passages drop) in the text of the file it was read from.
     */
    static boolean holds(Path data, String doc, String evidence) throws Exception {
        String wanted = loose(evidence);
        if (loose(of(data, doc)).contains(wanted)) return true;
        try (Store store = Store.open(data, null); Connection c = store.connect();
             PreparedStatement s = c.prepareStatement("SELECT source FROM documents WHERE id = ?")) {
            s.setString(1, doc);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) return false;
                Path file = Path.of(r.getString(1));
                return java.nio.file.Files.isRegularFile(file) && loose(java.nio.file.Files.readString(file)).contains(wanted);
            }
        }
    }
}
