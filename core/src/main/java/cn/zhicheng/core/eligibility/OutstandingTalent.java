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
 * papers, awards or prior title; for 正高级 the same except that a 副高级 title is still needed. The recognition is
 * evidence checked at qualification review (六(三)).
 */
final class OutstandingTalent {

    static final Clause CLAUSE = new Clause("五(二)5; 决定 D-3");

    private OutstandingTalent() {
    }

    static Optional<TalentRecognition> recognition(ApplicantFile a, LocalDate asOf) {
        return a.recognitions().stream().filter(r -> !r.recognised().isAfter(asOf)).findFirst();
    }

    /** The talent exception for the ladder, when the level is senior and the applicant is recognised. */
    static Optional<Finding> ladder(ApplicantFile a, Field field, Level level, LocalDate asOf) {
        if (!level.isSenior()) {
            return Optional.empty();
        }
        return recognition(a, asOf).map(r -> {
            Map<String, Object> facts = Map.of("recognition", r.kind(), "issuer", r.issuer(),
                    "recognised", r.recognised());
            if (level == Level.SENIOR && !LadderCheck.holdsAtLeast(a, field, Level.ASSOCIATE_SENIOR, asOf)) {
                return new Finding("ladder.outstanding-talent", List.of(CLAUSE), Outcome.FAILED, facts,
                        Message.of("talent.needsAssociate", r.kind()), Optional.of(GreenChannel.OUTSTANDING_TALENT),
                        Optional.empty(), false, List.of());
            }
            return new Finding("ladder.outstanding-talent", List.of(CLAUSE), Outcome.WAIVED, facts,
                    Message.of(level == Level.SENIOR ? "talent.ladder.senior" : "talent.ladder.associate", r.kind(),
                            r.issuer()),
                    Optional.of(GreenChannel.OUTSTANDING_TALENT), Optional.empty(), false, List.of());
        });
    }
}
