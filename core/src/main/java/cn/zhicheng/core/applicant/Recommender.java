package cn.zhicheng.core.applicant;

import cn.zhicheng.core.applicant.validation.UnifiedSocialCreditCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** The body that examines and recommends the application (六(二)). */
public record Recommender(@NotNull RecommenderKind kind, @NotBlank String name,
                          @UnifiedSocialCreditCode String creditCode) {
}
