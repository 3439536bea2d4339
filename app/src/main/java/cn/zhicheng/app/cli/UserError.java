package cn.zhicheng.app.cli;

import cn.zhicheng.core.input.InputRejected;
import cn.zhicheng.core.input.Refusal;
import cn.zhicheng.core.input.Refusals;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Mistakes in what the user asked for, each a message key with arguments: reported in the language asked for,
 * exit status 2, no stack trace. May carry the problems of an input file found in the same run, so one run
 * reports a wrong option and a wrong file together.
 */
public final class UserError extends RuntimeException {

    private final transient List<Refusal> reasons;
    private final transient Optional<InputRejected> rejected;

    public UserError(List<Refusal> reasons, Optional<InputRejected> rejected) {
        super(reasons.stream().map(r -> Refusals.both(r).both()).collect(Collectors.joining("\n")), null, false, false);
        this.reasons = List.copyOf(reasons);
        this.rejected = rejected;
    }

    public UserError(Refusal reason) {
        this(List.of(reason), Optional.empty());
    }

    public List<Refusal> reasons() {
        return reasons;
    }

    public Optional<InputRejected> rejected() {
        return rejected;
    }
}
