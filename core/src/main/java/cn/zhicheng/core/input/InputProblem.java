package cn.zhicheng.core.input;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.policy.Text;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One thing wrong with an input file: which file (for an annex, {@code jar!/resource}), where in it (a YAML/JSON
 * path such as {@code fields[0].levels.JUNIOR.achievements.anyOf[1].clause}, the line and column when known), and
 * why, as a message key with arguments rendered in Chinese or English.
 *
 * @param line 1-based line number, or 0 when unknown
 * @param column 1-based column number, or 0 when unknown
 */
public record InputProblem(String source, String path, int line, int column, Refusal refusal) {

    public InputProblem {
        requireNonNull(source, "source is null");
        requireNonNull(path, "path is null");
        requireNonNull(refusal, "refusal is null");
    }

    /** A problem whose reason was written in both languages where it arose. */
    public InputProblem(String source, String path, int line, Text reason) {
        this(source, path, line, 0, Refusal.of(requireNonNull(reason, "reason is null")));
    }

    /** The reason in both languages. */
    public Text reason() {
        return Refusals.both(refusal);
    }

    /** {@code file:12:5 fields[0].code: 原因 / reason}, in the languages given (Chinese first when both). */
    public String describe(List<Locale> locales) {
        String where = Printable.of(source) + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "");
        String at = path.isEmpty() ? locales.stream().map(l -> Refusals.render(Refusal.of("input.root"), l))
                .collect(Collectors.joining(" ", "(", ")")) : Printable.of(path);
        return where + " " + at + ": " + locales.stream().map(l -> Refusals.render(refusal, l))
                .collect(Collectors.joining(" / "));
    }

    /** {@code file:12:5 fields[0].code: 原因 / reason}. */
    public String describe() {
        return describe(List.of(Refusals.ZH, Refusals.EN));
    }
}
