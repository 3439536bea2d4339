package cn.zhicheng.core.applicant;

import cn.zhicheng.core.policy.Values;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/** Foreign-language and computer certificates and continuing-education credits: never required, points only (五(二)4). */
public record Certificates(List<@NotBlank String> foreignLanguage, List<@NotBlank String> computer,
                           @PositiveOrZero int continuingEducationCredits) {

    public static final Certificates NONE = new Certificates(List.of(), List.of(), 0);

    public Certificates {
        foreignLanguage = Values.listOrEmpty(foreignLanguage);
        computer = Values.listOrEmpty(computer);
    }
}
