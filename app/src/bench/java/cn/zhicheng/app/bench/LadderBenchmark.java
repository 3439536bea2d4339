package cn.zhicheng.app.bench;

import cn.zhicheng.app.bench.baseline.HandWrittenLadder;
import cn.zhicheng.app.bench.baseline.Population;
import cn.zhicheng.core.eligibility.Decision;
import cn.zhicheng.core.eligibility.Evaluator;
import cn.zhicheng.core.eligibility.Finding;
import cn.zhicheng.core.eligibility.Outcome;
import cn.zhicheng.core.eligibility.Screening;
import java.time.LocalDate;
import java.util.List;
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
 * The engine's full explained decision against the hand-written ladder, over the same generated population in the
 * same run, one thread. One operation is one applicant decided at the level they ask for, so the scores read as
 * decisions per second and their ratio is the engine's cost over the hand-written baseline.
 *
 * <p>Before anything is timed the setup checks that the hand-written ladder agrees with the engine's ladder finding
 * on the whole population (as {@code HandWrittenLadderTest} does for the build), so the two are known to answer the
 * same question.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class LadderBenchmark {

    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    private final Evaluator evaluator = new Evaluator();
    private List<Population.Case> population;

    @Setup
    public void setUp() {
        population = Population.generate(Population.SIZE, Population.SEED);
        int passed = 0;
        for (Population.Case c : population) {
            Decision decision = evaluator.evaluate(c.applicant(), c.criteria(), c.level(), AS_OF);
            Screening screened = evaluator.screen(c.applicant(), c.criteria(), c.level(), AS_OF);
            if (screened.verdict() != decision.verdict()
                    || !screened.earliestEligible().equals(decision.earliestEligible())) {
                throw new IllegalStateException("screening disagrees with the explained decision on "
                        + c.criteria().field().code() + " " + c.level() + ": " + c.applicant());
            }
            Finding ladder = decision.finding("ladder").orElseThrow();
            boolean hand = hand(c);
            boolean engine = ladder.outcome() == Outcome.PASSED || ladder.outcome() == Outcome.WAIVED;
            // 决定 D-15's pending direct route shows the route, not the ladder (see HandWrittenLadderTest)
            if (engine != hand && !ladder.message().key().equals("ladder.directPending")) {
                throw new IllegalStateException("the hand-written ladder disagrees with the engine on "
                        + c.criteria().field().code() + " " + c.level() + ": " + c.applicant());
            }
            passed += hand ? 1 : 0;
        }
        if (passed == 0 || passed == population.size()) {
            throw new IllegalStateException("a population where everyone passes or fails times nothing useful");
        }
    }

    /** The full explained decision: scope, ladder with its green channels, achievements, score, findings tree. */
    @Benchmark
    @OperationsPerInvocation(Population.SIZE)
    public void engineFullDecision(Blackhole bh) {
        for (int i = 0; i < population.size(); i++) {
            Population.Case c = population.get(i);
            Decision d = evaluator.evaluate(c.applicant(), c.criteria(), c.level(), AS_OF);
            bh.consume(d);
        }
    }

    /**
     * The verdict without its explanation (screening a round): the same evaluation as the full decision, checked in
     * the setup to give the same verdict for everyone.
     */
    @Benchmark
    @OperationsPerInvocation(Population.SIZE)
    public void engineScreen(Blackhole bh) {
        for (int i = 0; i < population.size(); i++) {
            Population.Case c = population.get(i);
            bh.consume(evaluator.screen(c.applicant(), c.criteria(), c.level(), AS_OF));
        }
    }

    /** The highest level open now: the full decision at each of the four levels. */
    @Benchmark
    @OperationsPerInvocation(Population.SIZE)
    public void engineHighest(Blackhole bh) {
        for (int i = 0; i < population.size(); i++) {
            Population.Case c = population.get(i);
            bh.consume(evaluator.highest(c.applicant(), c.criteria(), AS_OF));
        }
    }

    /** The ladder's pass or fail only, written by hand. */
    @Benchmark
    @OperationsPerInvocation(Population.SIZE)
    public void handWrittenLadder(Blackhole bh) {
        for (int i = 0; i < population.size(); i++) {
            bh.consume(hand(population.get(i)));
        }
    }

    private static boolean hand(Population.Case c) {
        return HandWrittenLadder.passes(c.applicant(), c.criteria().field().series(), c.criteria().field().code(),
                c.level(), AS_OF);
    }
}
