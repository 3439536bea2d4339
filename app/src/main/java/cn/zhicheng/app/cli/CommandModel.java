package cn.zhicheng.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line's model, built for the question asked: the top command with only the subcommand the arguments
 * name, or with every subcommand when they name none or ask the top command for help or its version first (a bare
 * {@code zhicheng}, {@code zhicheng --help fields}, a typo). Reading a command
 * class's annotation is cheap; building its picocli model is not, and a one-question command needs one of them.
 *
 * <p>The parse is the same either way: the first argument that is the name of any subcommand is where picocli's
 * full model would enter a subcommand too, and everything before it belongs to the top command. When the arguments
 * do not parse, {@link #complete} gives the full model so that usage errors and help read as they always have.
 */
final class CommandModel {

    private CommandModel() {
    }

    /** The model for {@code args}: the top command and the subcommand they name, or all of them. */
    static CommandLine forArguments(Zhicheng top, String... args) {
        Optional<Class<?>> named = named(args);
        return named.isPresent() ? with(top, List.of(named.get())) : complete(top);
    }

    /** The top command with every subcommand, in the order help lists them. */
    static CommandLine complete(Zhicheng top) {
        return with(top, Zhicheng.SUBCOMMANDS);
    }

    /** Whether {@code cli} holds every subcommand. */
    static boolean isComplete(CommandLine cli) {
        return cli.getSubcommands().size() == Zhicheng.SUBCOMMANDS.size();
    }

    private static CommandLine with(Zhicheng top, List<Class<?>> subcommands) {
        CommandLine cli = new CommandLine(top);
        for (Class<?> type : subcommands) {
            cli.addSubcommand(new CommandLine(type));
        }
        return cli;
    }

    /** The top command's own help and version options: what they print lists every subcommand. */
    private static final List<String> TOP_HELP = List.of("-h", "--help", "-V", "--version");

    private static Optional<Class<?>> named(String... args) {
        for (String arg : args) {
            if (TOP_HELP.contains(arg)) {
                return Optional.empty(); // asked of the top command, before any subcommand
            }
            for (Class<?> type : Zhicheng.SUBCOMMANDS) {
                if (names(type).contains(arg)) {
                    return Optional.of(type);
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> names(Class<?> type) {
        Command command = type.getAnnotation(Command.class);
        List<String> names = new ArrayList<>(List.of(command.aliases()));
        names.add(command.name());
        return names;
    }
}
