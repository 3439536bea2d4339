package cn.zhicheng.core.eligibility;

import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.applicant.EmploymentKind;
import cn.zhicheng.core.applicant.PublicInstitutionArrangement;
import cn.zhicheng.core.applicant.Recommender;
import cn.zhicheng.core.applicant.TitleHeld;
import cn.zhicheng.core.policy.Clause;
import cn.zhicheng.core.policy.Field;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.policy.Series;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Who may apply, and through whom: 一 (fields and employment), 五(三)1 (place, recommenders), 五(三)2 (exclusions). */
final class Scope {

    /** 一(一), 一(二): high-tech and marketing are open to private enterprises and freelancers. */
    static final Set<EmploymentKind> PRIVATE_OR_FREELANCE = Set.of(EmploymentKind.PRIVATE_ENTERPRISE,
            EmploymentKind.FREELANCE);

    private Scope() {
    }

    static List<Finding> check(ApplicantFile a, Field field, Level level, LocalDate asOf) {
        List<Finding> out = new ArrayList<>();
        out.add(employment(a, field));
        if (!field.occupations().isEmpty()) {
            out.add(occupation(a, field));
        }
        out.add(labourRelation(a));
        out.add(publicInstitution(a));
        out.add(recommender(a));
        out.add(retired(a));
        out.add(levelByLevel(a, field, level, asOf));
        return out;
    }

    private static Finding employment(ApplicantFile a, Field field) {
        EmploymentKind kind = a.employment().kind();
        Clause clause = field.domain().clause();
        Map<String, Object> facts = Map.of("employmentKind", kind, "series", field.series());
        if (field.series() == Series.SOCIAL_SERVICE) {
            return Finding.leaf(RuleIds.SCOPE_EMPLOYMENT, clause, Outcome.PASSED, facts,
                    Message.of("scope.employment.any", kind));
        }
        boolean ok = PRIVATE_OR_FREELANCE.contains(kind);
        return Finding.leaf(RuleIds.SCOPE_EMPLOYMENT, clause, ok ? Outcome.PASSED : Outcome.FAILED, facts,
                Message.of(ok ? "scope.employment.passed" : "scope.employment.failed", kind, field.name()));
    }

    private static Finding occupation(ApplicantFile a, Field field) {
        Optional<Field.Occupation> match = field.occupations().stream()
                .filter(o -> a.occupation().filter(o.code()::equals).isPresent()).findFirst();
        List<Object> names = field.occupations().stream().map(o -> (Object) o.name()).toList();
        return match.map(o -> Finding.leaf(RuleIds.SCOPE_OCCUPATION, Clause.notice("一(二)"), Outcome.PASSED,
                        Map.of("occupation", o.code()), Message.of("scope.occupation.passed", o.name())))
                .orElseGet(() -> Finding.leaf(RuleIds.SCOPE_OCCUPATION, Clause.notice("一(二)"), Outcome.FAILED,
                        Map.of("occupation", a.occupation().orElse("-")),
                        Message.of("scope.occupation.failed", a.occupation().orElse("-"), names)));
    }

    private static Finding labourRelation(ApplicantFile a) {
        boolean ok = a.employment().inJilin();
        return Finding.leaf(RuleIds.SCOPE_LABOUR_RELATION, Clause.notice("五(三)1"), ok ? Outcome.PASSED : Outcome.FAILED,
                Map.of("labourRelationRegion", a.employment().labourRelationRegion()),
                Message.of(ok ? "scope.labour.passed" : "scope.labour.failed",
                        a.employment().labourRelationRegion()));
    }

    private static Finding publicInstitution(ApplicantFile a) {
        PublicInstitutionArrangement arrangement = a.employment().publicInstitutionArrangement();
        boolean ok = arrangement == PublicInstitutionArrangement.NONE;
        return Finding.leaf(RuleIds.SCOPE_PUBLIC_INSTITUTION, Clause.notice("五(三)2"),
                ok ? Outcome.PASSED : Outcome.FAILED, Map.of("arrangement", arrangement),
                Message.of(ok ? "scope.public.passed" : "scope.public.failed", arrangement));
    }

    private static Finding recommender(ApplicantFile a) {
        Optional<Recommender> r = a.recommender();
        return r.map(rec -> Finding.leaf(RuleIds.SCOPE_RECOMMENDER, Clause.notice("五(三)1; 六(二)"), Outcome.PASSED,
                        Map.of("recommenderKind", rec.kind(), "recommender", rec.name()),
                        Message.of("scope.recommender.passed", rec.kind(), rec.name())))
                .orElseGet(() -> Finding.leaf(RuleIds.SCOPE_RECOMMENDER, Clause.notice("五(三)1; 六(二)"),
                        Outcome.FAILED, Map.of(), Message.of("scope.recommender.failed")));
    }

    /** Retired persons do not take part in title evaluation (national title policy; digest §3 [N]). */
    private static Finding retired(ApplicantFile a) {
        boolean ok = !a.employment().retired();
        return Finding.leaf(RuleIds.SCOPE_RETIRED, new Clause("国家职称政策：离退休人员不参加评审"),
                ok ? Outcome.PASSED : Outcome.FAILED, Map.of("retired", a.employment().retired()),
                Message.of(ok ? "scope.retired.passed" : "scope.retired.failed"));
    }

    /** Titles are applied for level by level (逐级): nobody applies for a level they already hold in the series. */
    private static Finding levelByLevel(ApplicantFile a, Field field, Level level, LocalDate asOf) {
        Optional<TitleHeld> held = a.titles().stream()
                .filter(t -> t.series() == field.series() && !t.awarded().isAfter(asOf) && t.level().atLeast(level))
                .findFirst();
        return held.map(t -> Finding.leaf(RuleIds.SCOPE_LEVEL_BY_LEVEL, new Clause("国家职称政策：逐级申报"),
                        Outcome.FAILED, Map.of("held", t.level()), Message.of("scope.level.failed", t.level(), level)))
                .orElseGet(() -> Finding.leaf(RuleIds.SCOPE_LEVEL_BY_LEVEL, new Clause("国家职称政策：逐级申报"),
                        Outcome.PASSED, Map.of(), Message.of("scope.level.passed", level)));
    }
}
