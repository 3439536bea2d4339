package cn.zhicheng.core.review.stage;

import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.policy.Clause;

/**
 * The conditions a transition asks of the {@link Facts}, each with the clause that sets it and the message that
 * explains a refusal. Pure predicates: the facts come from the caller.
 */
public enum Guard {

    /** Applications are taken on the round's days (六(一): 按照要求提交申报材料). */
    ROUND_TAKES_APPLICATIONS("六(一)") {
        @Override
        boolean holds(Facts f) {
            return f.round().acceptsApplicationsOn(f.on());
        }

        @Override
        Message refusal(Facts f) {
            return Message.of("stage.guard.roundClosed", f.round().id(), f.round().applicationsOpen(),
                    f.round().applicationsClose(), f.on());
        }
    },
    /** Someone whose title was revoked for fraud may not apply for 3 years (决定 D-13), checked on submission day. */
    NOT_BARRED("决定 D-13") {
        @Override
        boolean holds(Facts f) {
            return f.barredThrough().map(last -> f.on().isAfter(last)).orElse(true);
        }

        @Override
        Message refusal(Facts f) {
            return Message.of("stage.guard.barred", f.barredThrough().orElseThrow(), f.on());
        }
    },
    /** The recommender assessed 品德 positively (五(一)1). */
    ETHICS_POSITIVE("五(一)1") {
        @Override
        boolean holds(Facts f) {
            return f.recommendation().map(r -> r.ethics() == Recommendation.Ethics.POSITIVE).orElse(false);
        }

        @Override
        Message refusal(Facts f) {
            return f.recommendation().isEmpty() ? Message.of("stage.guard.noRecommendation")
                    : Message.of("stage.guard.ethicsNegative", f.recommendation().get().remarks());
        }
    },
    /** The recommender assessed 品德 negatively (五(一)1), with its grounds. */
    ETHICS_NEGATIVE("五(一)1") {
        @Override
        boolean holds(Facts f) {
            return f.recommendation().map(r -> r.ethics() == Recommendation.Ethics.NEGATIVE).orElse(false);
        }

        @Override
        Message refusal(Facts f) {
            return f.recommendation().isEmpty() ? Message.of("stage.guard.noRecommendation")
                    : Message.of("stage.guard.ethicsPositive");
        }
    },
    /** Objections are taken until the publicity period ends (决定 D-6). */
    PUBLICITY_RUNNING("决定 D-6") {
        @Override
        boolean holds(Facts f) {
            return !f.publicityEnded();
        }

        @Override
        Message refusal(Facts f) {
            return Message.of("stage.guard.publicityOver");
        }
    },
    /** The next stage waits for the full publicity period of at least 5 working days (六(二), 六(五), 决定 D-5). */
    PUBLICITY_ENDED("决定 D-5") {
        @Override
        boolean holds(Facts f) {
            return f.publicityEnded();
        }

        @Override
        Message refusal(Facts f) {
            return Message.of("stage.guard.publicityRunning");
        }
    },
    /** An open objection blocks the next stage until it is resolved (决定 D-6; 六(二), 六(六): 无异议). */
    NO_OPEN_OBJECTION("决定 D-6") {
        @Override
        boolean holds(Facts f) {
            return !f.objectionOpen();
        }

        @Override
        Message refusal(Facts f) {
            return Message.of("stage.guard.objectionOpen");
        }
    },
    /** Only an open objection can be upheld or dismissed (决定 D-6). */
    OBJECTION_OPEN("决定 D-6") {
        @Override
        boolean holds(Facts f) {
            return f.objectionOpen();
        }

        @Override
        Message refusal(Facts f) {
            return Message.of("stage.guard.noObjection");
        }
    },
    /** A return says what to correct, all of it at once (六(三)). */
    CORRECTIONS_LISTED("六(三)") {
        @Override
        boolean holds(Facts f) {
            return !f.corrections().isEmpty();
        }

        @Override
        Message refusal(Facts f) {
            return Message.of("stage.guard.noCorrections");
        }
    },
    /** A returned application is resubmitted by the day set for it (六(三)). */
    WITHIN_CORRECTION_DEADLINE("六(三)") {
        @Override
        boolean holds(Facts f) {
            return f.correctionDeadline().map(last -> !f.on().isAfter(last)).orElse(true);
        }

        @Override
        Message refusal(Facts f) {
            return Message.of("stage.guard.correctionLate", f.correctionDeadline().orElseThrow(), f.on());
        }
    },
    QUALIFICATION_QUALIFIED("六(三)") {
        @Override
        boolean holds(Facts f) {
            return f.qualification().map(c -> c instanceof Conclusion.Qualified).orElse(false);
        }

        @Override
        Message refusal(Facts f) {
            return concluded(f, "stage.guard.notQualified");
        }
    },
    QUALIFICATION_RETURNED("六(三)") {
        @Override
        boolean holds(Facts f) {
            return f.qualification().map(c -> c instanceof Conclusion.Returned).orElse(false);
        }

        @Override
        Message refusal(Facts f) {
            return concluded(f, "stage.guard.notReturned");
        }
    },
    QUALIFICATION_REFUSED("六(三)") {
        @Override
        boolean holds(Facts f) {
            return f.qualification().map(c -> c instanceof Conclusion.Refused).orElse(false);
        }

        @Override
        Message refusal(Facts f) {
            return concluded(f, "stage.guard.notRefused");
        }
    },
    /** The committee is drawn from the expert pool before it reviews (七(三)). */
    COMMITTEE_FORMED("七(三)") {
        @Override
        boolean holds(Facts f) {
            return f.committeeFormed();
        }

        @Override
        Message refusal(Facts f) {
            return Message.of("stage.guard.noCommittee");
        }
    },
    /** The committee's secret vote passed the application (六(四): 采取无记名投票方式表决). */
    VOTE_PASSED("六(四)") {
        @Override
        boolean holds(Facts f) {
            return f.ballot().map(b -> b == BallotResult.PASSED).orElse(false);
        }

        @Override
        Message refusal(Facts f) {
            return f.ballot().isEmpty() ? Message.of("stage.guard.noVote") : Message.of("stage.guard.voteFailed");
        }
    },
    VOTE_FAILED("六(四)") {
        @Override
        boolean holds(Facts f) {
            return f.ballot().map(b -> b == BallotResult.FAILED).orElse(false);
        }

        @Override
        Message refusal(Facts f) {
            return f.ballot().isEmpty() ? Message.of("stage.guard.noVote") : Message.of("stage.guard.votePassed");
        }
    },
    /** Re-examination is asked for by the last day of the appeal period (决定 D-10); asking early is accepted. */
    WITHIN_APPEAL_PERIOD("决定 D-10") {
        @Override
        boolean holds(Facts f) {
            return f.appealDeadline().map(last -> !f.on().isAfter(last)).orElse(false);
        }

        @Override
        Message refusal(Facts f) {
            return f.appealDeadline().isEmpty() ? Message.of("stage.guard.noAppealPeriod")
                    : Message.of("stage.guard.appealLate", f.appealDeadline().get(), f.on());
        }
    },
    /** One re-examination per result (决定 D-10): its decision is final. */
    FIRST_APPEAL("决定 D-10") {
        @Override
        boolean holds(Facts f) {
            return !f.appealedBefore();
        }

        @Override
        Message refusal(Facts f) {
            return Message.of("stage.guard.appealedBefore");
        }
    },
    /**
     * An applicant acts only on their own application (五(三)1 自愿参加: withdrawing and resubmitting are the
     * applicant's own choice): the actor is the applicant who submitted it. An application whose submitter is not
     * known is nobody's to act on.
     */
    OWN_APPLICATION("五(三)1") {
        @Override
        boolean holds(Facts f) {
            return false;
        }

        @Override
        boolean holds(Facts f, Actor actor) {
            return ownedBy(f, actor);
        }

        @Override
        Message refusal(Facts f) {
            return Message.of("stage.guard.ownerUnknown");
        }

        @Override
        Message refusal(Facts f, Actor actor) {
            return notOwned(f, actor);
        }
    },
    /** Re-examination is asked for by the applicant whose result it is (决定 D-10), as OWN_APPLICATION. */
    OWN_APPEAL("决定 D-10") {
        @Override
        boolean holds(Facts f) {
            return false;
        }

        @Override
        boolean holds(Facts f, Actor actor) {
            return ownedBy(f, actor);
        }

        @Override
        Message refusal(Facts f) {
            return Message.of("stage.guard.ownerUnknown");
        }

        @Override
        Message refusal(Facts f, Actor actor) {
            return notOwned(f, actor);
        }
    },
    /** A resubmitted dossier is the same person's: it names the ID number the submitted one named (六(一)). */
    SAME_ID_NUMBER("六(一)") {
        @Override
        boolean holds(Facts f) {
            return f.idNumber().isPresent() && f.idNumber().equals(f.resubmittedIdNumber());
        }

        @Override
        Message refusal(Facts f) {
            return Message.of("stage.guard.otherIdNumber");
        }
    },
    /** A revocation names the decision that found the fraud (决定 D-13). */
    FRAUD_DECISION_RECORDED("决定 D-13") {
        @Override
        boolean holds(Facts f) {
            return f.fraudDecision().map(s -> !s.isBlank()).orElse(false);
        }

        @Override
        Message refusal(Facts f) {
            return Message.of("stage.guard.noFraudDecision");
        }
    };

    private final Clause clause;

    Guard(String clause) {
        this.clause = new Clause(clause);
    }

    public Clause clause() {
        return clause;
    }

    abstract boolean holds(Facts f);

    abstract Message refusal(Facts f);

    /** Whether the guard holds for an act by {@code actor}; most guards ask only the facts. */
    boolean holds(Facts f, Actor actor) {
        return holds(f);
    }

    /** Why the guard refuses an act by {@code actor}. */
    Message refusal(Facts f, Actor actor) {
        return refusal(f);
    }

    private static boolean ownedBy(Facts f, Actor actor) {
        return f.applicant().map(actor.id()::equals).orElse(false);
    }

    private static Message notOwned(Facts f, Actor actor) {
        return f.applicant().isEmpty() ? Message.of("stage.guard.ownerUnknown")
                : Message.of("stage.guard.notOwnApplication", actor.id());
    }

    private static Message concluded(Facts f, String key) {
        return f.qualification().isEmpty() ? Message.of("stage.guard.notConcluded")
                : Message.of(key);
    }
}
