package cn.zhicheng.app.cli;

import cn.zhicheng.core.input.InputProblem;
import cn.zhicheng.core.input.InputRejected;
import java.time.Clock;
import picocli.CommandLine;

/**
 * Entry point. Exit status: 0 when the command answered (whatever the verdict), 2 when the input or the annexes
 * were refused (every problem printed in Chinese and English, no stack trace), 1 on an unexpected fault.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(CliOutput.system(), Clock.systemUTC(), args));
    }

    public static int run(CliOutput output, Clock clock, String... args) {
        CommandLine cli = new CommandLine(new Zhicheng(output, clock));
        cli.setOut(new java.io.PrintWriter(output.out(), true));
        cli.setErr(new java.io.PrintWriter(output.err(), true));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler((e, a) -> {
            output.problem("参数错误 / usage error: " + e.getMessage());
            e.getCommandLine().usage(e.getCommandLine().getErr());
            return 2;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof InputRejected rejected) {
                output.problem("输入被拒绝，共 " + rejected.problems().size() + " 处问题 / input refused, "
                        + rejected.problems().size() + " problem(s):");
                for (InputProblem p : rejected.problems()) {
                    output.problem("  " + p.describe());
                }
                return 2;
            }
            if (e instanceof UserError user) {
                output.problem(user.reason().both());
                return 2;
            }
            output.problem("内部错误 / internal error: " + e);
            return 1;
        });
        return cli.execute(args);
    }
}
