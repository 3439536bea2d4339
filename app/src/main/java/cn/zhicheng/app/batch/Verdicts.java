package cn.zhicheng.app.batch;

import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.criteria.FieldCriteria;
import cn.zhicheng.core.decision.DecisionRecord;
import cn.zhicheng.core.eligibility.Screening;
import cn.zhicheng.core.input.InputProblem;
import cn.zhicheng.core.policy.Level;
import java.util.List;

/** What a batch made of one record: a verdict (and, when asked, the explained decision), or why it was skipped. */
public sealed interface Verdicts {

    RawRecord record();

    /** A record decided: the applicant, the field and level asked, the verdict, and the decision when explained. */
    record Decided(RawRecord record, ApplicantFile applicant, FieldCriteria criteria, Level level, Screening screening,
                   DecisionRecord decision) implements Verdicts {
    }

    /** A record refused and skipped, with every problem found in it. */
    record Skipped(RawRecord record, List<InputProblem> problems) implements Verdicts {

        public Skipped {
            problems = List.copyOf(problems);
        }
    }
}
