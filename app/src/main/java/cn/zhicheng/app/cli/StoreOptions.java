package cn.zhicheng.app.cli;

import cn.zhicheng.app.service.NotFound;
import cn.zhicheng.app.store.Database;
import cn.zhicheng.app.store.StoreRefused;
import cn.zhicheng.core.input.Refusal;
import java.nio.file.Path;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * Where a command finds the review store: the embedded H2 store in a data folder (the default, {@code ./zhicheng-data}),
 * or a PostgreSQL server for a shared deployment (its password from {@code ZHICHENG_DB_PASSWORD}, never on the
 * command line). Every store command takes these options the same way.
 */
final class StoreOptions {

    static final Path DEFAULT_DATA = Path.of("zhicheng-data");

    @Option(names = "--data", paramLabel = "DIR",
            description = {"内嵌数据库所在目录（默认 ./zhicheng-data） / folder of the embedded store (default ./zhicheng-data)"})
    Path data;

    @Option(names = "--db", paramLabel = "JDBC-URL",
            description = {"PostgreSQL 连接地址，密码取自 ZHICHENG_DB_PASSWORD / PostgreSQL JDBC URL, password from ZHICHENG_DB_PASSWORD"})
    String url;

    @Option(names = "--db-user", paramLabel = "USER", description = {"数据库用户 / database user"})
    String user = "zhicheng";

    /** Opens the store; a store that cannot be opened is the user's problem to fix, reported without a trace. */
    Database open() {
        if (data != null && url != null) {
            throw new UserError(Refusal.of("cli.store.both"));
        }
        try {
            return url != null ? Database.open(url, user, System.getenv().getOrDefault("ZHICHENG_DB_PASSWORD", ""))
                    : Database.openFolder(data != null ? data : DEFAULT_DATA);
        } catch (StoreRefused e) {
            throw new UserError(Refusal.of(e.reason()));
        }
    }

    /**
     * Runs {@code work} on the open store and closes it; a store refusal or an id the store does not hold becomes a
     * user error (exit 2) naming it.
     */
    <T> T with(Function<Database, T> work) {
        try (Database db = open()) {
            return work.apply(db);
        } catch (StoreRefused e) {
            throw new UserError(Refusal.of(e.reason()));
        } catch (NotFound e) {
            throw new UserError(Refusal.of(e.reason()));
        }
    }
}
