package cn.zhicheng.core.eligibility;

import cn.zhicheng.core.policy.Level;
import java.util.List;
import java.util.Optional;

/** The highest level reached now in a field, and the decision at every level that led to it. */
public record HighestLevel(Optional<Level> level, List<Decision> decisions) {

    public HighestLevel {
        decisions = List.copyOf(decisions);
    }
}
