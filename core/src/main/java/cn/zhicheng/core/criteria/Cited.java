package cn.zhicheng.core.criteria;

import cn.zhicheng.core.policy.Clause;

/** Anything in the criteria that carries the clause it implements, whether it is official, and its source. */
public interface Cited {
    String id();

    String clause();

    Status status();

    /** Where the rule comes from when it is provisional (决定 D-11); may be null for official rules. */
    String source();

    default Clause citation() {
        return new Clause(clause());
    }

    default boolean provisional() {
        return status() == Status.provisional;
    }
}
