package cn.zhicheng.core.review.committee;

import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.policy.Clause;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The evaluation methods a session used (五(一)2, 七(二)), at least one. A defence is heard by a review group of at
 * least three (决定 D-8), so recording a defence needs the session's groups.
 */
public record SessionMethods(String sessionId, Set<EvaluationMethod> methods, Optional<ReviewGroups> groups) {

    public SessionMethods {
        if (methods.isEmpty()) {
            throw new Refused(Message.of("committee.methods.none", sessionId),
                    List.of(Clause.notice("五(一)2"), Clause.notice("七(二)")));
        }
        methods = Collections.unmodifiableSet(EnumSet.copyOf(methods));
        if (methods.contains(EvaluationMethod.DEFENCE) && groups.isEmpty()) {
            throw new Refused(Message.of("committee.methods.defenceWithoutGroups", sessionId),
                    List.of(Clause.notice("七(二)"), Clause.decision(8)));
        }
    }
}
