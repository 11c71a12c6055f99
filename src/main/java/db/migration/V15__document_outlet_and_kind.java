package db.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.caytre.kb.DocumentOrigin;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Knowledge base version 15: each document's outlet and kind as columns (the documents list filters and counts them
 * in the store), filled for the documents already stored from their metadata JSON. Java rather than SQL because
 * SQLite and PostgreSQL read JSON differently.
 */
public final class V15__document_outlet_and_kind extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE documents ADD COLUMN outlet TEXT");
            s.execute("ALTER TABLE documents ADD COLUMN kind TEXT");
            s.execute("CREATE INDEX documents_outlet ON documents (outlet)");
            s.execute("CREATE INDEX documents_kind ON documents (kind)");
            s.execute("CREATE INDEX documents_date ON documents (doc_date)");
        }
        ObjectMapper json = new ObjectMapper();
        try (PreparedStatement read = c.prepareStatement("SELECT id, source, metadata FROM documents");
             PreparedStatement write = c.prepareStatement("UPDATE documents SET outlet = ?, kind = ? WHERE id = ?");
             ResultSet r = read.executeQuery()) {
            int n = 0;
            while (r.next()) {
                JsonNode m = json.readTree(r.getString(3));
                write.setString(1, DocumentOrigin.outlet(text(m, "url"), text(m, "source")));
                write.setString(2, DocumentOrigin.kind(text(m, "type"), r.getString(2)));
                write.setString(3, r.getString(1));
                write.addBatch();
                if (++n % 1000 == 0) write.executeBatch();
            }
            write.executeBatch();
        }
    }

    private static String text(JsonNode m, String field) {
        JsonNode v = m.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
