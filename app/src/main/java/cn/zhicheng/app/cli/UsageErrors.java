package cn.zhicheng.app.cli;

import cn.zhicheng.core.input.Refusal;
import cn.zhicheng.core.policy.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Set;
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
            errors.addAll(r.errors());
        }
        uncollecting(cli);
        return errors;
    }

    /** One refusal per mistake: the parser may report a missing option more than once. */
    static List<Refusal> refusals(List<Exception> errors) {
        Set<String> missing = new LinkedHashSet<>();
        List<Refusal> out = new ArrayList<>();
        for (Exception e : errors) {
            if (e instanceof CommandLine.MissingParameterException m) {
                m.getMissing().forEach(arg -> missing.add(name(arg)));
            } else {
                Refusal r = refusal(e);
                if (!out.contains(r)) {
                    out.add(r);
                }
            }
        }
        if (!missing.isEmpty()) {
            out.add(Refusal.of("cli.missing", String.join(", ", missing)));
        }
        return out;
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

    private static Refusal refusal(Exception e) {
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            return Refusal.of("cli.unknown", u.getUnmatched());
        }
        if (e instanceof CommandLine.OverwrittenOptionException o) {
            return Refusal.of("cli.repeated", name(o.getOverwritten()));
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        return Refusal.of("cli.usage", new Text(message, message)); // picocli's own words, whole
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
    }
}
