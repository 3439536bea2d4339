package cn.zhicheng.core.review.stage;

import static cn.zhicheng.core.review.stage.Act.AGGREGATE;
import static cn.zhicheng.core.review.stage.Act.BEGIN_EXPERT_REVIEW;
import static cn.zhicheng.core.review.stage.Act.BEGIN_QUALIFICATION_REVIEW;
import static cn.zhicheng.core.review.stage.Act.CERTIFY;
import static cn.zhicheng.core.review.stage.Act.DECLINE_ON_ETHICS;
import static cn.zhicheng.core.review.stage.Act.DISMISS_APPEAL;
import static cn.zhicheng.core.review.stage.Act.DISMISS_OBJECTION;
import static cn.zhicheng.core.review.stage.Act.GRANT_APPEAL;
import static cn.zhicheng.core.review.stage.Act.LODGE_OBJECTION;
import static cn.zhicheng.core.review.stage.Act.PUBLICISE_RECOMMENDATION;
import static cn.zhicheng.core.review.stage.Act.PUBLICISE_RESULT;
import static cn.zhicheng.core.review.stage.Act.QUALIFY;
import static cn.zhicheng.core.review.stage.Act.RECOMMEND;
import static cn.zhicheng.core.review.stage.Act.RECORD_VOTE_FAILED;
import static cn.zhicheng.core.review.stage.Act.RECORD_VOTE_PASSED;
import static cn.zhicheng.core.review.stage.Act.REFUSE_AT_QUALIFICATION;
import static cn.zhicheng.core.review.stage.Act.REQUEST_APPEAL;
import static cn.zhicheng.core.review.stage.Act.RESUBMIT;
import static cn.zhicheng.core.review.stage.Act.RETURN_FOR_CORRECTION;
import static cn.zhicheng.core.review.stage.Act.REVOKE;
import static cn.zhicheng.core.review.stage.Act.SUBMIT;
import static cn.zhicheng.core.review.stage.Act.UPHOLD_OBJECTION_AND_REFUSE;
import static cn.zhicheng.core.review.stage.Act.UPHOLD_OBJECTION_AND_RETURN;
import static cn.zhicheng.core.review.stage.Act.WITHDRAW;
import static cn.zhicheng.core.review.stage.Guard.COMMITTEE_FORMED;
import static cn.zhicheng.core.review.stage.Guard.CORRECTIONS_LISTED;
import static cn.zhicheng.core.review.stage.Guard.ETHICS_NEGATIVE;
import static cn.zhicheng.core.review.stage.Guard.ETHICS_POSITIVE;
import static cn.zhicheng.core.review.stage.Guard.FIRST_APPEAL;
import static cn.zhicheng.core.review.stage.Guard.FRAUD_DECISION_RECORDED;
import static cn.zhicheng.core.review.stage.Guard.NOT_BARRED;
import static cn.zhicheng.core.review.stage.Guard.NO_OPEN_OBJECTION;
import static cn.zhicheng.core.review.stage.Guard.OBJECTION_OPEN;
import static cn.zhicheng.core.review.stage.Guard.OWN_APPEAL;
import static cn.zhicheng.core.review.stage.Guard.OWN_APPLICATION;
import static cn.zhicheng.core.review.stage.Guard.PUBLICITY_ENDED;
import static cn.zhicheng.core.review.stage.Guard.PUBLICITY_RUNNING;
import static cn.zhicheng.core.review.stage.Guard.QUALIFICATION_QUALIFIED;
import static cn.zhicheng.core.review.stage.Guard.QUALIFICATION_REFUSED;
import static cn.zhicheng.core.review.stage.Guard.QUALIFICATION_RETURNED;
import static cn.zhicheng.core.review.stage.Guard.ROUND_TAKES_APPLICATIONS;
import static cn.zhicheng.core.review.stage.Guard.SAME_ID_NUMBER;
import static cn.zhicheng.core.review.stage.Guard.VOTE_FAILED;
import static cn.zhicheng.core.review.stage.Guard.VOTE_PASSED;
import static cn.zhicheng.core.review.stage.Guard.WITHIN_APPEAL_PERIOD;
import static cn.zhicheng.core.review.stage.Guard.WITHIN_CORRECTION_DEADLINE;
import static cn.zhicheng.core.review.stage.Role.APPEALS_OFFICER;
import static cn.zhicheng.core.review.stage.Role.APPLICANT;
import static cn.zhicheng.core.review.stage.Role.ASSOCIATION;
import static cn.zhicheng.core.review.stage.Role.EXPERT_COMMITTEE_SECRETARY;
import static cn.zhicheng.core.review.stage.Role.LOCAL_HR_OFFICE;
import static cn.zhicheng.core.review.stage.Role.PROVINCIAL_OFFICE;
import static cn.zhicheng.core.review.stage.Role.PUBLIC;
import static cn.zhicheng.core.review.stage.Role.QUALIFICATION_REVIEWER;
import static cn.zhicheng.core.review.stage.Role.RECOMMENDER;
import static cn.zhicheng.core.review.stage.Stage.AGGREGATED;
import static cn.zhicheng.core.review.stage.Stage.CERTIFIED;
import static cn.zhicheng.core.review.stage.Stage.DRAFT;
import static cn.zhicheng.core.review.stage.Stage.FAILED_REVIEW;
import static cn.zhicheng.core.review.stage.Stage.IN_EXPERT_REVIEW;
import static cn.zhicheng.core.review.stage.Stage.PASSED;
import static cn.zhicheng.core.review.stage.Stage.QUALIFICATION_REVIEW;
import static cn.zhicheng.core.review.stage.Stage.QUALIFIED;
import static cn.zhicheng.core.review.stage.Stage.RECOMMENDATION_PUBLICITY;
import static cn.zhicheng.core.review.stage.Stage.RECOMMENDED;
import static cn.zhicheng.core.review.stage.Stage.REFUSED;
import static cn.zhicheng.core.review.stage.Stage.RESULT_PUBLICITY;
import static cn.zhicheng.core.review.stage.Stage.RETURNED_FOR_CORRECTION;
import static cn.zhicheng.core.review.stage.Stage.REVOKED;
import static cn.zhicheng.core.review.stage.Stage.SUBMITTED;
import static cn.zhicheng.core.review.stage.Stage.UNDER_APPEAL;
import static cn.zhicheng.core.review.stage.Stage.WITHDRAWN;

import cn.zhicheng.core.policy.Clause;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The procedure of 六 as a table: every transition there is, and nothing else. */
public final class Transitions {

    /** The stages an applicant may withdraw from: any before the expert review begins. */
    private static final List<Stage> WITHDRAWABLE = List.of(SUBMITTED, RECOMMENDED, RECOMMENDATION_PUBLICITY,
            AGGREGATED, QUALIFICATION_REVIEW, QUALIFIED, RETURNED_FOR_CORRECTION);

    private static final List<Transition> ALL = table();

    private Transitions() {
    }

    private static List<Transition> table() {
        List<Transition> t = new ArrayList<>();
        // 六(一) 个人申报
        t.add(row(DRAFT, SUBMIT, SUBMITTED, Set.of(APPLICANT), "六(一)", ROUND_TAKES_APPLICATIONS, NOT_BARRED));
        // 六(二) 自由推荐: the recommender reviews, assesses ethics (五(一)1), recommends and publicises
        t.add(row(SUBMITTED, RECOMMEND, RECOMMENDED, Set.of(RECOMMENDER), "六(二)", ETHICS_POSITIVE));
        t.add(row(SUBMITTED, DECLINE_ON_ETHICS, REFUSED, Set.of(RECOMMENDER), "五(一)1", ETHICS_NEGATIVE));
        t.add(row(RECOMMENDED, PUBLICISE_RECOMMENDATION, RECOMMENDATION_PUBLICITY, Set.of(RECOMMENDER), "六(二)"));
        // objections during the recommendation's publicity (决定 D-6); the local office resolves them, as it
        // aggregates only 经公示无异议后
        t.add(row(RECOMMENDATION_PUBLICITY, LODGE_OBJECTION, RECOMMENDATION_PUBLICITY, Set.of(PUBLIC), "决定 D-6",
                PUBLICITY_RUNNING));
        t.add(row(RECOMMENDATION_PUBLICITY, DISMISS_OBJECTION, RECOMMENDATION_PUBLICITY, Set.of(LOCAL_HR_OFFICE),
                "决定 D-6", OBJECTION_OPEN));
        t.add(row(RECOMMENDATION_PUBLICITY, UPHOLD_OBJECTION_AND_RETURN, RETURNED_FOR_CORRECTION,
                Set.of(LOCAL_HR_OFFICE), "决定 D-6", OBJECTION_OPEN, CORRECTIONS_LISTED));
        t.add(row(RECOMMENDATION_PUBLICITY, UPHOLD_OBJECTION_AND_REFUSE, REFUSED, Set.of(LOCAL_HR_OFFICE),
                "决定 D-6", OBJECTION_OPEN));
        t.add(row(RECOMMENDATION_PUBLICITY, AGGREGATE, AGGREGATED, Set.of(LOCAL_HR_OFFICE), "六(二)",
                PUBLICITY_ENDED, NO_OPEN_OBJECTION));
        // 六(三) 资格审核, by the running body's reviewers
        t.add(row(AGGREGATED, BEGIN_QUALIFICATION_REVIEW, QUALIFICATION_REVIEW, Set.of(QUALIFICATION_REVIEWER),
                "六(三)"));
        t.add(row(QUALIFICATION_REVIEW, QUALIFY, QUALIFIED, Set.of(QUALIFICATION_REVIEWER), "六(三)",
                QUALIFICATION_QUALIFIED));
        t.add(row(QUALIFICATION_REVIEW, RETURN_FOR_CORRECTION, RETURNED_FOR_CORRECTION,
                Set.of(QUALIFICATION_REVIEWER), "六(三)", QUALIFICATION_RETURNED, CORRECTIONS_LISTED));
        t.add(row(QUALIFICATION_REVIEW, REFUSE_AT_QUALIFICATION, REFUSED, Set.of(QUALIFICATION_REVIEWER), "六(三)",
                QUALIFICATION_REFUSED));
        t.add(row(RETURNED_FOR_CORRECTION, RESUBMIT, SUBMITTED, Set.of(APPLICANT), "六(一)", OWN_APPLICATION,
                SAME_ID_NUMBER, WITHIN_CORRECTION_DEADLINE));
        // 六(四) 专家评审: the committee drawn at random (七(三)) reviews and votes in secret
        t.add(row(QUALIFIED, BEGIN_EXPERT_REVIEW, IN_EXPERT_REVIEW, Set.of(EXPERT_COMMITTEE_SECRETARY), "六(四)",
                COMMITTEE_FORMED));
        t.add(row(IN_EXPERT_REVIEW, RECORD_VOTE_PASSED, PASSED, Set.of(EXPERT_COMMITTEE_SECRETARY), "六(四)",
                VOTE_PASSED));
        t.add(row(IN_EXPERT_REVIEW, RECORD_VOTE_FAILED, FAILED_REVIEW, Set.of(EXPERT_COMMITTEE_SECRETARY), "六(四)",
                VOTE_FAILED));
        // 六(五) 结果公示 by 各评审机构: the body running the round
        t.add(row(PASSED, PUBLICISE_RESULT, RESULT_PUBLICITY, Set.of(PROVINCIAL_OFFICE, ASSOCIATION), "六(五)"));
        t.add(row(RESULT_PUBLICITY, LODGE_OBJECTION, RESULT_PUBLICITY, Set.of(PUBLIC), "决定 D-6",
                PUBLICITY_RUNNING));
        t.add(row(RESULT_PUBLICITY, DISMISS_OBJECTION, RESULT_PUBLICITY, Set.of(PROVINCIAL_OFFICE, ASSOCIATION),
                "决定 D-6", OBJECTION_OPEN));
        t.add(row(RESULT_PUBLICITY, UPHOLD_OBJECTION_AND_REFUSE, REFUSED, Set.of(PROVINCIAL_OFFICE, ASSOCIATION),
                "决定 D-6", OBJECTION_OPEN));
        // 六(六) 发放证书: 公示期满无异议的 … 由省人力资源和社会保障厅统一颁发职称证书
        t.add(row(RESULT_PUBLICITY, CERTIFY, CERTIFIED, Set.of(PROVINCIAL_OFFICE), "六(六)", PUBLICITY_ENDED,
                NO_OPEN_OBJECTION));
        // the province's own acts: re-examination (决定 D-10) and revocation for fraud (决定 D-13)
        t.add(own(FAILED_REVIEW, REQUEST_APPEAL, UNDER_APPEAL, Set.of(APPLICANT), "决定 D-10", OWN_APPEAL,
                WITHIN_APPEAL_PERIOD, FIRST_APPEAL));
        t.add(own(UNDER_APPEAL, GRANT_APPEAL, IN_EXPERT_REVIEW, Set.of(APPEALS_OFFICER), "决定 D-10"));
        t.add(own(UNDER_APPEAL, DISMISS_APPEAL, FAILED_REVIEW, Set.of(APPEALS_OFFICER), "决定 D-10"));
        t.add(own(CERTIFIED, REVOKE, REVOKED, Set.of(PROVINCIAL_OFFICE), "决定 D-13", FRAUD_DECISION_RECORDED));
        // applying is voluntary (五(三)1 自愿参加); once the committee reviews, the result is the committee's
        for (Stage from : WITHDRAWABLE) {
            t.add(own(from, WITHDRAW, WITHDRAWN, Set.of(APPLICANT), "五(三)1", OWN_APPLICATION));
        }
        return List.copyOf(t);
    }

    private static Transition row(Stage from, Act act, Stage to, Set<Role> roles, String clause, Guard... guards) {
        return new Transition(from, act, to, roles, new Clause(clause), List.of(guards), true);
    }

    private static Transition own(Stage from, Act act, Stage to, Set<Role> roles, String clause, Guard... guards) {
        return new Transition(from, act, to, roles, new Clause(clause), List.of(guards), false);
    }

    /** Every transition, in the order of 六. */
    public static List<Transition> all() {
        return ALL;
    }

    /** The transition an act takes from a stage, if it may be taken there. */
    public static Optional<Transition> find(Stage from, Act act) {
        return ALL.stream().filter(t -> t.from() == from && t.act() == act).findFirst();
    }

    /** Every transition of one act. */
    public static List<Transition> of(Act act) {
        return ALL.stream().filter(t -> t.act() == act).toList();
    }
}
