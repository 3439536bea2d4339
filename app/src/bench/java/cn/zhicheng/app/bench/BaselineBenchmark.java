package cn.zhicheng.app.bench;

import cn.zhicheng.app.bench.baseline.HandWrittenEvaluator;
import cn.zhicheng.app.bench.baseline.Population;
import cn.zhicheng.app.bench.rules.DroolsEvaluator;
import cn.zhicheng.core.eligibility.Decision;
import cn.zhicheng.core.eligibility.Evaluator;
import cn.zhicheng.core.eligibility.Screening;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The engine against two baselines of the same engineering and marketing criteria, over the same generated
 * population in the same run, one thread: a hand-written evaluator ({@link HandWrittenEvaluator}) and the criteria
 * as Drools rules ({@link DroolsEvaluator}). One operation is one applicant decided at the level they ask for, so
 * the scores read as decisions per second and their ratios are the costs against each other (issue 8, target 1:
 * the verdict without explanation within 2× of the hand-written evaluator).
 *
 * <p>Before anything is timed the setup checks, on the whole population at the benchmark date, that the explained
 * decision and the screening give the same verdict and date, and that both baselines give the engine's verdict and
 * earliest date; it throws on the first disagreement, so the methods are known to answer the same question.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class BaselineBenchmark {

    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    private final Evaluator evaluator = new Evaluator();
    private DroolsEvaluator drools;
    private List<Population.Case> population;

    @Setup
    public void setUp() {
        population = Population.generate(Population.SIZE, Population.SEED);
        drools = new DroolsEvaluator();
        int eligible = 0;
        for (Population.Case c : population) {
            Decision decision = evaluator.evaluate(c.applicant(), c.criteria(), c.level(), AS_OF);
            Screening engine = evaluator.screen(c.applicant(), c.criteria(), c.level(), AS_OF);
            if (engine.verdict() != decision.verdict() || !engine.earliestEligible().equals(decision.earliestEligible())) {
                throw disagreement("the screening disagrees with the explained decision", c, decision.verdict()
                        + " " + decision.earliestEligible(), engine);
            }
            HandWrittenEvaluator.Answer hand = HandWrittenEvaluator.screen(c.applicant(), c.criteria(), c.level(),
                    AS_OF);
            if (hand.verdict() != engine.verdict()
                    || !engine.earliestEligible().equals(Optional.ofNullable(hand.earliest()))) {
                throw disagreement("the hand-written evaluator disagrees with the engine", c,
                        hand.verdict() + " " + hand.earliest(), engine);
            }
            Screening rules = drools.screen(c.applicant(), c.criteria(), c.level(), AS_OF);
            if (!rules.equals(engine)) {
                throw disagreement("the Drools rules disagree with the engine", c, rules.toString(), engine);
            }
            eligible += engine.eligible() ? 1 : 0;
        }
        if (eligible == 0 || eligible == population.size()) {
            throw new IllegalStateException("a population where everyone passes or fails times nothing useful");
        }
    }

    private static IllegalStateException disagreement(String what, Population.Case c, String other,
                                                      Screening engine) {
        return new IllegalStateException(what + " on " + c.criteria().field().code() + " " + c.level() + " ("
                + other + " against " + engine + "): " + c.applicant());
    }

    /** The full explained decision: scope, ladder with its green channels, achievements, score, findings tree. */
    @Benchmark
    @OperationsPerInvocation(Population.SIZE)
    public void engineFullDecision(Blackhole bh) {
        for (int i = 0; i < population.size(); i++) {
            Population.Case c = population.get(i);
            bh.consume(evaluator.evaluate(c.applicant(), c.criteria(), c.level(), AS_OF));
        }
    }

    /** The verdict and earliest date without the explanation (screening a round). */
    @Benchmark
    @OperationsPerInvocation(Population.SIZE)
    public void engineScreen(Blackhole bh) {
        for (int i = 0; i < population.size(); i++) {
            Population.Case c = population.get(i);
            bh.consume(evaluator.screen(c.applicant(), c.criteria(), c.level(), AS_OF));
        }
    }

    /** The same verdict and date, written by hand. */
    @Benchmark
    @OperationsPerInvocation(Population.SIZE)
    public void handWrittenFull(Blackhole bh) {
        for (int i = 0; i < population.size(); i++) {
            Population.Case c = population.get(i);
            bh.consume(HandWrittenEvaluator.screen(c.applicant(), c.criteria(), c.level(), AS_OF));
        }
    }

    /** The same verdict and date from the Drools rules, one stateless session, the facts of one applicant a call. */
    @Benchmark
    @OperationsPerInvocation(Population.SIZE)
    public void droolsFull(Blackhole bh) {
        for (int i = 0; i < population.size(); i++) {
            Population.Case c = population.get(i);
            bh.consume(drools.screen(c.applicant(), c.criteria(), c.level(), AS_OF));
        }
    }
}
