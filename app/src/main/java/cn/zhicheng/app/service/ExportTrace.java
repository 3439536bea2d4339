package cn.zhicheng.app.service;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.app.store.AuditLog;
import cn.zhicheng.app.store.Database;
import cn.zhicheng.core.audit.AuditEntry;
import cn.zhicheng.core.audit.Trace;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * The complete trace of one application, cut from the stored chain (七(二) 确保每个环节可以追溯倒查): its own entries
 * in full and the other entries between them by their links only, so that a third party can verify it without the
 * database and without seeing other applications.
 */
public final class ExportTrace {

    private final Jdbi jdbi;
    private final AuditLog audit = new AuditLog();

    @Inject
    public ExportTrace(Database database) {
        this.jdbi = requireNonNull(database, "database is null").jdbi();
    }

    /** The trace of an application; {@link NotFound} when the chain holds no entry of it. */
    public Trace of(String application) {
        List<AuditEntry> chain = new ArrayList<>();
        for (AuditLog.StoredEntry row : jdbi.inTransaction(audit::rows)) {
            chain.add(row.entry());
        }
        if (chain.stream().noneMatch(e -> e.act().subject().equals(application))) {
            throw NotFound.application(application);
        }
        return Trace.of(application, chain);
    }
}
