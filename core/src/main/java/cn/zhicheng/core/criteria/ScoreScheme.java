package cn.zhicheng.core.criteria;

import cn.zhicheng.core.policy.Values;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** The quantified-score lines of a series or field. */
public record ScoreScheme(@NotEmpty List<@NotNull @Valid ScoreItem> items) {

    public ScoreScheme {
        items = Values.list(items);
    }
}
