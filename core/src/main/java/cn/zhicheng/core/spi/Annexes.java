package cn.zhicheng.core.spi;

import cn.zhicheng.core.criteria.FieldCriteria;
import cn.zhicheng.core.criteria.RuleSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every field that loaded, in annex order (附件1 first), with the rule sets they came from. */
public record Annexes(List<FieldCriteria> fields) {

    public Annexes {
        fields = List.copyOf(fields);
    }

    public Optional<FieldCriteria> field(String code) {
        return fields.stream().filter(f -> f.field().code().equals(code)).findFirst();
    }

    public Map<String, FieldCriteria> byCode() {
        Map<String, FieldCriteria> map = new LinkedHashMap<>();
        fields.forEach(f -> map.put(f.field().code(), f));
        return java.util.Collections.unmodifiableMap(map);
    }

    public List<RuleSet> ruleSets() {
        return fields.stream().map(FieldCriteria::ruleSet).distinct().toList();
    }
}
