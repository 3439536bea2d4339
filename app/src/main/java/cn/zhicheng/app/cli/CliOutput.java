package cn.zhicheng.app.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The command line's only way to the terminal: answers to stdout, problems to stderr, always UTF-8. */
public final class CliOutput {

    private final PrintStream out;
    private final PrintStream err;

    public CliOutput(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static CliOutput system() {
        return new CliOutput(new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8));
    }

    public void print(String text) {
        out.print(text.endsWith("\n") ? text : text + "\n");
        out.flush();
    }

    public void problem(String text) {
        err.print(text.endsWith("\n") ? text : text + "\n");
        err.flush();
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }
}
