package cn.zhicheng.app.store;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.policy.Text;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.ValidateOutput;
import org.flywaydb.core.api.output.ValidateResult;
import org.jdbi.v3.core.Jdbi;

/**
 * The review store: embedded H2 in a folder the user chooses (the default), or a PostgreSQL server for shared
 * deployments, where any number of app instances share one database (design.md). Opening checks the schema before
 * touching it: a schema newer than this build, a migration history that does not match this build's migrations, or
 * a file that is not an intact database stops start-up with {@link StoreRefused}; only a database that is exactly
 * this build's schema, an older one of this line, or an empty one is migrated. Nothing is ever cleaned.
 */
public final class Database implements AutoCloseable {

    /** The H2 database's name inside the data folder; H2 adds {@code .mv.db}. */
    public static final String H2_NAME = "zhicheng";

    private final HikariDataSource pool;
    private final Jdbi jdbi;

    private Database(HikariDataSource pool) {
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
    }

    /** The embedded H2 database in {@code folder} (created if missing), migrated to this build's schema. */
    public static Database openFolder(Path folder) {
        requireNonNull(folder, "folder is null");
        Path absolute = folder.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute);
        } catch (IOException | RuntimeException e) {
            throw new StoreRefused(new Text("无法创建数据文件夹 " + absolute + "：" + e.getMessage(),
                    "cannot create the data folder " + absolute + ": " + e.getMessage()));
        }
        // H2 2.x rejects relative file URLs; the absolute path names exactly the folder the user chose.
        // IFEXISTS is not used: a missing file means a new store. A lock wait longer than a few seconds means a
        // stuck transaction, and is reported rather than waited out. WRITE_DELAY=0: H2 otherwise writes committed
        // changes to the file up to half a second later, so a process killed in that time loses acts it already
        // reported as done; with 0 every commit is in the file before the act returns.
        String url = "jdbc:h2:file:" + absolute.resolve(H2_NAME) + ";LOCK_TIMEOUT=10000;WRITE_DELAY=0";
        return open(url, "sa", "", absolute.resolve(H2_NAME + ".mv.db").toString());
    }

    /** A PostgreSQL (or H2) database at a JDBC URL, migrated to this build's schema. */
    public static Database open(String jdbcUrl, String user, String password) {
        requireNonNull(jdbcUrl, "jdbcUrl is null");
        // messages name the server and database, never the URL's parameters: they may carry a password
        int parameters = jdbcUrl.indexOf('?');
        return open(jdbcUrl, user, password, parameters < 0 ? jdbcUrl : jdbcUrl.substring(0, parameters));
    }

    private static Database open(String url, String user, String password, String shownAs) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(10);
        config.setAutoCommit(true);
        config.setPoolName("zhicheng-store");
        // fail at once when the database cannot be opened, with the reason below, instead of a pool that
        // retries in the background
        config.setInitializationFailTimeout(1);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw unreadable(shownAs, e);
        }
        try {
            checkAndMigrate(pool, shownAs);
            return new Database(pool);
        } catch (RuntimeException e) {
            pool.close();
            throw e instanceof StoreRefused r ? r : unreadable(shownAs, e);
        }
    }

    private static void checkAndMigrate(HikariDataSource pool, String shownAs) {
        try (Connection c = pool.getConnection()) {
            c.getMetaData();
        } catch (SQLException e) {
            throw unreadable(shownAs, e);
        }
        Flyway flyway = Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration")
                .validateOnMigrate(true)
                .cleanDisabled(true)
                // Only pending migrations may be left for migrate to apply. Flyway's default would also pass over
                // migrations from a newer build (*:future); here they stop start-up instead.
                .ignoreMigrationPatterns("*:pending")
                .load();
        Optional<MigrationInfo> newer = newest(flyway);
        MigrationVersion known = latestKnown(flyway);
        if (newer.isPresent()) {
            String version = newer.get().getVersion().getVersion();
            throw new StoreRefused(new Text(
                    "数据库 " + shownAs + " 的结构版本为 " + version + "，比本程序所支持的版本 " + known.getVersion()
                            + " 更新；请使用更新版本的程序打开它。数据库未作任何改动。",
                    "the database " + shownAs + " has schema version " + version + ", newer than version "
                            + known.getVersion() + " that this build knows; open it with a newer build. The database"
                            + " was not changed."));
        }
        ValidateResult validation = flyway.validateWithResult();
        if (!validation.validationSuccessful) {
            ValidateOutput first = validation.invalidMigrations.isEmpty() ? null : validation.invalidMigrations.get(0);
            String which = first == null ? "?" : first.version + " (" + first.description + ")";
            throw new StoreRefused(new Text(
                    "数据库 " + shownAs + " 的迁移历史与本程序不符（首个不符的迁移：" + which
                            + "，例如校验和不一致），数据库未作任何改动；请核对程序版本或从备份恢复。",
                    "the migration history of the database " + shownAs + " does not match this build (first"
                            + " mismatch: " + which + ", for example a checksum mismatch); the database was not"
                            + " changed. Check the build's version, or restore from a backup."));
        }
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            throw new StoreRefused(new Text("数据库 " + shownAs + " 迁移失败：" + e.getMessage(),
                    "migrating the database " + shownAs + " failed: " + e.getMessage()));
        }
    }

    /** An applied migration from a newer build, if any: the newest one. */
    private static Optional<MigrationInfo> newest(Flyway flyway) {
        return Arrays.stream(flyway.info().all())
                .filter(i -> i.getState() == MigrationState.FUTURE_SUCCESS
                        || i.getState() == MigrationState.FUTURE_FAILED)
                .filter(i -> i.getVersion() != null)
                .max(Comparator.comparing(MigrationInfo::getVersion));
    }

    private static MigrationVersion latestKnown(Flyway flyway) {
        return Arrays.stream(flyway.info().all())
                .filter(i -> i.getState().isResolved() && i.getVersion() != null)
                .map(MigrationInfo::getVersion)
                .max(Comparator.naturalOrder())
                .orElse(MigrationVersion.EMPTY);
    }

    private static StoreRefused unreadable(String shownAs, Exception e) {
        String cause = rootMessage(e);
        String zh = cause.isEmpty() ? "" : "（" + cause + "）";
        String en = cause.isEmpty() ? "" : " (" + cause + ")";
        return new StoreRefused(new Text(
                "无法打开数据库 " + shownAs + "：文件已损坏、不是数据库，或服务器无法连接" + zh + "。数据库未作任何改动。",
                "cannot open the database " + shownAs + ": the file is damaged or not a database, or the server"
                        + " cannot be reached" + en + ". The database was not changed."));
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root.getMessage() == null) {
            return ""; // an exception's class name says nothing to the person at the terminal
        }
        // the first line is the reason; drivers append their internals after it, and no Java name is shown
        String first = root.getMessage().lines().findFirst().orElse("");
        return first.replaceAll("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error)\\b:?\\s*", "").trim();
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    @Override
    public void close() {
        pool.close();
    }
}
