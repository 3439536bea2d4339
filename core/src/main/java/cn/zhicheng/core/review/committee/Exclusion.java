package cn.zhicheng.core.review.committee;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.policy.Clause;
import java.util.List;
import java.util.Optional;

/**
 * Why an expert was left out of a draw or an act (七(三): every exclusion is recorded with its reason). A recusal
 * names the application it concerns; an expert outside the field or below the level names none.
 */
public record Exclusion(String expertId, Optional<String> applicationId, Message reason, List<Clause> clauses) {

    public Exclusion {
        requireNonNull(expertId, "expertId is null");
        requireNonNull(applicationId, "applicationId is null");
        requireNonNull(reason, "reason is null");
        clauses = List.copyOf(clauses);
    }
}
