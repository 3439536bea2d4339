package cn.zhicheng.app.service;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.app.store.AuditLog;
import cn.zhicheng.app.store.Database;
import cn.zhicheng.core.audit.AuditChain;
import cn.zhicheng.core.audit.AuditEntry;
import cn.zhicheng.core.audit.Verification;
import cn.zhicheng.core.eligibility.Message;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Checks the whole stored audit chain (七(二) 确保每个环节可以追溯倒查) and names the first entry that was changed, is
 * missing, stands out of order or no longer links — or, for a row that is no longer an entry at all, that row's
 * number.
 */
public final class VerifyAudit {

    private final Jdbi jdbi;
    private final AuditLog audit = new AuditLog();

    @Inject
    public VerifyAudit(Database database) {
        this.jdbi = requireNonNull(database, "database is null").jdbi();
    }

    public Verification verify() {
        return verify(java.util.Optional.empty());
    }

    /**
     * Verifies the chain and, given a checkpoint recorded outside the database earlier (the head's number and hash
     * that {@code audit-verify} prints), that the chain still reaches it unchanged: entries cut off the end, or a chain
     * rewritten from some entry on, are found too.
     */
    public Verification verify(java.util.Optional<cn.zhicheng.core.audit.Checkpoint> checkpoint) {
        List<AuditLog.StoredEntry> rows = jdbi.inTransaction(audit::rows);
        List<AuditEntry> entries = new ArrayList<>(rows.size());
        for (AuditLog.StoredEntry row : rows) {
            AuditEntry entry;
            try {
                entry = row.entry();
            } catch (IllegalArgumentException e) {
                // a problem before this row would be named first: report whatever the chain so far shows
                Verification sofar = AuditChain.verify(entries);
                return sofar.intact() ? new Verification.Broken(Verification.Problem.MALFORMED, row.number(),
                        Message.of(Verification.Problem.MALFORMED.key(), row.number() + ": " + e.getMessage()))
                        : sofar;
            }
            entries.add(entry);
        }
        return checkpoint.isPresent() ? AuditChain.verify(entries, checkpoint.get()) : AuditChain.verify(entries);
    }
}
