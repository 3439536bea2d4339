package cn.zhicheng.core.input;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.policy.Text;

/**
 * One thing wrong with an input file: which file (for an annex, {@code jar!/resource}), where in it (a YAML/JSON
 * path such as {@code fields[0].levels.JUNIOR.achievements.anyOf[1].clause}, and the line when known), and why, in
 * Chinese and English.
 *
 * @param line 1-based line number, or 0 when unknown
 */
public record InputProblem(String source, String path, int line, Text reason) {

    public InputProblem {
        requireNonNull(source, "source is null");
        requireNonNull(path, "path is null");
        requireNonNull(reason, "reason is null");
    }

    /** {@code file:12 fields[0].code: 原因 / reason}. */
    public String describe() {
        return source + (line > 0 ? ":" + line : "") + " " + (path.isEmpty() ? "(根 root)" : path) + ": "
                + reason.both();
    }
}
