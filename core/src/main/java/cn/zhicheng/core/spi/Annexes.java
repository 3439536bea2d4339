package cn.zhicheng.core.spi;

import cn.zhicheng.core.criteria.FieldCriteria;
import cn.zhicheng.core.criteria.RuleSet;
import cn.zhicheng.core.ruleset.RuleBook;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every version of every field that loaded, in annex order (附件1 first, then by date), and the rule book over them,
 * derived once.
 */
public final class Annexes {

    private final List<FieldCriteria> versions;
    private final RuleBook ruleBook;
    private final Map<String, String> origins;

    public Annexes(List<FieldCriteria> versions) {
        this(versions, Map.of());
    }

    /** With the file each annex version was read from ({@code jar!/resource}), keyed by {@code id version}. */
    public Annexes(List<FieldCriteria> versions, Map<String, String> origins) {
        this.versions = List.copyOf(versions);
        this.ruleBook = RuleBook.of(this.versions);
        this.origins = Map.copyOf(origins);
    }

    /** The jar and file an annex version was read from, when known. */
    public Optional<String> origin(RuleSet ruleSet) {
        return Optional.ofNullable(origins.get(ruleSet.annexId() + " " + ruleSet.version()));
    }

    /** The same annexes, only those whose id is kept, with their origins. */
    public Annexes only(java.util.Set<String> annexIds) {
        return new Annexes(versions.stream().filter(f -> annexIds.contains(f.ruleSet().annexId())).toList(), origins);
    }

    public List<FieldCriteria> versions() {
        return versions;
    }

    public RuleBook ruleBook() {
        return ruleBook;
    }

    /** The newest version of each field, in annex order. */
    public List<FieldCriteria> fields() {
        return ruleBook.latest();
    }

    /** The newest version of a field. */
    public Optional<FieldCriteria> field(String code) {
        List<FieldCriteria> all = ruleBook.versions(code);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    public List<RuleSet> ruleSets() {
        return versions.stream().map(FieldCriteria::ruleSet).distinct().toList();
    }
}
