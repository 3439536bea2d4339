package cn.zhicheng.app.assembly;

import java.lang.management.ManagementFactory;
import java.util.function.Consumer;

/**
 * Milestones of start-up, printed to standard error by the command line when asked for with
 * {@code -Dzhicheng.startup.trace=true}: the time since the JVM started and since the previous milestone, in wall
 * time and in the process's CPU time (which the other work on a busy machine disturbs less), so where a one-question
 * command spends its start-up is measured rather than guessed. Silent, and free but for one flag test, otherwise.
 */
public final class StartupTrace {

    private static final boolean ON = Boolean.getBoolean("zhicheng.startup.trace");
    private static Consumer<String> sink = line -> { };
    private static long previousWall;
    private static long previousCpu;

    private StartupTrace() {
    }

    /** Where milestones go (the command line's standard error), when they are asked for. */
    public static synchronized void printingTo(Consumer<String> lines) {
        sink = lines;
    }

    /** Prints a milestone: wall and CPU milliseconds since the JVM started, then since the previous milestone. */
    public static synchronized void mark(String milestone) {
        if (!ON) {
            return;
        }
        long wall = ManagementFactory.getRuntimeMXBean().getUptime();
        long cpu = ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class)
                .getProcessCpuTime() / 1_000_000;
        sink.accept(String.format("[startup] wall %5d ms (+%4d)  cpu %5d ms (+%4d)  %s", wall, wall - previousWall,
                cpu, cpu - previousCpu, milestone));
        previousWall = wall;
        previousCpu = cpu;
    }
}
