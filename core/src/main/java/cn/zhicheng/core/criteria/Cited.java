package cn.zhicheng.core.criteria;

import cn.zhicheng.core.policy.Clause;
import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;

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

    /** A provisional rule says where it comes from (决定 D-11). */
    @JsonIgnore
    @AssertTrue(message = "{cn.zhicheng.criteria.source}")
    default boolean isSourceGivenWhenProvisional() {
        return status() != Status.provisional || (source() != null && !source().isBlank());
    }
}
