package cn.zhicheng.core.criteria;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.policy.Field;
import cn.zhicheng.core.policy.Level;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** A field with its criteria at each of the four levels, and the rule set they came from. */
public record FieldCriteria(Field field, Map<Level, LevelCriteria> levels, RuleSet ruleSet,
                            boolean directIntermediate) {

    public FieldCriteria {
        requireNonNull(field, "field is null");
        requireNonNull(ruleSet, "ruleSet is null");
        levels = Collections.unmodifiableMap(new EnumMap<>(levels));
    }

    public LevelCriteria at(Level level) {
        LevelCriteria criteria = levels.get(level);
        if (criteria == null) {
            throw new IllegalArgumentException("field " + field.code() + " has no criteria at " + level);
        }
        return criteria;
    }
}
