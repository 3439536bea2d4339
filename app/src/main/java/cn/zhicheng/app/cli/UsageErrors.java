package cn.zhicheng.app.cli;

import cn.zhicheng.core.input.Refusal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * Every mistake on a command line, not only the first: the parser collects them all (unknown options, missing
 * ones, values of the wrong kind), and each is told in the language asked for.
 */
final class UsageErrors {

    private UsageErrors() {
    }

    /** Parses {@code args} once, collecting every error of the command and its subcommand. */
    static List<Exception> collect(CommandLine cli, String... args) {
        collecting(cli);
        ParseResult parsed = cli.parseArgs(args);
        List<Exception> errors = new ArrayList<>();
        for (ParseResult r = parsed; r != null; r = r.subcommand()) {
            r.errors().stream().filter(e -> !errors.contains(e)).forEach(errors::add);
        }
        uncollecting(cli);
        return errors;
    }

    private static void collecting(CommandLine cli) {
        cli.getCommandSpec().parser().collectErrors(true);
        cli.getSubcommands().values().forEach(UsageErrors::collecting);
    }

    /** Execution parses again, and must then stop at an error rather than run a half-parsed command. */
    private static void uncollecting(CommandLine cli) {
        cli.getCommandSpec().parser().collectErrors(false);
        cli.getSubcommands().values().forEach(UsageErrors::uncollecting);
    }

    static Refusal refusal(Exception e) {
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            return Refusal.of("cli.unknown", u.getUnmatched());
        }
        if (e instanceof CommandLine.MissingParameterException m) {
            return Refusal.of("cli.missing", m.getMissing().stream().map(UsageErrors::name)
                    .collect(Collectors.joining(", ")));
        }
        if (e instanceof CommandLine.OverwrittenOptionException o) {
            return Refusal.of("cli.repeated", name(o.getOverwritten()));
        }
        return Refusal.of("cli.usage", e.getMessage() == null ? "" : e.getMessage());
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
    }
}
