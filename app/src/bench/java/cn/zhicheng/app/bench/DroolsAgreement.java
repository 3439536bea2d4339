package cn.zhicheng.app.bench;

import cn.zhicheng.app.bench.baseline.Population;
import cn.zhicheng.app.bench.rules.DroolsEvaluator;
import cn.zhicheng.core.eligibility.Evaluator;
import cn.zhicheng.core.eligibility.Screening;
import cn.zhicheng.core.policy.Level;
import java.time.LocalDate;
import java.util.List;

/**
 * Checks the Drools rules against the engine's screening on the whole generated population, at each of the four
 * levels on the dates the agreement tests use, and prints how many cases agree on the verdict and the earliest date.
 * Exits with status 1 on the first disagreements (up to ten are printed).
 *
 * <pre>java -cp app/target/benchmarks.jar cn.zhicheng.app.bench.DroolsAgreement</pre>
 */
public final class DroolsAgreement {

    static final List<LocalDate> DATES = List.of(LocalDate.of(2024, 2, 29), LocalDate.of(2026, 6, 30),
            LocalDate.of(2028, 2, 28));

    private DroolsAgreement() {
    }

    public static void main(String[] args) {
        List<Population.Case> population = Population.generate(Population.SIZE, Population.SEED);
        Evaluator evaluator = new Evaluator();
        DroolsEvaluator drools = new DroolsEvaluator();
        int agreed = 0;
        int disagreed = 0;
        long started = System.nanoTime();
        for (LocalDate asOf : DATES) {
            for (Level level : Level.awarded()) {
                for (int i = 0; i < population.size(); i++) {
                    Population.Case c = population.get(i);
                    Screening engine = evaluator.screen(c.applicant(), c.criteria(), level, asOf);
                    Screening rules = drools.screen(c.applicant(), c.criteria(), level, asOf);
                    if (engine.equals(rules)) {
                        agreed++;
                    } else if (++disagreed <= 10) {
                        System.out.println("#" + i + " " + c.criteria().field().code() + " " + level + " on " + asOf
                                + ": engine " + engine + ", Drools " + rules + "; " + c.applicant());
                    }
                }
            }
        }
        System.out.printf("Drools agrees with the engine on %d of %d cases (%d levels, dates %s), %d s%n", agreed,
                agreed + disagreed, Level.awarded().size(), DATES, (System.nanoTime() - started) / 1_000_000_000L);
        if (disagreed > 0) {
            System.exit(1);
        }
    }
}
