package cn.zhicheng.app.cli;

import cn.zhicheng.app.service.VerifyAudit;
import cn.zhicheng.app.store.Database;
import cn.zhicheng.app.store.StoreRefused;
import cn.zhicheng.core.audit.Verification;
import cn.zhicheng.core.input.Refusal;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * Verifies the whole hash-chained audit trail of a store (七(二) 确保每个环节可以追溯倒查): every entry holds its hash
 * and its place. Exit 0 when the chain is intact, 2 when an entry was changed, removed or reordered (the first one
 * is named) or the store cannot be opened.
 */
@Command(name = "audit-verify", description = {"核验审计记录哈希链，指出第一处被改动或缺失的记录",
    "verify the audit trail's hash chain and name the first changed or missing entry"})
final class AuditVerifyCommand implements Callable<Integer> {

    @ParentCommand
    Zhicheng top;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Store store;

    /** The embedded store's folder, or a PostgreSQL server (its password from ZHICHENG_DB_PASSWORD). */
    static final class Store {
        @Option(names = "--data", paramLabel = "DIR", description = {"内嵌数据库所在目录 / folder of the embedded store"})
        Path data;

        @Option(names = "--db", paramLabel = "JDBC-URL", description = {"PostgreSQL 连接地址 / PostgreSQL JDBC URL"})
        String url;
    }

    @Option(names = "--db-user", paramLabel = "USER", description = {"数据库用户 / database user"})
    String user = "zhicheng";

    @Override
    public Integer call() {
        try (Database db = store.data != null ? Database.openFolder(store.data)
                : Database.open(store.url, user, System.getenv().getOrDefault("ZHICHENG_DB_PASSWORD", ""))) {
            Verification verification = new VerifyAudit(db).verify();
            top.language.lines(verification.message()).forEach(top.output::print);
            return verification.intact() ? 0 : 2;
        } catch (StoreRefused e) {
            throw new UserError(Refusal.of(e.reason()));
        }
    }
}
