package cn.zhicheng.core.eligibility;

import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.applicant.TrainingCertificate;
import cn.zhicheng.core.policy.Clause;
import cn.zhicheng.core.policy.Field;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 五(二)6 "完成人社部组织的职业技术技能培训，并取得相应培训学时证明": a training-hours certificate from a programme
 * organised by the ministry (MOHRSS), held on the date, for the occupation of the field applied for (决定 D-18).
 */
final class Training {

    static final String CLAUSE = "五(二)6; 决定 D-4; 决定 D-18";
    private static final List<Clause> CLAUSES = List.of(new Clause(CLAUSE));

    private Training() {
    }

    /**
     * A ministry certificate for another field, shown so the applicant sees why it does not count (决定 D-18):
     * "相应" training is training for the field applied for.
     */
    static Optional<Finding> otherField(Subject s, Field field) {
        if (!s.explain()) {
            return Optional.empty(); // informational: it never decides anything
        }
        return Optional.ofNullable(held(s.applicant(), s.asOf(), field, false))
                .map(t -> new Finding(RuleIds.LADDER_TRAINING, CLAUSES,
                        Outcome.INFO, Facts.of("fieldApplied", field.code(), "trainingField", t.field()),
                        Message.owned("training.otherField", t.programme(), t.field(), field.code()),
                        Optional.empty(), Optional.empty(), false, List.of(), List.of(t.id())));
    }

    /**
     * The first ministry certificate held on the date that is (or is not) for the field applied for, or null; the
     * one for the field opens 五(二)6.
     */
    static TrainingCertificate held(ApplicantFile a, LocalDate asOf, Field field, boolean forField) {
        List<TrainingCertificate> all = a.training();
        for (int i = 0; i < all.size(); i++) {
            TrainingCertificate t = all.get(i);
            if (t.organisedByMohrss() && !t.issued().isAfter(asOf) && t.field().equals(field.code()) == forField) {
                return t;
            }
        }
        return null;
    }
}
