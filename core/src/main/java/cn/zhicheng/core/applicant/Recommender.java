package cn.zhicheng.core.applicant;

import cn.zhicheng.core.applicant.validation.UnifiedSocialCreditCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/** The body that examines and recommends the application (六(二)). */
public record Recommender(@NotNull RecommenderKind kind,
                          @NotBlank @Size(max = 100, message = "{cn.zhicheng.text.tooLong}") String name,
                          Optional<@UnifiedSocialCreditCode String> creditCode) {

    public Recommender {
        creditCode = creditCode == null ? Optional.empty() : creditCode;
    }
}
