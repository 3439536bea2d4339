package cn.zhicheng.core.eligibility;

import cn.zhicheng.core.policy.Clause;
import java.util.List;

/** The quantified score (量化评审) handed to the committee; informational, never a gate (五(二)4). */
public record Score(List<Line> lines, int total) {

    public Score {
        lines = Owned.copyOf(lines);
    }

    /** One line: which item, its clause, the points it gave, and whether it is a provisional proposal. */
    public record Line(String id, Clause clause, Message message, int points, boolean provisional) {
    }
}
