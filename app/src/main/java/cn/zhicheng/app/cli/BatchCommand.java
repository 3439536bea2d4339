package cn.zhicheng.app.cli;

import cn.zhicheng.app.batch.BatchDecider;
import cn.zhicheng.app.batch.BatchInput;
import cn.zhicheng.app.batch.BatchRun;
import cn.zhicheng.app.batch.FieldLookup;
import cn.zhicheng.app.batch.ResultFormat;
import cn.zhicheng.app.service.Decisions;
import cn.zhicheng.core.eligibility.Evaluator;
import cn.zhicheng.core.input.Refusal;
import cn.zhicheng.core.input.Refusals;
import cn.zhicheng.core.input.StrictReader;
import cn.zhicheng.core.policy.Level;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "batch", description = {"批量审查：JSON Lines 文件（每行一名申报人）或申报人文件夹，逐条输出结论",
    "screen many applicants: a JSON Lines file (one applicant per line) or a folder of applicant files"})
final class BatchCommand implements Callable<Integer> {

    @ParentCommand
    Zhicheng top;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = {"JSON Lines 文件或 YAML/JSON 申报人文件夹 / a JSON Lines file or a folder of YAML/JSON applicant files"})
    List<Path> inputs;

    @Option(names = "--field", paramLabel = "FIELD", description = {
        "领域代码；不给时每条记录自带 {\"field\",\"level\",\"applicant\"} / field code; without it each record is {\"field\",\"level\",\"applicant\"}"})
    String field;

    @Option(names = "--level", paramLabel = "LEVEL", description = {
        "层级；不给时每条记录自带 / level; without it each record names its own"})
    String level;

    @Option(names = "--as-of", paramLabel = "DATE", description = {"审查日期，默认今天 / evaluation date, default today"})
    String asOf;

    @Option(names = "--cut-off", paramLabel = "DATE", description = {"评审年度截止日期（决定 D-17），默认同审查日期",
        "the round's cut-off date (决定 D-17); default: the evaluation date"})
    String cutOff;

    @Option(names = "--format", paramLabel = "FORMAT", description = {"输出格式 / output format: jsonl (default), csv"})
    String format = "jsonl";

    @Option(names = "--out", paramLabel = "FILE", description = {"写入此文件，默认标准输出 / write to this file, default stdout"})
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = {"线程数，默认为处理器数 / threads, default: the processors"})
    Integer threads;

    @Option(names = "--explain", description = {"每行输出完整的决定记录（仅 jsonl） / print the whole decision record per line (jsonl only)"})
    boolean explain;

    @Override
    public Integer call() {
        Gathered gathered = new Gathered();
        LocalDate date = gathered.attempt(() -> asOf == null ? top.today() : Arguments.date("--as-of", asOf));
        LocalDate cut = gathered.attempt(() -> cutOff == null ? date : Arguments.date("--cut-off", cutOff));
        Optional<Level> lvl = gathered.attempt(() -> level == null ? Optional.<Level>empty()
                : Optional.of(Arguments.level(level)));
        ResultFormat fmt = gathered.attempt(this::format);
        Integer n = gathered.attempt(this::threads);
        gathered.attempt(() -> {
            for (Path input : inputs) {
                if (!Files.exists(input)) {
                    throw new UserError(Refusal.of("cli.file.notFound", input.toString()));
                }
            }
            return null;
        });
        gathered.check();
        FieldLookup fields = wanted -> {
            try {
                String code = Arguments.field(top.engine().getInstance(cn.zhicheng.core.spi.Annexes.class), wanted)
                        .field().code();
                return FieldLookup.Found.of(ApplicantQuery.criteria(top, code, date));
            } catch (UserError e) {
                return FieldLookup.Found.refused(e.reasons().get(0));
            }
        };
        if (field != null) {
            FieldLookup.Found found = fields.lookup(field); // a wrong --field stops the run before it starts
            if (found.refusal() != null) {
                throw new UserError(found.refusal());
            }
        }
        BatchDecider decider = new BatchDecider(top.engine().getInstance(StrictReader.class),
                top.engine().getInstance(Evaluator.class), top.engine().getInstance(Decisions.class), fields,
                new BatchDecider.Ask(Optional.ofNullable(field), lvl, date, cut, explain))
                .readingWellFormedLinesQuickly(top.engine().getInstance(Clock.class));
        List<Locale> locales = top.language.locales();
        Progress progress = Progress.onTerminal(top.output, locales);
        BatchRun.Summary summary;
        long started = System.nanoTime();
        try (BatchInput input = BatchInput.of(inputs); OutputStream sink = sink()) {
            summary = new BatchRun(decider, fmt, n).run(input, sink,
                    skipped -> {
                        progress.clear();
                        skipped.problems().forEach(p -> top.output.problem(p.describe(locales)));
                    },
                    progress::show);
        } catch (BatchInput.TooManyFiles e) {
            throw new UserError(Refusal.of("batch.tooManyFiles", e.folder().toString(),
                    BatchInput.MOST_FILES_IN_A_FOLDER));
        } catch (IOException | UncheckedIOException e) {
            throw new UserError(Refusal.of("batch.io", e.getMessage() == null ? "" : e.getMessage()));
        }
        progress.clear();
        top.output.problem(locales.stream().map(l -> Refusals.render(Refusal.of("batch.summary",
                summary.decided(), summary.skipped()), l)).collect(Collectors.joining(" / ")));
        double seconds = (System.nanoTime() - started) / 1e9;
        long records = summary.decided() + summary.skipped();
        String rate = seconds > 0 ? Long.toString(Math.round(records / seconds)) : "-";
        top.output.problem(locales.stream().map(l -> Refusals.render(Refusal.of("batch.rate",
                String.format(Locale.ROOT, "%.2f", seconds), rate), l)).collect(Collectors.joining(" / ")));
        return summary.skipped() == 0 ? 0 : 2;
    }

    private ResultFormat format() {
        ResultFormat fmt = switch (format.trim().toLowerCase(Locale.ROOT)) {
            case "jsonl" -> ResultFormat.JSONL;
            case "csv" -> ResultFormat.CSV;
            default -> throw new UserError(Refusal.of("batch.format", format));
        };
        if (explain && fmt == ResultFormat.CSV) {
            throw new UserError(Refusal.of("batch.explainCsv"));
        }
        return fmt;
    }

    private int threads() {
        int n = threads == null ? Math.min(Runtime.getRuntime().availableProcessors(), BatchRun.MOST_THREADS)
                : threads;
        if (n < 1 || n > BatchRun.MOST_THREADS) {
            throw new UserError(Refusal.of("batch.threads", threads, BatchRun.MOST_THREADS));
        }
        return n;
    }

    private OutputStream sink() throws IOException {
        if (out == null) {
            return new BufferedOutputStream(top.output.out(), 1 << 16) {
                @Override
                public void close() throws IOException {
                    flush(); // standard output stays open
                }
            };
        }
        return new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
    }
}
