package cn.zhicheng.core.review.committee;

import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.policy.Clause;
import java.util.List;
import java.util.Optional;

/**
 * 回避 (七(三), 决定 D-9): an expert takes no part in the review of an application whose applicant is related to them
 * (any {@link Kinship}, whichever side of it they declared), or who works for the same employer — the same unified
 * social credit code, which names an employer exactly where its name may be written many ways.
 */
public final class Recusal {

    static final List<Clause> CLAUSES = List.of(Clause.notice("七(三)"), Clause.decision(9));

    private Recusal() {
    }

    /** The exclusion of this expert from this application, if any; kinship is reported before the employer. */
    public static Optional<Exclusion> check(Expert expert, Applicant applicant) {
        for (Relation r : expert.relations()) {
            if (r.idNumber().equals(applicant.idNumber())) {
                return Optional.of(kinship(expert, applicant, r.kinship()));
            }
        }
        if (sameEmployer(expert, applicant)) {
            return Optional.of(employer(expert, applicant));
        }
        return Optional.empty();
    }

    static boolean sameEmployer(Expert expert, Applicant applicant) {
        return expert.employerCreditCode().isPresent()
                && expert.employerCreditCode().equals(applicant.employerCreditCode());
    }

    static Exclusion kinship(Expert expert, Applicant applicant, Kinship kinship) {
        return new Exclusion(expert.id(), Optional.of(applicant.applicationId()),
                Message.of("committee.recusal.kinship", expert.id(), applicant.applicationId(), kinship), CLAUSES);
    }

    static Exclusion employer(Expert expert, Applicant applicant) {
        return new Exclusion(expert.id(), Optional.of(applicant.applicationId()),
                Message.of("committee.recusal.employer", expert.id(), applicant.applicationId(),
                        expert.employerCreditCode().orElseThrow()), CLAUSES);
    }
}
