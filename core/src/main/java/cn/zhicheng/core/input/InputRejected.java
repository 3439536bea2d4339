package cn.zhicheng.core.input;

import java.util.List;
import java.util.stream.Collectors;

/** An input that was refused, with every problem found in it. Nothing is changed by a refused input. */
public final class InputRejected extends RuntimeException {

    private final transient List<InputProblem> problems;

    public InputRejected(List<InputProblem> problems) {
        super(problems.stream().map(InputProblem::describe).collect(Collectors.joining("\n")), null, false, false);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an input is rejected for at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
