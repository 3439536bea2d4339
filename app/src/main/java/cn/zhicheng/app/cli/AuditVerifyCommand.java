package cn.zhicheng.app.cli;

import cn.zhicheng.app.service.VerifyAudit;
import cn.zhicheng.core.audit.Verification;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        return store.with(db -> {
            Verification verification = new VerifyAudit(db).verify();
            top.language.lines(verification.message()).forEach(top.output::print);
            return verification.intact() ? 0 : 2;
        });
    }
}
