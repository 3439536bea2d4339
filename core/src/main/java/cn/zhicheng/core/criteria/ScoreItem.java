package cn.zhicheng.core.criteria;

import cn.zhicheng.core.applicant.Degree;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Map;

/**
 * One line of the quantified score (量化评审) handed to the committee. Scores never decide eligibility: they are
 * how certificates count without gating (五(二)4), and how the committee weighs the file (六(四)).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ScoreItem.ForEducation.class, name = "education"),
    @JsonSubTypes.Type(value = ScoreItem.ForYears.class, name = "years"),
    @JsonSubTypes.Type(value = ScoreItem.ForWorks.class, name = "works"),
    @JsonSubTypes.Type(value = ScoreItem.ForCertificates.class, name = "certificates")
})
public sealed interface ScoreItem extends Cited {

    /** Points per degree held. */
    record ForEducation(
            @NotBlank String id,
            @NotEmpty Map<Degree, @PositiveOrZero @jakarta.validation.constraints.Max(1000) Integer> points,
            @NotBlank String clause,
            @NotNull Status status,
            String source) implements ScoreItem {
    }

    /** Points per full year of professional work, up to a maximum. */
    record ForYears(
            @NotBlank String id,
            @Positive @jakarta.validation.constraints.Max(1000) int perYear,
            @Positive @jakarta.validation.constraints.Max(1000) int max,
            @NotBlank String clause,
            @NotNull Status status,
            String source) implements ScoreItem {
    }

    /** Points per representative work (any kind of 五(二)3), up to a maximum. */
    record ForWorks(
            @NotBlank String id,
            @Positive @jakarta.validation.constraints.Max(1000) int perWork,
            @Positive @jakarta.validation.constraints.Max(1000) int max,
            @NotBlank String clause,
            @NotNull Status status,
            String source) implements ScoreItem {
    }

    /** Bonus points for foreign-language and computer certificates and continuing-education credits (五(二)4). */
    record ForCertificates(
            @NotBlank String id,
            @PositiveOrZero @jakarta.validation.constraints.Max(1000) int perForeignLanguage,
            @PositiveOrZero @jakarta.validation.constraints.Max(1000) int perComputer,
            @PositiveOrZero @jakarta.validation.constraints.Max(1000) int creditsPerPoint,
            @Positive @jakarta.validation.constraints.Max(1000) int max,
            @NotBlank String clause,
            @NotNull Status status,
            String source) implements ScoreItem {
    }
}
