package cn.zhicheng.app.service;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.criteria.FieldCriteria;
import cn.zhicheng.core.decision.DecisionRecord;
import cn.zhicheng.core.decision.InputDigest;
import cn.zhicheng.core.eligibility.Evaluator;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.ruleset.RuleBook;
import cn.zhicheng.core.spi.Annexes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Eligibility decisions as records: the act that the command line performs now and the HTTP API and the review
 * will perform later. Picks the criteria in force from the rule book, decides, and names the input's digest and the
 * rule set it used; reproduces a stored decision under exactly its pinned rule set.
 */
public final class Decisions {

    private final RuleBook ruleBook;
    private final Evaluator evaluator;

    @Inject
    public Decisions(Annexes annexes, Evaluator evaluator) {
        this.ruleBook = requireNonNull(annexes, "annexes is null").ruleBook();
        this.evaluator = requireNonNull(evaluator, "evaluator is null");
    }

    /** The criteria in force for a field on a date, or why there are none. */
    public RuleBook.Lookup criteria(String field, LocalDate date) {
        return ruleBook.inForce(field, date);
    }

    /**
     * The decision on {@code asOf}, achievement windows counted back from the round's {@code cutOff} date
     * (决定 D-17; the evaluation date when there is no round).
     */
    public DecisionRecord decide(ApplicantFile applicant, FieldCriteria criteria, Level level, LocalDate asOf,
                                 LocalDate cutOff) {
        return DecisionRecord.of(evaluator.evaluate(applicant, criteria, level, asOf, cutOff),
                InputDigest.sha256(applicant));
    }

    public DecisionRecord decide(ApplicantFile applicant, FieldCriteria criteria, Level level, LocalDate asOf) {
        return decide(applicant, criteria, level, asOf, asOf);
    }

    /** The decision at every level, lowest first. */
    public List<DecisionRecord> atEveryLevel(ApplicantFile applicant, FieldCriteria criteria, LocalDate asOf,
                                             LocalDate cutOff) {
        String digest = InputDigest.sha256(applicant);
        return evaluator.highest(applicant, criteria, asOf, cutOff).decisions().stream()
                .map(d -> DecisionRecord.of(d, digest)).toList();
    }

    /**
     * The same question as a stored decision, asked again of its input under exactly its pinned rule set; empty when
     * that version of the criteria is no longer loaded (or its criteria digest differs).
     */
    public Optional<DecisionRecord> reproduce(DecisionRecord stored, ApplicantFile applicant) {
        return ruleBook.pinned(stored.field().code(), stored.ruleSet(), stored.level())
                .map(criteria -> decide(applicant, criteria, stored.level(), stored.asOf(), stored.cutOff()));
    }
}
