package cn.zhicheng.app.batch;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.input.InputProblem;
import cn.zhicheng.core.input.StrictReader;
import java.util.Optional;

/**
 * One record of a batch as read, not yet understood: where it is (the file, and the line for JSON Lines; 0 for a
 * file of its own), its bytes and their syntax, or the problem that kept it from being read at all (a line over the
 * size limit, a file that cannot be read).
 */
public record RawRecord(long index, String source, long line, byte[] content, StrictReader.Syntax syntax,
                        Optional<InputProblem> unreadable) {

    public RawRecord {
        requireNonNull(source, "source is null");
        requireNonNull(syntax, "syntax is null");
        requireNonNull(unreadable, "unreadable is null");
        if (unreadable.isEmpty()) {
            requireNonNull(content, "content is null");
        }
    }

    /** How the record is named in messages: {@code file:line} for a line, the file alone for a file. */
    public String where() {
        return line > 0 ? source + ":" + line : source;
    }
}
