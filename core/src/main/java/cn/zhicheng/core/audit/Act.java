package cn.zhicheng.core.audit;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.policy.Clause;
import java.time.Instant;
import java.util.Optional;

/**
 * What an audit entry records (七(二)): the subject acted on (an application id), who acted and in which role,
 * the act (a key such as {@code application.submit}), the clause that allowed or refused it, when (given by the
 * caller, UTC, 决定 D-14), the state before and after, the canonical document decided where one was, and the
 * outcome.
 */
public record Act(String subject, Actor actor, String act, Clause clause, Instant at, Optional<String> before,
                  Optional<String> after, Optional<Document> document, Outcome outcome) {

    public Act {
        requireNonNull(subject, "subject is null");
        requireNonNull(actor, "actor is null");
        requireNonNull(act, "act is null");
        requireNonNull(clause, "clause is null");
        requireNonNull(at, "at is null");
        requireNonNull(before, "before is null");
        requireNonNull(after, "after is null");
        requireNonNull(document, "document is null");
        requireNonNull(outcome, "outcome is null");
        if (subject.isBlank() || act.isBlank()) {
            throw new IllegalArgumentException("an act names its subject and its key");
        }
    }
}
