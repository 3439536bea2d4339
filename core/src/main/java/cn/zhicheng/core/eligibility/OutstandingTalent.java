package cn.zhicheng.core.eligibility;

import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.applicant.TalentRecognition;
import cn.zhicheng.core.channel.GreenChannel;
import cn.zhicheng.core.policy.Clause;
import cn.zhicheng.core.policy.Field;
import cn.zhicheng.core.policy.Level;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 五(二)5 as 决定 D-3 reads it: a recognised leading or young top talent applies for 副高级 without degree, years,
 * papers, awards or prior title; for 正高级 the same except that a 副高级 title is still needed. Only a recognition
 * issued at provincial level or above opens the channel (决定 D-19); a municipal or association honour is shown
 * and opens nothing. The document is checked as evidence at qualification review (六(三)).
 */
final class OutstandingTalent {

    static final Clause CLAUSE = new Clause("五(二)5; 决定 D-3; 决定 D-19");

    private OutstandingTalent() {
    }

    /** Unexplained, the channel's finding says only its outcome. */
    private static final Finding[] UNEXPLAINED = Subject.unexplained(RuleIds.LADDER_TALENT);

    /**
     * The talent exception for the ladder, when the level is senior and the applicant holds a recognition; else
     * null.
     */
    static Finding ladder(Subject s, Field field, Level level) {
        if (!level.isSenior() || s.applicant().recognitions().isEmpty()) {
            return null;
        }
        ApplicantFile a = s.applicant();
        LocalDate asOf = s.asOf();
        // the first recognition held on the date that is provincial or above, else the first held at all
        TalentRecognition first = null;
        TalentRecognition r = null;
        List<TalentRecognition> all = a.recognitions();
        for (int i = 0; i < all.size() && r == null; i++) {
            TalentRecognition x = all.get(i);
            if (!x.recognised().isAfter(asOf)) {
                first = first == null ? x : first;
                r = x.level().provincialOrAbove() ? x : null;
            }
        }
        if (r == null) {
            return first == null ? null : !s.explain() ? UNEXPLAINED[Outcome.INFO.ordinal()] : belowProvincial(first);
        }
        if (level == Level.SENIOR && !LadderCheck.holdsAtLeast(a, field, Level.ASSOCIATE_SENIOR, asOf)) {
            return !s.explain() ? UNEXPLAINED[Outcome.FAILED.ordinal()]
                    : finding(r, Outcome.FAILED, Message.owned("talent.needsAssociate", r.kind()));
        }
        return !s.explain() ? UNEXPLAINED[Outcome.WAIVED.ordinal()] : finding(r, Outcome.WAIVED, Message.owned(
                level == Level.SENIOR ? "talent.ladder.senior" : "talent.ladder.associate", r.kind(), r.issuer()));
    }

    private static Finding belowProvincial(TalentRecognition r) {
        return new Finding(RuleIds.LADDER_TALENT, List.of(CLAUSE), Outcome.INFO, facts(r),
                Message.owned("talent.belowProvincial", r.kind(), r.issuer(), r.level()), Optional.empty(),
                Optional.empty(), false, List.of(), List.of(r.id()));
    }

    private static Finding finding(TalentRecognition r, Outcome outcome, Message message) {
        return new Finding(RuleIds.LADDER_TALENT, List.of(CLAUSE), outcome, facts(r), message,
                Optional.of(GreenChannel.OUTSTANDING_TALENT), Optional.empty(), false, List.of(), List.of(r.id()));
    }

    private static Map<String, Object> facts(TalentRecognition r) {
        return Map.of("recognition", r.kind(), "issuer", r.issuer(), "issuerLevel", r.level(),
                "recognised", r.recognised());
    }
}
