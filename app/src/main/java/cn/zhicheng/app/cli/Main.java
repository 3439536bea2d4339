package cn.zhicheng.app.cli;

import cn.zhicheng.app.assembly.AnnexCache;
import cn.zhicheng.app.assembly.StartupTrace;
import cn.zhicheng.app.view.Language;
import cn.zhicheng.core.input.InputProblem;
import cn.zhicheng.core.input.InputRejected;
import cn.zhicheng.core.input.Refusal;
import cn.zhicheng.core.input.Refusals;
import cn.zhicheng.core.policy.Text;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.ServiceConfigurationError;
import java.util.stream.Collectors;
import picocli.CommandLine;

/**
 * Entry point. Exit status: 0 when the command answered (whatever the verdict), 2 when the input, the command line
 * or the annexes were refused (every problem printed in the language asked for, no stack trace), 1 on an
 * unexpected fault (one line, no stack trace either). "Today" is a date in Asia/Shanghai (决定 D-14), whatever the
 * machine's zone.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        CliOutput output = CliOutput.system();
        StartupTrace.printingTo(output::problem);
        StartupTrace.mark("main");
        // the command line keeps validated annexes in the user's cache folder (-Dzhicheng.cache=DIR or off)
        Engines.remembering(AnnexCache.standard());
        StartupTrace.mark("annex cache opened");
        int status = run(output, Clock.systemUTC(), args);
        StartupTrace.mark("answered");
        System.exit(status);
    }

    public static int run(CliOutput output, Clock clock, String... args) {
        Zhicheng top = new Zhicheng(output, clock);
        try {
            return execute(output, top, args);
        } catch (ServiceConfigurationError e) {
            // a plugin jar that names a provider it does not hold: the installation's fault, not ours
            report(output, top, List.of(Refusal.of("cli.plugin", whole(e.getMessage()))));
            return 2;
        } catch (OutOfMemoryError e) {
            report(output, top, List.of(Refusal.of("cli.outOfMemory")));
            return 1;
        } catch (StackOverflowError e) {
            report(output, top, List.of(Refusal.of("cli.stackOverflow")));
            return 1;
        } catch (RuntimeException | Error e) {
            report(output, top, List.of(internal(e)));
            return 1;
        }
    }

    private static int execute(CliOutput output, Zhicheng top, String... args) {
        StartupTrace.mark("top command made");
        CommandLine cli = configured(CommandModel.forArguments(top, args), output);
        StartupTrace.mark("command model built");
        List<Exception> usage = UsageErrors.collect(cli, args);
        if (!usage.isEmpty() && !CommandModel.isComplete(cli)) {
            // a usage error reads against every command, as help lists them
            cli = configured(CommandModel.complete(top), output);
            usage = UsageErrors.collect(cli, args);
        }
        StartupTrace.mark("arguments parsed");
        if (!usage.isEmpty()) {
            report(output, top, UsageErrors.refusals(usage));
            CommandLine.ParameterException first = (CommandLine.ParameterException) usage.stream()
                    .filter(CommandLine.ParameterException.class::isInstance).findFirst().orElse(null);
            (first == null ? cli : first.getCommandLine()).usage(cli.getErr());
            return 2;
        }
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof InputRejected rejected) {
                refused(output, top, rejected);
                return 2;
            }
            if (e instanceof UserError user) {
                report(output, top, user.reasons());
                user.rejected().ifPresent(r -> refused(output, top, r));
                return 2;
            }
            report(output, top, List.of(internal(e)));
            return 1;
        });
        return cli.execute(args);
    }

    private static CommandLine configured(CommandLine cli, CliOutput output) {
        cli.setOut(new PrintWriter(output.out(), true));
        cli.setErr(new PrintWriter(output.err(), true));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }

    private static void refused(CliOutput output, Zhicheng top, InputRejected rejected) {
        List<Locale> locales = locales(top);
        output.problem(render(Refusal.of("input.refused", rejected.problems().size()), locales));
        for (InputProblem p : rejected.problems()) {
            output.problem("  " + p.describe(locales));
        }
    }

    private static void report(CliOutput output, Zhicheng top, List<Refusal> reasons) {
        List<Locale> locales = locales(top);
        reasons.forEach(r -> output.problem(render(r, locales)));
    }

    private static String render(Refusal refusal, List<Locale> locales) {
        return locales.stream().map(l -> Refusals.render(refusal, l)).collect(Collectors.joining(" / "));
    }

    /** The language the user asked for; both when the command line could not even say. */
    private static List<Locale> locales(Zhicheng top) {
        Language language = top.language == null ? Language.both : top.language;
        return language.locales();
    }

    /** A fault of the program, in one line: what went wrong, not the Java that went wrong. */
    private static Refusal internal(Throwable e) {
        String message = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
                : e.getMessage().lines().findFirst().orElse("");
        return Refusal.of("cli.internal", whole(message));
    }

    /** A message given whole (a string argument would be cut short as a quoted value is), the same in both languages. */
    private static Text whole(String message) {
        String m = message == null ? "" : message;
        return new Text(m, m);
    }
}
