package cn.zhicheng.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * {@link BatchBenchmark}'s records timed in thread CPU time, which a loaded machine does not inflate as it does the
 * wall clock: for each reading given (default {@code strict quick}), 20 passes over the records after 20 warm-up
 * passes ({@code -Dpasses=N} for N of each), and the CPU time per record. Run from the repository's root:
 * {@code java -cp app/target/benchmarks.jar cn.zhicheng.app.bench.BatchCpu quick}.
 */
public final class BatchCpu {

    /** Passes to warm up and passes timed; {@code -Dpasses=N} for more (the compiler needs longer on a busy machine). */
    private static final int PASSES = Integer.getInteger("passes", 20);
    private static final int WARM_UP = PASSES;

    private BatchCpu() {
    }

    public static void main(String[] args) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (String reading : args.length == 0 ? new String[] {"strict", "quick"} : args) {
            BatchBenchmark b = new BatchBenchmark();
            b.reading = reading;
            b.setUp();
            for (int i = 0; i < WARM_UP; i++) {
                b.batch();
            }
            long cpu = threads.getCurrentThreadCpuTime();
            long decided = 0;
            for (int i = 0; i < PASSES; i++) {
                decided += b.batch().decided();
            }
            double micros = (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / (PASSES * (double) BatchBenchmark.RECORDS);
            System.out.printf(Locale.ROOT, "%s: %.2f µs of CPU per record (%d records decided), %.0f records per "
                    + "CPU-second%n", reading, micros, decided, 1e6 / micros);
        }
    }
}
