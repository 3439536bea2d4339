package cn.zhicheng.app.cli;

import cn.zhicheng.app.service.VerifyAudit;
import cn.zhicheng.core.audit.Checkpoint;
import cn.zhicheng.core.audit.Verification;
import cn.zhicheng.core.input.Refusal;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    StoreOptions store;

    @Option(names = "--checkpoint", paramLabel = "N:SHA256",
            description = {"此前记下的链头（条目号:哈希），核验其后未被截断或改写",
                "a head recorded earlier (entry number:hash): checks the chain was not cut off or rewritten since"})
    String checkpoint;

    @Override
    public Integer call() {
        Optional<Checkpoint> taken = Optional.ofNullable(checkpoint).map(AuditVerifyCommand::checkpoint);
        return store.with(db -> {
            Verification verification = new VerifyAudit(db).verify(taken);
            top.language.lines(verification.message()).forEach(top.output::print);
            return verification.intact() ? 0 : 2;
        });
    }

    private static Checkpoint checkpoint(String value) {
        String[] parts = value.trim().split(":", 2);
        try {
            return new Checkpoint(Long.parseLong(parts[0]), parts.length == 2 ? parts[1] : "");
        } catch (IllegalArgumentException e) {
            throw new UserError(Refusal.of("cli.checkpoint", value));
        }
    }
}
