package cn.zhicheng.core.spi;

import cn.zhicheng.core.criteria.FieldCriteria;
import cn.zhicheng.core.criteria.RuleSet;
import java.util.List;
import java.util.Optional;

/** Every field that loaded, in annex order (附件1 first), with the rule sets they came from. */
public record Annexes(List<FieldCriteria> fields) {

    public Annexes {
        fields = List.copyOf(fields);
    }

    public Optional<FieldCriteria> field(String code) {
        return fields.stream().filter(f -> f.field().code().equals(code)).findFirst();
    }

    public List<RuleSet> ruleSets() {
        return fields.stream().map(FieldCriteria::ruleSet).distinct().toList();
    }
}
