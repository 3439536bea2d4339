package cn.zhicheng.app.cli;

import cn.zhicheng.app.batch.BatchRun;
import cn.zhicheng.core.input.Refusal;
import cn.zhicheng.core.input.Refusals;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A batch's progress line, rewritten in place on the terminal at most five times a second; nothing at all when the
 * output is not a terminal (redirected to a file or a pipe), so what a script captures has no progress in it.
 */
class Progress {

    private static final long EVERY_NANOS = 200_000_000L;

    private final CliOutput output;
    private final List<Locale> locales;
    private long last;
    private boolean shown;

    private Progress(CliOutput output, List<Locale> locales) {
        this.output = output;
        this.locales = locales;
    }

    /** The progress line when the process runs on a terminal, else one that shows nothing. */
    static Progress onTerminal(CliOutput output, List<Locale> locales) {
        return System.console() != null ? new Progress(output, locales) : new Progress(output, locales) {
            @Override
            void show(BatchRun.Summary s) {
                // not a terminal: no progress
            }

            @Override
            void clear() {
                // nothing was shown
            }
        };
    }

    void show(BatchRun.Summary s) {
        long now = System.nanoTime();
        if (shown && now - last < EVERY_NANOS) {
            return;
        }
        last = now;
        shown = true;
        String line = locales.stream().map(l -> Refusals.render(Refusal.of("batch.progress", s.decided(), s.skipped()),
                l)).collect(Collectors.joining(" / "));
        output.err().print("\r" + line + "\u001b[K");
        output.err().flush();
    }

    /** Takes the line away before anything else is printed. */
    void clear() {
        if (shown) {
            output.err().print("\r\u001b[K");
            output.err().flush();
            shown = false;
        }
    }
}
