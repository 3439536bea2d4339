package cn.zhicheng.core.scrutiny;

import cn.zhicheng.core.criteria.FieldCriteria;
import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.policy.Level;
import java.util.Optional;

/** One version of one field under check: makes its flaws. */
record Where(FieldCriteria criteria) {

    Flaw flaw(Check check, Severity severity, Level level, String subject, String clause, String key,
              Object... args) {
        return new Flaw(check, severity, criteria.ruleSet().annexId(), criteria.ruleSet().version(),
                criteria.field().code(), Optional.ofNullable(level), Optional.ofNullable(subject), clause,
                Message.of(key, args));
    }

    String field() {
        return criteria.field().code();
    }
}
