package cn.zhicheng.app.service;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.decision.DecisionRecord;
import cn.zhicheng.core.review.stage.CorrectionDeadline;
import java.util.Optional;

/**
 * What concluding a qualification review (六(三)) came to: the act taken or refused, the decision re-run on the
 * stored dossier (when it was made), and for a return the day to correct by.
 */
public record QualificationResult(ActResult act, Optional<DecisionRecord> decision,
                                  Optional<CorrectionDeadline> deadline) {

    public QualificationResult {
        requireNonNull(act, "act is null");
        requireNonNull(decision, "decision is null");
        requireNonNull(deadline, "deadline is null");
    }
}
