package cn.zhicheng.app.service;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.audit.AuditEntry;
import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.policy.Clause;
import cn.zhicheng.core.review.filing.Filing;

/** What filing a round's results, or acknowledging them, came to, with the audit entry that records it (七(二)). */
public sealed interface FilingResult {

    AuditEntry entry();

    record Done(Filing filing, Message message, AuditEntry entry) implements FilingResult {
        public Done {
            requireNonNull(filing, "filing is null");
            requireNonNull(message, "message is null");
            requireNonNull(entry, "entry is null");
        }
    }

    record Refused(Message reason, Clause clause, AuditEntry entry) implements FilingResult {
        public Refused {
            requireNonNull(reason, "reason is null");
            requireNonNull(clause, "clause is null");
            requireNonNull(entry, "entry is null");
        }
    }
}
