package cn.zhicheng.core.policy;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One of the 13 fields of the notice's annexes (附件1–13): its code, names, series and domain, and — for the
 * social-service field — the sub-occupations that 一(二) lists.
 */
public record Field(String code, Text name, Series series, Domain domain, Clause annex,
                    List<Occupation> occupations) {

    public Field {
        requireNonNull(code, "code is null");
        requireNonNull(name, "name is null");
        requireNonNull(series, "series is null");
        requireNonNull(domain, "domain is null");
        requireNonNull(annex, "annex is null");
        occupations = List.copyOf(occupations);
    }

    public Title title(Level level) {
        return Title.of(series, level)
                .orElseThrow(() -> new IllegalArgumentException("no title at " + level + " (二)"));
    }

    /** A sub-occupation of a field (e.g. 育婴服务 under 社会服务). */
    public record Occupation(
            @jakarta.validation.constraints.NotBlank
            @jakarta.validation.constraints.Pattern(regexp = "[A-Z][A-Z0-9_]*") String code,
            @jakarta.validation.constraints.NotNull @jakarta.validation.Valid Text name) {
    }
}
