package org.caytre.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A store migrated past a version that lands later (V10 before V4) takes the lower version when it is opened. */
class OutOfOrderMigrationTest {
    @TempDir Path dir;

    static java.util.stream.Stream<String> backends() { return Backends.all(); }

    @ParameterizedTest @MethodSource("backends")
    void a_store_without_the_reviews_migration_gets_it_on_open(String backend) throws Exception {
        String url = Backends.freshUrl(backend);
        Store store = Store.open(dir, url);
        try (Connection c = store.connect()) {   // as a store built before V4 existed, after V10
            Sql.update(c, "DROP TABLE reviews");
            Sql.update(c, "DELETE FROM flyway_schema_history WHERE version = '4'");
        }
        Store reopened = Store.open(dir, url);
        new Reviews(reopened).append("Lan", Review.CONFIRM, Review.EVENT, "ev-1", null, null, null, "migrated");
        assertThat(new Reviews(reopened).all()).singleElement().satisfies(r -> assertThat(r.reason()).isEqualTo("migrated"));
    }
}
