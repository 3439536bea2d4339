package cn.zhicheng.core.scrutiny;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.policy.Level;
import java.util.Comparator;
import java.util.Optional;

/**
 * One thing a static check found: which check, how much it matters, where (annex version, field, level, the
 * criterion, path or case at fault), the clause it concerns, and why, as a message key with arguments.
 */
public record Flaw(Check check, Severity severity, String annexId, String version, String field,
                   Optional<Level> level, Optional<String> subject, String clause, Message message) {

    /** Report order: by check, then annex, version, field, level and subject. */
    static final Comparator<Flaw> ORDER = Comparator.comparing(Flaw::check).thenComparing(Flaw::annexId)
            .thenComparing(Flaw::version).thenComparing(Flaw::field)
            .thenComparing(f -> f.level().map(Level::ordinal).orElse(-1))
            .thenComparing(f -> f.subject().orElse(""));

    public Flaw {
        requireNonNull(check, "check is null");
        requireNonNull(severity, "severity is null");
        requireNonNull(annexId, "annexId is null");
        requireNonNull(version, "version is null");
        requireNonNull(field, "field is null");
        requireNonNull(level, "level is null");
        requireNonNull(subject, "subject is null");
        requireNonNull(clause, "clause is null");
        requireNonNull(message, "message is null");
    }
}
