package cn.zhicheng.app.bench;

import cn.zhicheng.app.bench.baseline.HandWrittenEvaluator;
import cn.zhicheng.app.bench.baseline.Population;
import cn.zhicheng.core.eligibility.Evaluator;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The engine against the hand-written evaluator in thread CPU time, which a machine shared with other work disturbs far
 * less than the wall clock JMH reads. Each round times one pass over the whole population with each of the three —
 * the hand-written verdict, the engine's screening and its explained decision, at the level asked on the benchmark
 * date — one after another, so the three see the same machine; after warm-up rounds it prints the median CPU time per
 * applicant of each and the median of the rounds' ratios against the hand-written evaluator.
 *
 * <pre>java -cp app/target/benchmarks.jar cn.zhicheng.app.bench.CpuTime [rounds, 60 if not given]</pre>
 */
public final class CpuTime {

    private static final int WARM_UP = 30;
    private static final String[] NAMES = {"handWrittenFull", "engineScreen", "engineFullDecision"};

    /** Keeps each answer alive, so no pass can be left out. */
    private static volatile Object sink;

    private CpuTime() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        List<Population.Case> population = Population.generate(Population.SIZE, Population.SEED);
        Evaluator evaluator = new Evaluator();
        LocalDate asOf = BaselineBenchmark.AS_OF;
        java.lang.management.ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double[][] perApplicant = new double[NAMES.length][rounds];
        double[][] ratio = new double[NAMES.length][rounds];
        for (int round = -WARM_UP; round < rounds; round++) {
            for (int m = 0; m < NAMES.length; m++) {
                long start = cpu.getCurrentThreadCpuTime();
                for (int i = 0; i < population.size(); i++) {
                    Population.Case c = population.get(i);
                    sink = m == 0 ? HandWrittenEvaluator.screen(c.applicant(), c.criteria(), c.level(), asOf)
                            : m == 1 ? evaluator.screen(c.applicant(), c.criteria(), c.level(), asOf)
                            : evaluator.evaluate(c.applicant(), c.criteria(), c.level(), asOf);
                }
                if (round >= 0) {
                    perApplicant[m][round] = (cpu.getCurrentThreadCpuTime() - start) / 1e3 / population.size();
                }
            }
            for (int m = 0; round >= 0 && m < NAMES.length; m++) {
                ratio[m][round] = perApplicant[m][round] / perApplicant[0][round];
            }
        }
        System.out.printf("%d rounds of %d applicants after %d warm-up rounds, thread CPU time%n", rounds,
                population.size(), WARM_UP);
        for (int m = 0; m < NAMES.length; m++) {
            System.out.printf("%-20s %8.3f µs per applicant (median), %5.2f× the hand-written evaluator%n", NAMES[m],
                    median(perApplicant[m]), median(ratio[m]));
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
