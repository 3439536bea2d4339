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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Who may apply, and through whom: 一 (fields and employment), 五(三)1 (place, recommenders), 五(三)2 (exclusions). */
final class Scope {

    private static final List<Clause> OCCUPATION = List.of(Clause.notice("一(二)"));
    private static final List<Clause> LABOUR_RELATION = List.of(Clause.notice("五(三)1"));
    private static final List<Clause> PUBLIC_INSTITUTION = List.of(Clause.notice("五(三)2"));
    private static final List<Clause> RECOMMENDER = List.of(Clause.notice("五(三)1; 六(二)"));
    private static final List<Clause> RETIRED = List.of(new Clause("国家职称政策：离退休人员不参加评审"));
    private static final List<Clause> LEVEL_BY_LEVEL = List.of(new Clause("国家职称政策：逐级申报"));

    private static final List<Clause> GROUP_CLAUSES = List.of(new Clause("一; 五(三)"));
    private static final Message GROUP = Message.owned("scope.group");
    private static final Finding[] GROUP_UNEXPLAINED = Subject.unexplained(RuleIds.SCOPE);
    private static final Finding[] EMPLOYMENT_UNEXPLAINED = Subject.unexplained(RuleIds.SCOPE_EMPLOYMENT);
    private static final Finding[] OCCUPATION_UNEXPLAINED = Subject.unexplained(RuleIds.SCOPE_OCCUPATION);
    private static final Finding[] LABOUR_UNEXPLAINED = Subject.unexplained(RuleIds.SCOPE_LABOUR_RELATION);
    private static final Finding[] PUBLIC_UNEXPLAINED = Subject.unexplained(RuleIds.SCOPE_PUBLIC_INSTITUTION);
    private static final Finding[] RECOMMENDER_UNEXPLAINED = Subject.unexplained(RuleIds.SCOPE_RECOMMENDER);
    private static final Finding[] RETIRED_UNEXPLAINED = Subject.unexplained(RuleIds.SCOPE_RETIRED);
    private static final Finding[] LEVEL_UNEXPLAINED = Subject.unexplained(RuleIds.SCOPE_LEVEL_BY_LEVEL);

    /*
     * The explained leaves that say nothing but one or two policy values (an arrangement, retirement, the levels,
     * the kind of employment in a field, the occupation held): each is said once and shared by every decision, as
     * the unexplained ones are.
     */
    private static final Finding[] PUBLIC_SAID = Arrays.stream(PublicInstitutionArrangement.values())
            .map(Scope::publicInstitution).toArray(Finding[]::new);
    private static final Finding[] RETIRED_SAID = {retired(false), retired(true)};
    private static final Finding[] LEVEL_OPEN = Arrays.stream(Level.values()).map(Scope::levelOpen)
            .toArray(Finding[]::new);
    private static final Finding[][] LEVEL_HELD = Arrays.stream(Level.values())
            .map(held -> Arrays.stream(Level.values()).map(level -> levelHeld(held, level)).toArray(Finding[]::new))
            .toArray(Finding[][]::new);
    /** By field, then by kind of employment, said when first met (two evaluations at once store equal findings). */
    private static final Memo<Field, Finding[]> EMPLOYMENT = new Memo<>(
            field -> new Finding[EmploymentKind.values().length], 1024);
    private static final Memo<Field.Occupation, Finding> OCCUPATION_PASSED = new Memo<>(
            o -> Finding.leaf(RuleIds.SCOPE_OCCUPATION, OCCUPATION, Outcome.PASSED, Facts.of("occupation", o.code()),
                    Message.owned("scope.occupation.passed", o.name())), 4096);

    private Scope() {
    }

    /**
     * The scope as one finding: it fails when any of its leaves does. Its leaves are its explanation, kept only when
     * it is written down; unexplained, it says only its outcome.
     */
    static Finding check(Subject s, Field field, Level level) {
        ApplicantFile a = s.applicant();
        Finding[] out = s.explain() ? new Finding[field.occupations().isEmpty() ? 6 : 7] : null;
        int n = 0;
        boolean blocks = false;
        Finding f = employment(s, a, field);
        blocks |= f.outcome().blocks();
        n = put(out, n, f);
        if (!field.occupations().isEmpty()) {
            f = occupation(s, a, field);
            blocks |= f.outcome().blocks();
            n = put(out, n, f);
        }
        f = labourRelation(s, a);
        blocks |= f.outcome().blocks();
        n = put(out, n, f);
        f = publicInstitution(s, a);
        blocks |= f.outcome().blocks();
        n = put(out, n, f);
        f = recommender(s, a);
        blocks |= f.outcome().blocks();
        n = put(out, n, f);
        f = retired(s, a);
        blocks |= f.outcome().blocks();
        n = put(out, n, f);
        f = levelByLevel(s, a, field, level, s.asOf());
        blocks |= f.outcome().blocks();
        put(out, n, f);
        Outcome outcome = blocks ? Outcome.FAILED : Outcome.PASSED;
        if (out == null) {
            return GROUP_UNEXPLAINED[outcome.ordinal()];
        }
        return new Finding(RuleIds.SCOPE, GROUP_CLAUSES, outcome, Map.of(), GROUP, Optional.empty(),
                Optional.empty(), false, Owned.of(out));
    }

    /** The leaf in its place when the leaves are written down; the next place. */
    private static int put(Finding[] out, int n, Finding f) {
        if (out != null) {
            out[n] = f;
        }
        return n + 1;
    }

    private static Finding employment(Subject s, ApplicantFile a, Field field) {
        EmploymentKind kind = a.employment().kind();
        Clause clause = field.domain().clause();
        if (!s.explain()) {
            boolean ok = field.series() == Series.SOCIAL_SERVICE || privateOrFreelance(kind);
            return EMPLOYMENT_UNEXPLAINED[(ok ? Outcome.PASSED : Outcome.FAILED).ordinal()];
        }
        Finding[] said = EMPLOYMENT.get(field);
        Finding f = said[kind.ordinal()];
        if (f == null) {
            f = employment(field, kind, clause);
            said[kind.ordinal()] = f;
        }
        return f;
    }

    private static Finding employment(Field field, EmploymentKind kind, Clause clause) {
        Map<String, Object> facts = Facts.of("employmentKind", kind, "series", field.series());
        if (field.series() == Series.SOCIAL_SERVICE) {
            return Finding.leaf(RuleIds.SCOPE_EMPLOYMENT, clause, Outcome.PASSED, facts,
                    Message.owned("scope.employment.any", kind));
        }
        boolean ok = privateOrFreelance(kind);
        return Finding.leaf(RuleIds.SCOPE_EMPLOYMENT, clause, ok ? Outcome.PASSED : Outcome.FAILED, facts,
                Message.owned(ok ? "scope.employment.passed" : "scope.employment.failed", kind, field.name()));
    }

    /** 一(一), 一(二): high-tech and marketing are open to private enterprises and freelancers. */
    private static boolean privateOrFreelance(EmploymentKind kind) {
        return kind == EmploymentKind.PRIVATE_ENTERPRISE || kind == EmploymentKind.FREELANCE;
    }

    private static Finding occupation(Subject s, ApplicantFile a, Field field) {
        List<Field.Occupation> occupations = field.occupations();
        Optional<String> held = a.occupation();
        for (int i = 0; i < occupations.size(); i++) {
            Field.Occupation o = occupations.get(i);
            if (held.isPresent() && o.code().equals(held.get())) {
                return !s.explain() ? OCCUPATION_UNEXPLAINED[Outcome.PASSED.ordinal()] : OCCUPATION_PASSED.get(o);
            }
        }
        if (!s.explain()) {
            return OCCUPATION_UNEXPLAINED[Outcome.FAILED.ordinal()];
        }
        List<Object> names = new ArrayList<>(occupations.size());
        for (int i = 0; i < occupations.size(); i++) {
            names.add(occupations.get(i).name());
        }
        String code = held.orElse("-");
        return Finding.leaf(RuleIds.SCOPE_OCCUPATION, OCCUPATION, Outcome.FAILED, Facts.of("occupation", code),
                Message.owned("scope.occupation.failed", code, List.copyOf(names)));
    }

    private static Finding labourRelation(Subject s, ApplicantFile a) {
        boolean ok = a.employment().inJilin();
        String region = a.employment().labourRelationRegion();
        if (!s.explain()) {
            return LABOUR_UNEXPLAINED[(ok ? Outcome.PASSED : Outcome.FAILED).ordinal()];
        }
        return Finding.leaf(RuleIds.SCOPE_LABOUR_RELATION, LABOUR_RELATION, ok ? Outcome.PASSED : Outcome.FAILED,
                Facts.of("labourRelationRegion", region),
                s.say(ok ? "scope.labour.passed" : "scope.labour.failed", region));
    }

    private static Finding publicInstitution(Subject s, ApplicantFile a) {
        PublicInstitutionArrangement arrangement = a.employment().publicInstitutionArrangement();
        boolean ok = arrangement == PublicInstitutionArrangement.NONE;
        if (!s.explain()) {
            return PUBLIC_UNEXPLAINED[(ok ? Outcome.PASSED : Outcome.FAILED).ordinal()];
        }
        return PUBLIC_SAID[arrangement.ordinal()];
    }

    private static Finding publicInstitution(PublicInstitutionArrangement arrangement) {
        boolean ok = arrangement == PublicInstitutionArrangement.NONE;
        return Finding.leaf(RuleIds.SCOPE_PUBLIC_INSTITUTION, PUBLIC_INSTITUTION,
                ok ? Outcome.PASSED : Outcome.FAILED, Facts.of("arrangement", arrangement),
                Message.owned(ok ? "scope.public.passed" : "scope.public.failed", arrangement));
    }

    private static Finding recommender(Subject s, ApplicantFile a) {
        Optional<Recommender> r = a.recommender();
        if (!s.explain()) {
            return RECOMMENDER_UNEXPLAINED[(r.isPresent() ? Outcome.PASSED : Outcome.FAILED).ordinal()];
        }
        if (r.isEmpty()) {
            return Finding.leaf(RuleIds.SCOPE_RECOMMENDER, RECOMMENDER, Outcome.FAILED, Map.of(),
                    s.say("scope.recommender.failed"));
        }
        Recommender rec = r.get();
        return Finding.leaf(RuleIds.SCOPE_RECOMMENDER, RECOMMENDER, Outcome.PASSED,
                Facts.of("recommender", rec.name(), "recommenderKind", rec.kind()),
                s.say("scope.recommender.passed", rec.kind(), rec.name()));
    }

    /** Retired persons do not take part in title evaluation (national title policy; digest §3 [N]). */
    private static Finding retired(Subject s, ApplicantFile a) {
        boolean retired = a.employment().retired();
        if (!s.explain()) {
            return RETIRED_UNEXPLAINED[(retired ? Outcome.FAILED : Outcome.PASSED).ordinal()];
        }
        return RETIRED_SAID[retired ? 1 : 0];
    }

    private static Finding retired(boolean retired) {
        return Finding.leaf(RuleIds.SCOPE_RETIRED, RETIRED, retired ? Outcome.FAILED : Outcome.PASSED,
                Facts.of("retired", retired),
                Message.owned(retired ? "scope.retired.failed" : "scope.retired.passed"));
    }

    /** Titles are applied for level by level (逐级): nobody applies for a level they already hold in the series. */
    private static Finding levelByLevel(Subject s, ApplicantFile a, Field field, Level level, LocalDate asOf) {
        List<TitleHeld> titles = a.titles();
        for (int i = 0; i < titles.size(); i++) {
            TitleHeld t = titles.get(i);
            // the first title held, in the file's order
            if (t.series() == field.series() && !t.awarded().isAfter(asOf) && t.level().atLeast(level)) {
                return !s.explain() ? LEVEL_UNEXPLAINED[Outcome.FAILED.ordinal()]
                        : LEVEL_HELD[t.level().ordinal()][level.ordinal()];
            }
        }
        return !s.explain() ? LEVEL_UNEXPLAINED[Outcome.PASSED.ordinal()] : LEVEL_OPEN[level.ordinal()];
    }

    private static Finding levelHeld(Level held, Level level) {
        return Finding.leaf(RuleIds.SCOPE_LEVEL_BY_LEVEL, LEVEL_BY_LEVEL, Outcome.FAILED, Facts.of("held", held),
                Message.owned("scope.level.failed", held, level));
    }

    private static Finding levelOpen(Level level) {
        return Finding.leaf(RuleIds.SCOPE_LEVEL_BY_LEVEL, LEVEL_BY_LEVEL, Outcome.PASSED, Map.of(),
                Message.owned("scope.level.passed", level));
    }
}
