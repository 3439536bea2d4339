package cn.zhicheng.core.criteria;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.policy.Level;
import java.util.List;
import java.util.Optional;

/**
 * One way a field's criteria break the shape of 决定 D-21: the field, the level, the criterion (when one is at
 * fault) and the clause it cites, with a message key and arguments rendered in Chinese and English.
 */
public record ShapeProblem(String field, Level level, Optional<String> criterion, String clause, String key,
                           List<Object> args) {

    public ShapeProblem {
        requireNonNull(field, "field is null");
        requireNonNull(level, "level is null");
        requireNonNull(criterion, "criterion is null");
        requireNonNull(clause, "clause is null");
        requireNonNull(key, "key is null");
        args = List.copyOf(args);
    }
}
