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

    static List<Finding> check(Subject s, Field field, Level level) {
        ApplicantFile a = s.applicant();
        List<Finding> out = new ArrayList<>(7);
        out.add(employment(s, a, field));
        if (!field.occupations().isEmpty()) {
            out.add(occupation(s, a, field));
        }
        out.add(labourRelation(s, a));
        out.add(publicInstitution(s, a));
        out.add(recommender(s, a));
        out.add(retired(s, a));
        out.add(levelByLevel(s, a, field, level, s.asOf()));
        return out;
    }

    private static Finding employment(Subject s, ApplicantFile a, Field field) {
        EmploymentKind kind = a.employment().kind();
        Clause clause = field.domain().clause();
        Map<String, Object> facts = s.facts(Map.of("employmentKind", kind, "series", field.series()));
        if (field.series() == Series.SOCIAL_SERVICE) {
            return Finding.leaf(RuleIds.SCOPE_EMPLOYMENT, clause, Outcome.PASSED, facts,
                    s.say("scope.employment.any", kind));
        }
        boolean ok = PRIVATE_OR_FREELANCE.contains(kind);
        return Finding.leaf(RuleIds.SCOPE_EMPLOYMENT, clause, ok ? Outcome.PASSED : Outcome.FAILED, facts,
                s.say(ok ? "scope.employment.passed" : "scope.employment.failed", kind, field.name()));
    }

    private static Finding occupation(Subject s, ApplicantFile a, Field field) {
        Optional<Field.Occupation> match = field.occupations().stream()
                .filter(o -> a.occupation().filter(o.code()::equals).isPresent()).findFirst();
        List<Object> names = field.occupations().stream().map(o -> (Object) o.name()).toList();
        return match.map(o -> Finding.leaf(RuleIds.SCOPE_OCCUPATION, Clause.notice("一(二)"), Outcome.PASSED,
                        s.facts(Map.of("occupation", o.code())), s.say("scope.occupation.passed", o.name())))
                .orElseGet(() -> Finding.leaf(RuleIds.SCOPE_OCCUPATION, Clause.notice("一(二)"), Outcome.FAILED,
                        s.facts(Map.of("occupation", a.occupation().orElse("-"))),
                        s.say("scope.occupation.failed", a.occupation().orElse("-"), names)));
    }

    private static Finding labourRelation(Subject s, ApplicantFile a) {
        boolean ok = a.employment().inJilin();
        return Finding.leaf(RuleIds.SCOPE_LABOUR_RELATION, Clause.notice("五(三)1"), ok ? Outcome.PASSED : Outcome.FAILED,
                s.facts(Map.of("labourRelationRegion", a.employment().labourRelationRegion())),
                s.say(ok ? "scope.labour.passed" : "scope.labour.failed",
                        a.employment().labourRelationRegion()));
    }

    private static Finding publicInstitution(Subject s, ApplicantFile a) {
        PublicInstitutionArrangement arrangement = a.employment().publicInstitutionArrangement();
        boolean ok = arrangement == PublicInstitutionArrangement.NONE;
        return Finding.leaf(RuleIds.SCOPE_PUBLIC_INSTITUTION, Clause.notice("五(三)2"),
                ok ? Outcome.PASSED : Outcome.FAILED, s.facts(Map.of("arrangement", arrangement)),
                s.say(ok ? "scope.public.passed" : "scope.public.failed", arrangement));
    }

    private static Finding recommender(Subject s, ApplicantFile a) {
        Optional<Recommender> r = a.recommender();
        return r.map(rec -> Finding.leaf(RuleIds.SCOPE_RECOMMENDER, Clause.notice("五(三)1; 六(二)"), Outcome.PASSED,
                        s.facts(Map.of("recommenderKind", rec.kind(), "recommender", rec.name())),
                        s.say("scope.recommender.passed", rec.kind(), rec.name())))
                .orElseGet(() -> Finding.leaf(RuleIds.SCOPE_RECOMMENDER, Clause.notice("五(三)1; 六(二)"),
                        Outcome.FAILED, s.facts(Map.of()), s.say("scope.recommender.failed")));
    }

    /** Retired persons do not take part in title evaluation (national title policy; digest §3 [N]). */
    private static Finding retired(Subject s, ApplicantFile a) {
        boolean ok = !a.employment().retired();
        return Finding.leaf(RuleIds.SCOPE_RETIRED, new Clause("国家职称政策：离退休人员不参加评审"),
                ok ? Outcome.PASSED : Outcome.FAILED, s.facts(Map.of("retired", a.employment().retired())),
                s.say(ok ? "scope.retired.passed" : "scope.retired.failed"));
    }

    /** Titles are applied for level by level (逐级): nobody applies for a level they already hold in the series. */
    private static Finding levelByLevel(Subject s, ApplicantFile a, Field field, Level level, LocalDate asOf) {
        Optional<TitleHeld> held = a.titles().stream()
                .filter(t -> t.series() == field.series() && !t.awarded().isAfter(asOf) && t.level().atLeast(level))
                .findFirst();
        return held.map(t -> Finding.leaf(RuleIds.SCOPE_LEVEL_BY_LEVEL, new Clause("国家职称政策：逐级申报"),
                        Outcome.FAILED, s.facts(Map.of("held", t.level())), s.say("scope.level.failed", t.level(), level)))
                .orElseGet(() -> Finding.leaf(RuleIds.SCOPE_LEVEL_BY_LEVEL, new Clause("国家职称政策：逐级申报"),
                        Outcome.PASSED, s.facts(Map.of()), s.say("scope.level.passed", level)));
    }
}
