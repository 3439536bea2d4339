package cn.zhicheng.core.criteria;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

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
            @jakarta.validation.constraints.NotBlank String id,
            @jakarta.validation.constraints.NotEmpty java.util.Map<cn.zhicheng.core.applicant.Degree,
                    @jakarta.validation.constraints.PositiveOrZero Integer> points,
            @jakarta.validation.constraints.NotBlank String clause,
            @jakarta.validation.constraints.NotNull Status status,
            String source) implements ScoreItem {
    }

    /** Points per full year of professional work, up to a maximum. */
    record ForYears(
            @jakarta.validation.constraints.NotBlank String id,
            @jakarta.validation.constraints.Positive int perYear,
            @jakarta.validation.constraints.Positive int max,
            @jakarta.validation.constraints.NotBlank String clause,
            @jakarta.validation.constraints.NotNull Status status,
            String source) implements ScoreItem {
    }

    /** Points per representative work (any kind of 五(二)3), up to a maximum. */
    record ForWorks(
            @jakarta.validation.constraints.NotBlank String id,
            @jakarta.validation.constraints.Positive int perWork,
            @jakarta.validation.constraints.Positive int max,
            @jakarta.validation.constraints.NotBlank String clause,
            @jakarta.validation.constraints.NotNull Status status,
            String source) implements ScoreItem {
    }

    /** Bonus points for foreign-language and computer certificates and continuing-education credits (五(二)4). */
    record ForCertificates(
            @jakarta.validation.constraints.NotBlank String id,
            @jakarta.validation.constraints.PositiveOrZero int perForeignLanguage,
            @jakarta.validation.constraints.PositiveOrZero int perComputer,
            @jakarta.validation.constraints.PositiveOrZero int creditsPerPoint,
            @jakarta.validation.constraints.Positive int max,
            @jakarta.validation.constraints.NotBlank String clause,
            @jakarta.validation.constraints.NotNull Status status,
            String source) implements ScoreItem {
    }
}
