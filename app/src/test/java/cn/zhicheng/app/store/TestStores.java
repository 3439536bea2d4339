package cn.zhicheng.app.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh, migrated databases for tests of the review's services, on both databases the store supports: embedded H2
 * in a folder of its own, or a database of its own on one real PostgreSQL server that the tests start themselves
 * (once per test run, stopped when the JVM ends). Use with {@code @ParameterizedTest @EnumSource(TestStores.Kind.class)}.
 */
public final class TestStores {

    /** The databases a service test runs on. */
    public enum Kind {
        H2,
        POSTGRES
    }

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestStores() {
    }

    /** A new, empty database of this kind, migrated; H2 lives in a folder under {@code temp}. */
    public static Database fresh(Kind kind, Path temp) {
        int n = COUNTER.incrementAndGet();
        if (kind == Kind.H2) {
            return Database.openFolder(temp.resolve("h2-" + n));
        }
        String name = "service_" + n;
        EmbeddedPostgres pg = server();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return Database.open(pg.getJdbcUrl("postgres", name), "postgres", "postgres");
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is ending; the server's folder is temporary
                }
            }));
        }
        return server;
    }
}
