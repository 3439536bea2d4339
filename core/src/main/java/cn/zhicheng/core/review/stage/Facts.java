package cn.zhicheng.core.review.stage;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.review.round.Delegation;
import cn.zhicheng.core.review.round.Round;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the caller knows when an act is attempted, for the guards of {@link Transitions}: the day of the act (in
 * Asia/Shanghai, 决定 D-14), the round and the delegation it runs under, the application's field and level, and the
 * answers of the other parts of the review — publicity and objections (calendar), the committee and its vote, the
 * qualification review's conclusion, the appeal deadline, a fraud bar. Nothing here is computed from a clock.
 *
 * @param barredThrough   the last day of a fraud bar on the applicant, if any (决定 D-13)
 * @param publicityEnded  the current publicity period has ended (六(二), 六(五), 决定 D-5)
 * @param objectionOpen   an objection lodged during the current publicity is not yet resolved (决定 D-6)
 * @param corrections     what to correct, for an act that returns the application
 * @param correctionDeadline the last day for resubmitting a returned application, if one was set
 * @param appealDeadline  the last day to ask for re-examination (决定 D-10), once the result publicity is dated
 * @param appealedBefore  the applicant has already had a re-examination in this round (决定 D-10)
 * @param fraudDecision   the reference of the decision finding fraud (决定 D-13)
 * @param applicant       the id of the applicant who submitted the application, once it is stored (五(三)1: applying,
 *                        withdrawing, resubmitting and appealing are that applicant's own choice)
 * @param idNumber        the ID number the stored dossier names (六(一))
 * @param resubmittedIdNumber the ID number a resubmitted dossier names (六(一): the same person's dossier)
 */
public record Facts(LocalDate on, Round round, Optional<Delegation> delegation, String field, Level level,
                    Optional<LocalDate> barredThrough, Optional<Recommendation> recommendation,
                    boolean publicityEnded, boolean objectionOpen, List<Correction> corrections,
                    Optional<LocalDate> correctionDeadline, Optional<Conclusion> qualification,
                    boolean committeeFormed, Optional<BallotResult> ballot, Optional<LocalDate> appealDeadline,
                    boolean appealedBefore, Optional<String> fraudDecision, Optional<String> applicant,
                    Optional<String> idNumber, Optional<String> resubmittedIdNumber) {

    public Facts {
        requireNonNull(on, "on is null");
        requireNonNull(round, "round is null");
        requireNonNull(delegation, "delegation is null");
        requireNonNull(field, "field is null");
        requireNonNull(level, "level is null");
        requireNonNull(barredThrough, "barredThrough is null");
        requireNonNull(recommendation, "recommendation is null");
        corrections = List.copyOf(corrections);
        requireNonNull(correctionDeadline, "correctionDeadline is null");
        requireNonNull(qualification, "qualification is null");
        requireNonNull(ballot, "ballot is null");
        requireNonNull(appealDeadline, "appealDeadline is null");
        requireNonNull(fraudDecision, "fraudDecision is null");
        requireNonNull(applicant, "applicant is null");
        requireNonNull(idNumber, "idNumber is null");
        requireNonNull(resubmittedIdNumber, "resubmittedIdNumber is null");
    }

    /** The facts of an act on a day, for an application of a field and level in a round; nothing else known yet. */
    public static Builder on(LocalDate on, Round round, String field, Level level) {
        return new Builder(on, round, field, level);
    }

    public Builder toBuilder() {
        Builder b = new Builder(on, round, field, level);
        b.delegation = delegation;
        b.barredThrough = barredThrough;
        b.recommendation = recommendation;
        b.publicityEnded = publicityEnded;
        b.objectionOpen = objectionOpen;
        b.corrections = corrections;
        b.correctionDeadline = correctionDeadline;
        b.qualification = qualification;
        b.committeeFormed = committeeFormed;
        b.ballot = ballot;
        b.appealDeadline = appealDeadline;
        b.appealedBefore = appealedBefore;
        b.fraudDecision = fraudDecision;
        b.applicant = applicant;
        b.idNumber = idNumber;
        b.resubmittedIdNumber = resubmittedIdNumber;
        return b;
    }

    /** Fills the facts one answer at a time. */
    public static final class Builder {
        private LocalDate on;
        private final Round round;
        private final String field;
        private final Level level;
        private Optional<Delegation> delegation = Optional.empty();
        private Optional<LocalDate> barredThrough = Optional.empty();
        private Optional<Recommendation> recommendation = Optional.empty();
        private boolean publicityEnded;
        private boolean objectionOpen;
        private List<Correction> corrections = List.of();
        private Optional<LocalDate> correctionDeadline = Optional.empty();
        private Optional<Conclusion> qualification = Optional.empty();
        private boolean committeeFormed;
        private Optional<BallotResult> ballot = Optional.empty();
        private Optional<LocalDate> appealDeadline = Optional.empty();
        private boolean appealedBefore;
        private Optional<String> fraudDecision = Optional.empty();
        private Optional<String> applicant = Optional.empty();
        private Optional<String> idNumber = Optional.empty();
        private Optional<String> resubmittedIdNumber = Optional.empty();

        private Builder(LocalDate on, Round round, String field, Level level) {
            this.on = on;
            this.round = round;
            this.field = field;
            this.level = level;
        }

        public Builder on(LocalDate day) {
            this.on = day;
            return this;
        }

        public Builder delegation(Delegation d) {
            this.delegation = Optional.of(d);
            return this;
        }

        public Builder barredThrough(LocalDate lastDay) {
            this.barredThrough = Optional.of(lastDay);
            return this;
        }

        public Builder recommendation(Recommendation r) {
            this.recommendation = Optional.of(r);
            return this;
        }

        public Builder publicityEnded(boolean ended) {
            this.publicityEnded = ended;
            return this;
        }

        public Builder objectionOpen(boolean open) {
            this.objectionOpen = open;
            return this;
        }

        public Builder corrections(List<Correction> list) {
            this.corrections = list;
            return this;
        }

        public Builder correctionDeadline(LocalDate lastDay) {
            this.correctionDeadline = Optional.of(lastDay);
            return this;
        }

        /** The qualification review's conclusion; a return brings its corrections with it. */
        public Builder qualification(Conclusion c) {
            this.qualification = Optional.of(c);
            if (c instanceof Conclusion.Returned r) {
                this.corrections = r.corrections();
            }
            return this;
        }

        public Builder committeeFormed(boolean formed) {
            this.committeeFormed = formed;
            return this;
        }

        public Builder ballot(BallotResult result) {
            this.ballot = Optional.of(result);
            return this;
        }

        public Builder appealDeadline(LocalDate lastDay) {
            this.appealDeadline = Optional.of(lastDay);
            return this;
        }

        public Builder appealedBefore(boolean before) {
            this.appealedBefore = before;
            return this;
        }

        public Builder fraudDecision(String reference) {
            this.fraudDecision = Optional.of(reference);
            return this;
        }

        /** The id of the applicant who submitted the application (五(三)1). */
        public Builder applicant(String actorId) {
            this.applicant = Optional.of(actorId);
            return this;
        }

        /** The ID number the stored dossier names (六(一)). */
        public Builder idNumber(String number) {
            this.idNumber = Optional.of(number);
            return this;
        }

        /** The ID number a resubmitted dossier names (六(一)). */
        public Builder resubmittedIdNumber(String number) {
            this.resubmittedIdNumber = Optional.of(number);
            return this;
        }

        public Facts build() {
            return new Facts(on, round, delegation, field, level, barredThrough, recommendation, publicityEnded,
                    objectionOpen, corrections, correctionDeadline, qualification, committeeFormed, ballot,
                    appealDeadline, appealedBefore, fraudDecision, applicant, idNumber, resubmittedIdNumber);
        }
    }
}
