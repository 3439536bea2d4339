package cn.zhicheng.core.review.committee;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.policy.Level;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An expert of the pool (七(三)): the fields they may review, the level of the title they hold, their employer's
 * unified social credit code (none for a freelancer or a retired expert) and the relations they declared. Fields are
 * kept sorted and relations in a canonical order, so two equal experts are written identically in a draw record.
 */
public record Expert(String id, SortedSet<String> fields, Level titleLevel, Optional<String> employerCreditCode,
                     List<Relation> relations) {

    private static final Comparator<Relation> CANONICAL =
            Comparator.comparing(Relation::idNumber).thenComparing(Relation::kinship);

    public Expert {
        requireNonNull(id, "id is null");
        requireNonNull(titleLevel, "titleLevel is null");
        requireNonNull(employerCreditCode, "employerCreditCode is null");
        if (id.isBlank()) {
            throw new IllegalArgumentException("expert id is blank");
        }
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("expert " + id + " reviews no field");
        }
        fields = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(fields));
        relations = relations.stream().sorted(CANONICAL).distinct().toList();
    }

    public static Expert of(String id, Level titleLevel, String employerCreditCode, List<Relation> relations,
                            String... fields) {
        return new Expert(id, new TreeSet<>(List.of(fields)), titleLevel, Optional.ofNullable(employerCreditCode),
                relations);
    }

    /**
     * Whether the expert may sit on a committee reviewing this field at this level: they review the field and hold a
     * title at least the level under review, so nobody judges a title above their own (七(三): experts of the
     * field's committee; 决定 D-7 draws them from the pool).
     */
    public boolean qualifiedFor(String field, Level level) {
        return fields.contains(field) && titleLevel.atLeast(level);
    }
}
