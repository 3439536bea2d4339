package cn.zhicheng.app.service;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.app.store.StoredApplication;
import cn.zhicheng.core.audit.AuditEntry;
import cn.zhicheng.core.review.stage.Outcome;

/** What an act on an application came to, with the audit entry that records it either way (七(二)). */
public sealed interface ActResult {

    AuditEntry entry();

    /** The act landed: the application as stored now, the move core decided, and its entry. */
    record Done(StoredApplication application, Outcome.Moved moved, AuditEntry entry) implements ActResult {
        public Done {
            requireNonNull(application, "application is null");
            requireNonNull(moved, "moved is null");
            requireNonNull(entry, "entry is null");
        }
    }

    /** The act was refused, with core's reason and clause; nothing changed but the entry recording the refusal. */
    record Refused(Outcome.Refused refusal, AuditEntry entry) implements ActResult {
        public Refused {
            requireNonNull(refusal, "refusal is null");
            requireNonNull(entry, "entry is null");
        }
    }
}
