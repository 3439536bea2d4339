package cn.zhicheng.core.review.stage;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.policy.Clause;
import java.util.List;

/**
 * How a qualification review (六(三)) concludes, stored together with the reviewer's verdicts: qualified, returned
 * for correction, refused — or not concludable yet, with every reason.
 */
public sealed interface Conclusion {

    Clause CLAUSE = Clause.notice("六(三)");

    record Qualified(List<EvidenceVerdict> verdicts) implements Conclusion {
        public Qualified {
            verdicts = List.copyOf(verdicts);
        }
    }

    record Returned(List<Correction> corrections, List<EvidenceVerdict> verdicts) implements Conclusion {
        public Returned {
            corrections = List.copyOf(corrections);
            verdicts = List.copyOf(verdicts);
            if (corrections.isEmpty()) {
                throw new IllegalArgumentException("a return names what to correct");
            }
        }
    }

    record Refused(Message reason, List<EvidenceVerdict> verdicts) implements Conclusion {
        public Refused {
            requireNonNull(reason, "reason is null");
            verdicts = List.copyOf(verdicts);
        }
    }

    /** The review cannot conclude as recorded; nothing is stored but the attempt. */
    record NotConcludable(List<Message> problems) implements Conclusion {
        public NotConcludable {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("names at least one problem");
            }
        }
    }
}
