package cn.zhicheng.core.review.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import cn.zhicheng.core.applicant.RecommenderKind;
import cn.zhicheng.core.eligibility.Messages;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.review.round.Delegation;
import cn.zhicheng.core.review.round.Round;
import cn.zhicheng.core.review.round.RunningBody;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A 2026 round, its people and the facts of a day, for the stage tests. */
final class Review {

    static final LocalDate CUT_OFF = LocalDate.of(2026, 6, 30);
    static final LocalDate OPEN = LocalDate.of(2026, 7, 1);
    static final LocalDate CLOSE = LocalDate.of(2026, 7, 31);
    static final LocalDate DAY = LocalDate.of(2026, 7, 10);

    static final Round PROVINCIAL = new Round("2026-prov", 2026, Set.of("AI", "MARKETING"),
            Set.of(Level.INTERMEDIATE, Level.ASSOCIATE_SENIOR), new RunningBody.ProvincialOffice(), CUT_OFF, OPEN,
            CLOSE);

    static final String ASSOCIATION = "jl-ai-assoc";
    static final Delegation DELEGATION = Delegation.grant("del-1", ASSOCIATION, Set.of("AI", "IOT"),
            Set.of(Level.JUNIOR, Level.INTERMEDIATE), LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31));
    static final Round DELEGATED = new Round("2026-ai-assoc", 2026, Set.of("AI", "IOT"),
            Set.of(Level.JUNIOR, Level.INTERMEDIATE), new RunningBody.DelegatedAssociation(ASSOCIATION, "del-1"),
            CUT_OFF, OPEN, CLOSE);

    static final Actor APPLICANT = Actor.of("applicant-1", Role.APPLICANT);
    static final Actor RECOMMENDER = Actor.of("incubator-1", Role.RECOMMENDER);
    static final Actor LOCAL_HR = Actor.of("changchun-hr", Role.LOCAL_HR_OFFICE);
    static final Actor PROVINCE = Actor.of("jl-hrss", Role.PROVINCIAL_OFFICE);
    static final Actor REVIEWER = Actor.of("reviewer-1", Role.QUALIFICATION_REVIEWER);
    static final Actor SECRETARY = Actor.of("secretary-1", Role.EXPERT_COMMITTEE_SECRETARY);
    static final Actor EXPERT = Actor.of("expert-1", Role.EXPERT);
    static final Actor ANYONE = Actor.of("citizen-1", Role.PUBLIC);
    static final Actor APPEALS = Actor.of("appeals-1", Role.APPEALS_OFFICER);
    static final Actor ASSOC = Actor.forAssociation("assoc-office", Role.ASSOCIATION, ASSOCIATION);
    static final Actor ASSOC_REVIEWER = Actor.forAssociation("assoc-reviewer", Role.QUALIFICATION_REVIEWER,
            ASSOCIATION);
    static final Actor ASSOC_SECRETARY = Actor.forAssociation("assoc-secretary", Role.EXPERT_COMMITTEE_SECRETARY,
            ASSOCIATION);

    static final Recommendation POSITIVE = new Recommendation(RecommenderKind.INCUBATOR, "长春新区人工智能产业孵化园",
            Recommendation.Ethics.POSITIVE, "遵纪守法，职业道德良好");
    static final Recommendation NEGATIVE = new Recommendation(RecommenderKind.EMPLOYER, "长春智算科技有限公司",
            Recommendation.Ethics.NEGATIVE, "曾伪造项目验收材料");

    static final List<Correction> CORRECTIONS = List.of(Correction.of("work-3f2a9c1b0d", "专利证书缺少授权公告页"));

    private Review() {
    }

    /** Facts of an AI intermediate application in the provincial round, on a day applications are taken. */
    static Facts.Builder facts() {
        return owned(Facts.on(DAY, PROVINCIAL, "AI", Level.INTERMEDIATE));
    }

    /** The ID number of {@link #APPLICANT}'s dossier. */
    static final String ID_NUMBER = "220102199001012349";

    /** An application {@link #APPLICANT} submitted, resubmitted (if at all) with a dossier of the same person. */
    static Facts.Builder owned(Facts.Builder facts) {
        return facts.applicant(APPLICANT.id()).idNumber(ID_NUMBER).resubmittedIdNumber(ID_NUMBER);
    }

    /** Facts of an AI intermediate application in the association's round. */
    static Facts.Builder delegated(LocalDate on, Delegation delegation) {
        return owned(Facts.on(on, DELEGATED, "AI", Level.INTERMEDIATE).delegation(delegation));
    }

    /** Applies an act that must move the application, and returns where it went. */
    static Stage move(Stage from, Act act, Actor actor, Facts facts) {
        Outcome o = StageMachine.apply(from, act, actor, facts);
        Outcome.Moved m = assertInstanceOf(Outcome.Moved.class, o, () -> act + " at " + from + ": " + o);
        return m.to();
    }

    /** Applies an act that must be refused for this reason, and returns the refusal. */
    static Outcome.Refused refused(Stage from, Act act, Actor actor, Facts facts, Outcome.Refusal why) {
        Outcome o = StageMachine.apply(from, act, actor, facts);
        Outcome.Refused r = assertInstanceOf(Outcome.Refused.class, o, () -> act + " at " + from + ": " + o);
        assertEquals(why, r.refusal(), () -> Messages.both(r.reason()).toString());
        // every refusal explains itself in both languages
        Messages.both(r.reason());
        return r;
    }
}
