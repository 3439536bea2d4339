package cn.zhicheng.app.bench.rules;

import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.criteria.EducationPath;
import cn.zhicheng.core.criteria.FieldCriteria;
import cn.zhicheng.core.criteria.LevelCriteria;
import cn.zhicheng.core.eligibility.Screening;
import cn.zhicheng.core.policy.Field;
import cn.zhicheng.core.policy.Level;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.io.ResourceFactory;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.internal.utils.KieHelper;

/**
 * The Drools peer of the engine's screening: the engineering and marketing criteria as the production rules of
 * {@code criteria.drl}, run by the classic Drools engine (Rete, DRL compiled once into one knowledge base). One
 * stateless session serves every applicant: each call inserts that applicant's file — employment, education,
 * titles, training, recognitions, works — with the level's paths on each route and its achievements as the annex
 * states them, fires the rules, and reads the verdict and earliest date the rules wrote into the {@link Screen}.
 * No class of the engine's eligibility package decides anything here; its {@link Screening} only carries the answer.
 *
 * <p>The round's cut-off date is the evaluation date, as in {@code Evaluator.screen(applicant, criteria, level, asOf)}.
 */
public final class DroolsEvaluator {

    static final String RULES = "cn/zhicheng/app/bench/rules/criteria.drl";

    private final StatelessKieSession session;

    public DroolsEvaluator() {
        KieBase base = new KieHelper()
                .addResource(ResourceFactory.newClassPathResource(RULES, "UTF-8",
                        DroolsEvaluator.class.getClassLoader()), ResourceType.DRL)
                .build();
        this.session = base.newStatelessKieSession();
    }

    /** Whether the applicant may apply for {@code level} of the field on the date, or from when, as the rules say. */
    public Screening screen(ApplicantFile a, FieldCriteria criteria, Level level, LocalDate asOf) {
        Field field = criteria.field();
        LevelCriteria at = criteria.at(level);
        List<String> occupations = new ArrayList<>(field.occupations().size());
        for (int i = 0; i < field.occupations().size(); i++) {
            occupations.add(field.occupations().get(i).code());
        }
        Screen screen = new Screen(field.code(), field.series(), occupations, level, asOf, a.professionalWorkStart());
        List<Object> facts = new ArrayList<>(32);
        facts.add(screen);
        facts.add(criteria.ruleSet());
        facts.add(a);
        facts.add(a.employment());
        facts.addAll(a.education());
        facts.addAll(a.titles());
        facts.addAll(a.training());
        facts.addAll(a.recognitions());
        facts.addAll(a.works());
        // the level's ladder on each route: base, eased by training (五(二)6), direct (五(二)2), and both
        for (EducationPath p : at.paths()) {
            facts.add(new PathOption("BASE", p, 0));
            facts.add(new PathOption("TRAINING", p, 1));
        }
        for (EducationPath p : at.directPaths()) {
            facts.add(new PathOption("DIRECT", p, 0));
            facts.add(new PathOption("DIRECT_TRAINING", p, 1));
        }
        at.achievements().ifPresent(rule -> {
            facts.add(rule);
            facts.addAll(rule.anyOf());
        });
        for (int i = 0; i < at.required().size(); i++) {
            facts.add(new AddedAchievement(at.required().get(i)));
            if (!facts.contains(at.required().get(i))) {
                facts.add(at.required().get(i));
            }
        }
        session.execute(facts);
        return new Screening(screen.getVerdict(), Optional.ofNullable(screen.getEarliest()));
    }
}
