package cn.zhicheng.core.spi;

import cn.zhicheng.core.policy.Values;
import cn.zhicheng.core.criteria.ScoreScheme;
import cn.zhicheng.core.policy.Domain;
import cn.zhicheng.core.policy.Field;
import cn.zhicheng.core.policy.Field.Occupation;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.policy.Series;
import cn.zhicheng.core.policy.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;

/**
 * A field as an annex declares it. The education/experience ladder is inherited from the series baseline in core;
 * the annex may only tighten it ({@code tighten}), switch off direct intermediate application for its field
 * (决定 D-1), replace the score scheme, and state its achievements per level.
 *
 * @param annex the annex clause, e.g. {@code 附件1}
 * @param directIntermediate 五(二)2 for this field; on unless switched off (决定 D-1)
 */
public record FieldDeclaration(
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "{cn.zhicheng.field.code}") String code,
        @NotNull @Valid Text name,
        @NotNull Series series,
        @NotNull Domain domain,
        @NotBlank @Pattern(regexp = "附件\\d{1,2}", message = "{cn.zhicheng.field.annex}") String annex,
        List<@NotNull @Valid Occupation> occupations,
        Boolean directIntermediate,
        @Valid Tightening tighten,
        @NotEmpty Map<@NotNull Level, @NotNull @Valid LevelDeclaration> levels,
        @Valid ScoreScheme score) {

    public FieldDeclaration {
        occupations = Values.listOrEmpty(occupations);
        levels = Values.map(levels);
    }
}
