package cn.zhicheng.core.review.committee;

import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.policy.Clause;
import java.util.List;

/**
 * The result of the secret ballot on one application (决定 D-7, D-9; 七(二)): the counts, the members present, those
 * of them recused from it, and the pass mark — two thirds of the present members who were not recused, rounded up.
 * A present member who cast no ballot still counts among those present, as an abstention would.
 */
public record Tally(String applicationId, int yes, int no, int abstain, int present, int recused, int passMark,
                    Result result) {

    static final List<Clause> CLAUSES = List.of(Clause.notice("七(二)"), Clause.decision(7), Clause.decision(9));

    public enum Result { PASSED, FAILED }

    static Tally of(String applicationId, Counts counts, int present, int recused) {
        int passMark = CommitteeSize.passMark(present - recused);
        Result result = counts.yes() >= passMark ? Result.PASSED : Result.FAILED;
        return new Tally(applicationId, counts.yes(), counts.no(), counts.abstain(), present, recused, passMark, result);
    }

    public List<Clause> clauses() {
        return CLAUSES;
    }

    /** "12 yes of the 17 present and not recused; 12 needed: passed", in Chinese and English. */
    public Message explanation() {
        return Message.of(result == Result.PASSED ? "committee.tally.passed" : "committee.tally.failed",
                yes, present - recused, passMark, no, abstain, recused);
    }
}
