package cn.zhicheng.app.cli;

import cn.zhicheng.core.input.InputProblem;
import cn.zhicheng.core.input.InputRejected;
import cn.zhicheng.core.input.Refusal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a command found wrong with its arguments and its input file, gathered so that one run reports them all
 * (a wrong field, a wrong level and a wrong file together), never only the first.
 */
final class Gathered {

    private final List<Refusal> reasons = new ArrayList<>();
    private final List<InputProblem> problems = new ArrayList<>();

    /** The value, or null when it was refused (the refusal is kept). */
    <T> T attempt(Supplier<T> step) {
        try {
            return step.get();
        } catch (UserError e) {
            reasons.addAll(e.reasons());
            e.rejected().ifPresent(r -> problems.addAll(r.problems()));
        } catch (InputRejected e) {
            problems.addAll(e.problems());
        }
        return null;
    }

    /** Keeps a refusal found by the command itself. */
    void add(Refusal reason) {
        reasons.add(reason);
    }

    /** Throws everything gathered, if anything was. */
    void check() {
        if (reasons.isEmpty() && !problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        if (!reasons.isEmpty()) {
            throw new UserError(reasons, problems.isEmpty() ? Optional.empty() : Optional.of(new InputRejected(problems)));
        }
    }
}
