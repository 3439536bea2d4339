package cn.zhicheng.core.scrutiny;

import cn.zhicheng.core.criteria.CriteriaShape;
import cn.zhicheng.core.criteria.ShapeProblem;
import cn.zhicheng.core.eligibility.Message;
import java.util.List;
import java.util.Optional;

/**
 * Thresholds out of order between levels (决定 D-21): no level easier than the level below it, no senior title on a
 * single item, 正高级 with one achievement as principal — the rule of {@link CriteriaShape}, reported as flaws.
 */
final class ThresholdOrder {

    private ThresholdOrder() {
    }

    static List<Flaw> check(Where where) {
        return CriteriaShape.check(where.criteria()).stream().map(p -> flaw(where, p)).toList();
    }

    private static Flaw flaw(Where where, ShapeProblem p) {
        return new Flaw(Check.THRESHOLD_ORDER, Severity.DEFECT, where.criteria().ruleSet().annexId(),
                where.criteria().ruleSet().version(), p.field(), Optional.of(p.level()), p.criterion(), p.clause(),
                new Message(p.key(), p.args()));
    }
}
